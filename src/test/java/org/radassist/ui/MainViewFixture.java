package org.radassist.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.radassist.review.ReviewWorkspace;
import org.testfx.api.FxRobot;

/**
 * The main window of a TestFX test: a {@link MainView} over a workbench service, shown in the
 * test's stage, with its JavaFX task executor. Create it in the test's {@code @Start} method and
 * close it in its {@code @Stop} method.
 */
final class MainViewFixture implements AutoCloseable {

    private final WorkbenchService service;
    private final TaskExecutor executor;
    private final MainView view;

    private MainViewFixture(WorkbenchService service, TaskExecutor executor, MainView view) {
        this.service = service;
        this.executor = executor;
        this.view = view;
    }

    /** Shows a main view over the service in the stage. {@link #close()} also closes a {@link DesktopWorkbench}. */
    static MainViewFixture show(Stage stage, WorkbenchService service, Localization text) {
        TaskExecutor executor = TaskExecutor.forJavaFx();
        MainView view = new MainView(service, text, executor);
        RadAssistApplication.showIn(stage, view, text);
        return new MainViewFixture(service, executor, view);
    }

    /**
     * Shows an English main view over the real {@link DesktopWorkbench} that saves review sessions,
     * with its settings under {@code home/config} and its data under {@code home/data}.
     */
    static MainViewFixture showWithReviews(Stage stage, Path home) {
        DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(home.resolve("config").resolve("settings.json")),
                null, ReviewWorkspace.in(home.resolve("data"), home.resolve("config")));
        return show(stage, workbench, FxTestSupport.ENGLISH);
    }

    /** Shows an English main view over the real {@link DesktopWorkbench} with this settings file. */
    static MainViewFixture showDesktop(Stage stage, Path settingsFile) {
        return show(stage, new DesktopWorkbench(new SettingsStore(settingsFile)), FxTestSupport.ENGLISH);
    }

    MainView view() {
        return view;
    }

    WorkbenchState state() {
        return view.viewModel().stateProperty().get();
    }

    /** Opens the file as the menu does and waits until loading has ended, successfully or not. */
    void openAndWait(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> view.open(file));
        FxTestSupport.waitUntil(() -> state() != WorkbenchState.LOADING);
    }

    /** Waits until the analysis has ended with findings (DONE) or with an error (ERROR). */
    void waitForAnalysisEnd() throws Exception {
        FxTestSupport.waitUntil(() -> state() == WorkbenchState.DONE || state() == WorkbenchState.ERROR);
    }

    /** Disposes of the view as the application's stop does, then closes the executor and a {@link DesktopWorkbench}. */
    @Override
    public void close() {
        view.dispose();
        executor.close();
        if (service instanceof DesktopWorkbench workbench) {
            workbench.close();
        }
    }
}
