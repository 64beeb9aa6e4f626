package org.radassist.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The controls of {@link SliceSelection} under the slice position: a Mark slice toggle (key M), the
 * choice of what to send, the number of evenly sampled slices, the marked slices, and the model
 * card's caution while more than one image is chosen. They show only for a series of several slices.
 */
final class SliceSelectionView {

    private final SliceSelection selection;
    private final SeriesNavigation navigation;
    private final Localization text;

    SliceSelectionView(SliceSelection selection, SeriesNavigation navigation, Localization text) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Fills {@code box}, binds the slice position label and listens for the M key on {@code keyTarget}.
     */
    void install(VBox box, Label sliceLabel, Node keyTarget) {
        ToggleButton markButton = new ToggleButton(text.get("slices.mark"));
        markButton.setId("markSliceButton");
        markButton.setFocusTraversable(false);
        // The button's state follows the marks; a click toggles the mark, then shows whether it is set.
        selection.currentMarkedBinding().addListener((observable, old, marked) -> markButton.setSelected(marked));
        markButton.setOnAction(event -> {
            selection.toggleMark();
            markButton.setSelected(selection.currentMarkedBinding().get());
        });

        ComboBox<SliceSelection.Mode> modeCombo = new ComboBox<>();
        modeCombo.setId("sliceModeCombo");
        modeCombo.getItems().setAll(SliceSelection.Mode.values());
        modeCombo.valueProperty().bindBidirectional(selection.modeProperty());
        modeCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(SliceSelection.Mode mode) {
                return mode == null ? "" : text.get("slices.mode." + mode.name());
            }

            @Override
            public SliceSelection.Mode fromString(String string) {
                return null;
            }
        });

        IntegerSpinnerValueFactory counts = new IntegerSpinnerValueFactory(1, Math.max(1,
                selection.maxImagesProperty().get()), selection.sampleCountProperty().get());
        selection.maxImagesProperty().addListener((observable, old, max) -> counts.setMax(Math.max(1, max.intValue())));
        counts.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                selection.sampleCountProperty().set(value);
            }
        });
        Spinner<Integer> countSpinner = new Spinner<>(counts);
        countSpinner.setId("sliceCountSpinner");
        countSpinner.setPrefWidth(80);
        Label countLabel = new Label(text.get("slices.count"));
        countLabel.setLabelFor(countSpinner);
        HBox countBox = new HBox(4, countLabel, countSpinner);
        countBox.setAlignment(Pos.CENTER_LEFT);
        show(countBox, selection.modeProperty().isEqualTo(SliceSelection.Mode.EVEN));

        Label markedLabel = new Label();
        markedLabel.setId("markedSlicesLabel");
        markedLabel.textProperty().bind(selection.markedTextBinding());

        Label warning = new Label();
        warning.setId("multiImageWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("caution");
        warning.textProperty().bind(selection.notEvaluatedWarningBinding());
        show(warning, warning.textProperty().isNotEmpty());

        HBox row = new HBox(8, markButton, modeCombo, countBox, markedLabel);
        row.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().setAll(row, warning);
        show(box, navigation.sliceCountProperty().greaterThan(1));

        sliceLabel.textProperty().bind(Bindings.when(selection.currentMarkedBinding())
                .then(Bindings.concat(navigation.slicePositionProperty(), " ", text.get("slices.markedSuffix")))
                .otherwise(navigation.slicePositionProperty()));
        keyTarget.addEventHandler(KeyEvent.KEY_PRESSED, this::markOnKey);
    }

    /** Toggles the mark on M, unless the key goes to a text field or comes with a modifier. */
    private void markOnKey(KeyEvent event) {
        if (event.getCode() != KeyCode.M || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                || event.getTarget() instanceof TextInputControl) {
            return;
        }
        selection.toggleMark();
        event.consume();
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
