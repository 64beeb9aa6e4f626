package org.radassist.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The {@code app} package passes its {@link WorkbenchService} and an
 * optional file to open with {@link #launch(WorkbenchService, Path)}, which blocks until the
 * window closes.
 */
public final class RadAssistApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RadAssistApplication.class);

    static final double MIN_WIDTH = 1100;
    static final double MIN_HEIGHT = 700;

    /**
     * System property that, when {@code true}, closes the application once the start-up file is
     * on screen: the installer's training run for its class data sharing archive uses it.
     */
    public static final String EXIT_AFTER_FIRST_IMAGE = "radassist.exitAfterFirstImage";

    private static volatile WorkbenchService launchService;
    private static volatile Path launchFile;

    private TaskExecutor executor;
    private MainView view;

    /**
     * Starts the GUI and returns when the application exits. Call once per JVM, from any thread
     * except the JavaFX thread, as for {@link Application#launch(Class, String...)}.
     *
     * @param initialFile a file to open at start-up, or {@code null}
     */
    public static void launch(WorkbenchService service, Path initialFile) {
        configure(service, initialFile);
        Application.launch(RadAssistApplication.class);
    }

    /** Sets what {@link #start} uses; tests call it instead of {@link #launch(WorkbenchService, Path)}. */
    static void configure(WorkbenchService service, Path initialFile) {
        launchService = Objects.requireNonNull(service, "service");
        launchFile = initialFile;
    }

    @Override
    public void start(Stage stage) {
        WorkbenchService service = launchService;
        if (service == null) {
            throw new IllegalStateException(
                    "No WorkbenchService: start the GUI with RadAssistApplication.launch(service, file)");
        }
        executor = TaskExecutor.forJavaFx();
        Localization text = new Localization(Localization.loadBundle(Locale.getDefault()));
        view = new MainView(service, text, executor);
        Themes.apply(service.uiPreferences().theme(), view.root());
        Path file = launchFile;
        DeferredRequestSide requestSide = file == null ? null : DeferredRequestSide.detach(view);
        showIn(stage, view, text);
        LOG.info("Main window shown");

        if (file == null) {
            service.startDeferredWork();
            return;
        }
        Scene scene = stage.getScene();
        FirstImageTimer.logWhenShown(scene, view.viewModel().displayPixelsProperty());
        FirstImageTimer.runWhenOpened(scene, view.viewModel().stateProperty(), () -> {
            requestSide.restore();
            service.startDeferredWork();
        });
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_IMAGE)) {
            // One pulse after the request side is back, so that its classes are loaded too.
            FirstImageTimer.runWhenOpened(scene, view.viewModel().stateProperty(),
                    () -> FirstImageTimer.runAfterNextLayout(scene, () -> {
                        LOG.info("Closing after the first image ({}=true)", EXIT_AFTER_FIRST_IMAGE);
                        Platform.exit();
                    }));
        }
        view.open(file);
    }

    /** Puts the view into the stage with the title and minimum size, and shows it. */
    static void showIn(Stage stage, MainView view, Localization text) {
        stage.setTitle(text.get("app.title"));
        stage.setScene(new Scene(view.root()));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.dispose();
        }
        // A later start in the same JVM, as in the UI tests, begins with JavaFX's default theme again.
        Application.setUserAgentStylesheet(null);
        if (executor != null) {
            executor.close();
        }
        LOG.info("Main window closed");
    }
}
