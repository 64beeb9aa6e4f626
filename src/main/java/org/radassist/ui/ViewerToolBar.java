package org.radassist.ui;

import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * The small toolbar above the image: tools, fit, 1:1, rotation, flip, invert, reset, cine with its
 * frame rate, the identifier toggle and the preset editor. Each tooltip names the shortcut.
 */
final class ViewerToolBar {

    private final ToolBar toolBar = new ToolBar();
    private final ToggleGroup tools = new ToggleGroup();

    ViewerToolBar(Localization text, ImageViewport viewport, ViewportControls controls, ViewerState state,
            CinePlayer cine, Runnable editPresets) {
        Objects.requireNonNull(text, "text");
        toolBar.setId("viewerToolBar");
        toolBar.getStyleClass().add("viewer-toolbar");

        ToggleButton windowLevel = tool(text, "windowLevel", ViewerTool.WINDOW_LEVEL, state);
        ToggleButton pan = tool(text, "pan", ViewerTool.PAN, state);
        ToggleButton zoom = tool(text, "zoom", ViewerTool.ZOOM, state);
        selectTool(state.toolProperty().get());
        state.toolProperty().addListener((observable, old, tool) -> selectTool(tool));
        tools.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                state.toolProperty().set((ViewerTool) selected.getUserData());
            }
        });

        Button fit = button(text, "fit", viewport::fit);
        Button actualSize = button(text, "actualSize", viewport::actualSize);
        Button rotateLeft = button(text, "rotateLeft", viewport::rotateLeft);
        Button rotateRight = button(text, "rotateRight", viewport::rotateRight);
        Button flipHorizontal = button(text, "flipHorizontal", viewport::flipHorizontal);
        Button flipVertical = button(text, "flipVertical", viewport::flipVertical);
        ToggleButton invert = describe(new ToggleButton(), text, "invert");
        invert.selectedProperty().bindBidirectional(viewport.invertProperty());
        Button reset = button(text, "reset", controls::reset);

        ToggleButton play = describe(new ToggleButton(), text, "play");
        play.selectedProperty().bindBidirectional(state.playingProperty());
        play.setOnAction(event -> {
            // A series of one slice does not play; the toggle springs back.
            if (play.isSelected()) {
                state.playingProperty().set(false);
                cine.toggle();
            }
        });
        Spinner<Integer> framesPerSecond = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ViewerState.MIN_FRAMES_PER_SECOND, ViewerState.MAX_FRAMES_PER_SECOND,
                state.framesPerSecondProperty().get()));
        framesPerSecond.setId("framesPerSecondSpinner");
        framesPerSecond.setEditable(true);
        framesPerSecond.setPrefWidth(70);
        framesPerSecond.getValueFactory().valueProperty().bindBidirectional(state.framesPerSecondProperty().asObject());
        framesPerSecond.setTooltip(new Tooltip(text.get("viewer.tooltip.framesPerSecond")));
        Label framesPerSecondLabel = new Label(text.get("viewer.framesPerSecond"));

        ToggleButton hideIdentifiers = describe(new ToggleButton(), text, "hideIdentifiers");
        hideIdentifiers.selectedProperty().bindBidirectional(state.hideIdentifiersProperty());
        Button presets = button(text, "presets", editPresets);

        toolBar.getItems().addAll(windowLevel, pan, zoom, new Separator(), fit, actualSize, rotateLeft, rotateRight,
                flipHorizontal, flipVertical, invert, reset, new Separator(), play, framesPerSecond,
                framesPerSecondLabel, new Separator(), hideIdentifiers, presets);
    }

    ToolBar node() {
        return toolBar;
    }

    private ToggleButton tool(Localization text, String name, ViewerTool tool, ViewerState state) {
        ToggleButton button = describe(new ToggleButton(), text, name);
        button.setUserData(tool);
        button.setToggleGroup(tools);
        return button;
    }

    private void selectTool(ViewerTool tool) {
        tools.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == tool)
                .findFirst()
                .ifPresentOrElse(tools::selectToggle, () -> tools.selectToggle(null));
    }

    private static Button button(Localization text, String name, Runnable action) {
        Button button = describe(new Button(), text, name);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Sets the id {@code viewer<Name>Button}, the short label and the tooltip with the shortcut. */
    private static <T extends ButtonBase> T describe(T button, Localization text, String name) {
        button.setId("viewer" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Button");
        button.setText(text.get("viewer." + name));
        button.setTooltip(new Tooltip(text.get("viewer.tooltip." + name)));
        button.setFocusTraversable(false);
        return button;
    }
}
