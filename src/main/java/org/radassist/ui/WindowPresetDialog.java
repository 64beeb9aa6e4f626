package org.radassist.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.DoubleStringConverter;

/**
 * Dialog that edits the viewer's window presets per modality: choose or type a modality, then
 * add, edit (double-click a cell) and delete presets. It returns the edited table; the caller
 * stores it. Built-in names that are bundle keys show localised until the user renames them.
 */
final class WindowPresetDialog {

    private final Localization text;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<String, ObservableList<Row>> rows = new LinkedHashMap<>();
    private final ComboBox<String> modalityCombo = new ComboBox<>();
    private final TableView<Row> table = new TableView<>();
    private final Label validation = new Label();
    private final ButtonType saveType;

    WindowPresetDialog(Localization text, Map<String, List<WindowPreset>> presets, String currentModality,
            Window owner) {
        this.text = Objects.requireNonNull(text, "text");
        TreeSet<String> modalities = new TreeSet<>(presets.keySet());
        if (currentModality != null && !currentModality.isBlank()) {
            modalities.add(currentModality.strip().toUpperCase(Locale.ROOT));
        }
        for (String modality : modalities) {
            ObservableList<Row> list = FXCollections.observableArrayList();
            for (WindowPreset preset : presets.getOrDefault(modality, List.of())) {
                list.add(new Row(preset.name(), text.labelFor(preset.name(), "preset."), preset.center(), preset.width()));
            }
            rows.put(modality, list);
        }

        dialog.initOwner(owner);
        dialog.setTitle(text.get("presets.title"));
        // Under Xvfb with Openbox a fixed-size dialog came up 436 x 244 px, with the table over its
        // buttons. A resizable one takes the content's preferred size, as the template editor does.
        dialog.setResizable(true);
        saveType = new ButtonType(text.get("presets.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(modalities, currentModality));
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("presetsSaveButton");
        save.addEventFilter(ActionEvent.ACTION, event -> {
            String problem = validate();
            if (problem != null) {
                validation.setText(problem);
                event.consume();
            }
        });
    }

    /** Shows the dialog and returns the edited presets per modality, or empty when cancelled. */
    Optional<Map<String, List<WindowPreset>>> showAndWait() {
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.isEmpty() || result.get() != saveType) {
            return Optional.empty();
        }
        return Optional.of(presets());
    }

    /** Returns the table as edited so far. */
    Map<String, List<WindowPreset>> presets() {
        Map<String, List<WindowPreset>> result = new LinkedHashMap<>();
        rows.forEach((modality, list) -> {
            List<WindowPreset> presets = new ArrayList<>();
            for (Row row : list) {
                presets.add(new WindowPreset(row.key(), row.center.get(), row.width.get()));
            }
            result.put(modality, List.copyOf(presets));
        });
        return result;
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private VBox content(TreeSet<String> modalities, String currentModality) {
        modalityCombo.setId("presetsModalityCombo");
        modalityCombo.setEditable(true);
        modalityCombo.getItems().setAll(modalities);
        modalityCombo.valueProperty().addListener((observable, old, modality) -> showModality(modality));
        String first = currentModality == null || currentModality.isBlank()
                ? (modalities.isEmpty() ? "CT" : modalities.first()) : currentModality.strip().toUpperCase(Locale.ROOT);
        modalityCombo.setValue(first);

        table.setId("presetsTable");
        table.setEditable(true);
        table.setPrefSize(420, 280);
        TableColumn<Row, String> name = new TableColumn<>(text.get("presets.name"));
        name.setCellValueFactory(cell -> cell.getValue().label);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(edit -> edit.getRowValue().rename(edit.getNewValue()));
        name.setPrefWidth(200);
        TableColumn<Row, Double> center = new TableColumn<>(text.get("presets.center"));
        center.setCellValueFactory(cell -> cell.getValue().center.asObject());
        center.setCellFactory(TextFieldTableCell.forTableColumn(new LenientDoubleConverter()));
        center.setOnEditCommit(edit -> edit.getRowValue().center.set(orNaN(edit.getNewValue())));
        TableColumn<Row, Double> width = new TableColumn<>(text.get("presets.width"));
        width.setCellValueFactory(cell -> cell.getValue().width.asObject());
        width.setCellFactory(TextFieldTableCell.forTableColumn(new LenientDoubleConverter()));
        width.setOnEditCommit(edit -> edit.getRowValue().width.set(orNaN(edit.getNewValue())));
        table.getColumns().add(name);
        table.getColumns().add(center);
        table.getColumns().add(width);

        Button add = new Button(text.get("presets.add"));
        add.setId("presetsAddButton");
        add.setOnAction(event -> addRow());
        Button delete = new Button(text.get("presets.delete"));
        delete.setId("presetsDeleteButton");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> table.getItems().remove(table.getSelectionModel().getSelectedItem()));

        validation.getStyleClass().add("validation-message");
        VBox box = new VBox(8, new HBox(8, new Label(text.get("presets.modality")), modalityCombo), table,
                new HBox(8, add, delete), validation);
        box.setPadding(new Insets(8));
        return box;
    }

    private void showModality(String modality) {
        if (modality == null || modality.isBlank()) {
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        String key = modality.strip().toUpperCase(Locale.ROOT);
        table.setItems(rows.computeIfAbsent(key, k -> FXCollections.observableArrayList()));
        if (!modalityCombo.getItems().contains(key)) {
            modalityCombo.getItems().add(key);
        }
    }

    /** Adds a preset named "New preset" with center 40 and width 400, selected for editing. */
    void addRow() {
        String name = text.get("presets.newName");
        Row row = new Row(name, name, 40, 400);
        table.getItems().add(row);
        table.getSelectionModel().select(row);
    }

    /** Returns the reason the table cannot be saved, or null when every preset is valid. */
    String validate() {
        for (Map.Entry<String, ObservableList<Row>> entry : rows.entrySet()) {
            for (Row row : entry.getValue()) {
                if (row.key().isBlank()) {
                    return text.format("presets.invalidName", entry.getKey());
                }
                if (!Double.isFinite(row.center.get()) || !(row.width.get() >= 1) || Double.isInfinite(row.width.get())) {
                    return text.format("presets.invalidWindow", entry.getKey(), row.label.get());
                }
            }
        }
        return null;
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** One editable preset: its stored name (possibly a bundle key) and the name shown. */
    static final class Row {
        private String key;
        private final StringProperty label;
        private final DoubleProperty center;
        private final DoubleProperty width;

        Row(String key, String label, double center, double width) {
            this.key = key;
            this.label = new SimpleStringProperty(label);
            this.center = new SimpleDoubleProperty(center);
            this.width = new SimpleDoubleProperty(width);
        }

        String key() {
            return key;
        }

        void rename(String newName) {
            String name = newName == null ? "" : newName.strip();
            if (!name.equals(label.get())) {
                key = name;
                label.set(name);
            }
        }
    }

    /** Reads numbers with a decimal point or comma; text that is not a number becomes null. */
    private static final class LenientDoubleConverter extends DoubleStringConverter {
        @Override
        public Double fromString(String value) {
            try {
                return value == null || value.isBlank() ? null : Double.valueOf(value.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
