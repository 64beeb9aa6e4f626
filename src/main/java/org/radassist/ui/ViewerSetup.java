package org.radassist.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the viewer to the main window: mouse and key handling of the viewport, the corner
 * overlays, the toolbar above the image, cine and the View menu with the identifier toggle.
 */
final class ViewerSetup {

    private static final Logger LOG = LoggerFactory.getLogger(ViewerSetup.class);

    private final Localization text;
    private final TaskExecutor executor;
    private final WorkbenchService service;
    private final MainViewModel viewModel;
    private final ImageViewport viewport;
    private final ViewportControls controls;
    private final ViewportOverlay overlay;
    private final CinePlayer cine;

    ViewerSetup(Localization text, TaskExecutor executor, WorkbenchService service, MainViewModel viewModel,
            ImageViewport viewport, StackPane imageArea, MenuBar menuBar) {
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.service = Objects.requireNonNull(service, "service");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        ViewerState state = viewModel.viewer();
        ImageDisplay display = viewModel.display();
        SeriesNavigation navigation = viewModel.navigation();

        cine = new CinePlayer(navigation, state);
        controls = new ViewportControls(viewport, imageArea, display, navigation, state, cine);
        overlay = new ViewportOverlay(text, viewport, display, navigation, state);
        imageArea.getChildren().add(imageArea.getChildren().indexOf(viewport) + 1, overlay);

        ViewerToolBar toolBar = new ViewerToolBar(text, viewport, controls, state, cine, this::editPresets);
        Pane imageSide = (Pane) imageArea.getParent();
        imageSide.getChildren().add(imageSide.getChildren().indexOf(imageArea), toolBar.node());

        menuBar.getMenus().add(Math.min(1, menuBar.getMenus().size()), viewMenu(state));

        // Another series starts fitted; slices of the same series keep zoom, pan, rotation and flip.
        navigation.selectedSeriesProperty().addListener((observable, old, series) -> viewport.geometryProperty()
                .set(ViewGeometry.FIT));
        display.imageProperty().addListener((observable, old, image) -> {
            if (old != null && image != null && (old.width() != image.width() || old.height() != image.height())) {
                viewport.geometryProperty().set(ViewGeometry.FIT);
            }
        });
        focusImageOnOpen(imageArea, toolBar, viewModel);
    }

    /**
     * Gives the image area the keyboard focus when the window shows and when an image opens, so the
     * image keys work without a click first. A text field the user is typing in keeps the focus, but
     * the frame rate spinner of the toolbar does not count as one.
     */
    private static void focusImageOnOpen(StackPane imageArea, ViewerToolBar toolBar, MainViewModel viewModel) {
        Runnable focus = () -> {
            Scene scene = imageArea.getScene();
            Node owner = scene == null ? null : scene.getFocusOwner();
            if (owner instanceof TextInputControl && !isInside(owner, toolBar.node())) {
                return;
            }
            imageArea.requestFocus();
        };
        viewModel.stateProperty().addListener((observable, old, state) -> {
            if (old == WorkbenchState.LOADING && state == WorkbenchState.READY) {
                focus.run();
            }
        });
        imageArea.sceneProperty().addListener((observable, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> focus.run());
                    }
                });
            }
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    ViewportControls controls() {
        return controls;
    }

    ViewportOverlay overlay() {
        return overlay;
    }

    CinePlayer cine() {
        return cine;
    }

    private Menu viewMenu(ViewerState state) {
        Menu menu = new Menu(text.get("menu.view"));
        menu.setId("viewMenu");
        CheckMenuItem hideIdentifiers = new CheckMenuItem(text.get("menu.hideIdentifiers"));
        hideIdentifiers.setId("hideIdentifiersMenuItem");
        hideIdentifiers.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        hideIdentifiers.selectedProperty().bindBidirectional(state.hideIdentifiersProperty());
        MenuItem fit = new MenuItem(text.get("menu.fit"));
        fit.setOnAction(event -> viewport.fit());
        MenuItem actualSize = new MenuItem(text.get("menu.actualSize"));
        actualSize.setOnAction(event -> viewport.actualSize());
        MenuItem reset = new MenuItem(text.get("menu.resetView"));
        reset.setOnAction(event -> controls.reset());
        MenuItem presets = new MenuItem(text.get("menu.windowPresets"));
        presets.setId("windowPresetsMenuItem");
        presets.setOnAction(event -> editPresets());
        menu.getItems().addAll(hideIdentifiers, fit, actualSize, reset, presets);
        return menu;
    }

    /** Opens the preset editor and stores the result in the background. */
    private void editPresets() {
        OpenedImage image = viewModel.imageProperty().get();
        String modality = image == null ? null : image.modality();
        WindowPresetDialog dialog = new WindowPresetDialog(text, viewModel.display().modalityPresets(), modality,
                viewport.getScene() == null ? null : viewport.getScene().getWindow());
        dialog.showAndWait().ifPresent(this::savePresets);
    }

    void savePresets(Map<String, List<WindowPreset>> presets) {
        viewModel.display().setModalityPresets(presets);
        BackgroundTask.wrap(cancel -> {
                    service.saveWindowPresets(presets);
                    return presets.size();
                })
                .onSuccess(count -> viewModel.activityProperty().set(text.get("status.presetsSaved")))
                .onFailure(error -> {
                    LOG.warn("Saving the window presets failed: {}", MainViewModel.oneLine(error));
                    viewModel.activityProperty().set(text.format("status.presetsFailed", MainViewModel.oneLine(error)));
                })
                .executeWith(executor);
    }
}
