package org.radassist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits the prompt templates: a list on the left, the selected template's name and text on the
 * right, and Add, Delete (user templates only) and Reset (built-in templates only). Save stores
 * the whole list through {@link WorkbenchService#saveTemplates} in the background and passes the
 * saved list to {@code onSaved}; a failure shows in the dialog, which stays open.
 */
final class TemplateEditorDialog {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateEditorDialog.class);

    private final Localization text;
    private final List<PromptTemplateChoice> builtIn;
    private final Set<String> builtInIds;
    private final ObservableList<PromptTemplateChoice> templates;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ListView<PromptTemplateChoice> list = new ListView<>();
    private final TextField nameField = new TextField();
    private final TextArea textArea = new TextArea();
    private final Button deleteButton;
    private final Button resetButton;
    private final Label errorLabel = new Label();
    private boolean updating;

    TemplateEditorDialog(WorkbenchService service, Localization text, TaskExecutor executor, Window owner,
            List<PromptTemplateChoice> current, List<PromptTemplateChoice> builtIn,
            Consumer<List<PromptTemplateChoice>> onSaved) {
        this.text = Objects.requireNonNull(text, "text");
        this.builtIn = List.copyOf(builtIn);
        this.builtInIds = builtIn.stream().map(PromptTemplateChoice::id).collect(Collectors.toSet());
        this.templates = FXCollections.observableArrayList(current);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("templates.title"));
        dialog.setResizable(true);

        list.setId("templateList");
        list.setItems(templates);
        list.setPrefWidth(220);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PromptTemplateChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : displayName(item));
            }
        });
        nameField.setId("templateNameField");
        textArea.setId("templateTextArea");
        textArea.setWrapText(true);
        textArea.setPrefRowCount(12);
        Button addButton = new Button(text.get("templates.add"));
        addButton.setId("templateAddButton");
        addButton.setOnAction(event -> add());
        deleteButton = new Button(text.get("templates.delete"));
        deleteButton.setId("templateDeleteButton");
        deleteButton.setOnAction(event -> deleteSelected());
        resetButton = new Button(text.get("templates.reset"));
        resetButton.setId("templateResetButton");
        resetButton.setOnAction(event -> resetSelected());
        errorLabel.setId("templateError");
        errorLabel.setWrapText(true);
        errorLabel.getStyleClass().add("validation-message");

        VBox editor = new VBox(6, new Label(text.get("templates.name")), nameField, new Label(text.get("templates.text")),
                textArea, new HBox(6, addButton, deleteButton, resetButton), errorLabel);
        VBox.setVgrow(textArea, Priority.ALWAYS);
        HBox.setHgrow(editor, Priority.ALWAYS);
        HBox content = new HBox(10, list, editor);
        content.setPadding(new Insets(10));
        content.setPrefSize(760, 440);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(text.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(text.get("settings.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("templateSaveButton");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only after the file is written.
            event.consume();
            saveButton.setDisable(true);
            List<PromptTemplateChoice> edited = List.copyOf(templates);
            BackgroundTask.wrap(cancel -> {
                        service.saveTemplates(edited);
                        return edited;
                    })
                    .onSuccess(saved -> {
                        onSaved.accept(saved);
                        dialog.setResult(save);
                        dialog.close();
                    })
                    .onFailure(error -> {
                        LOG.warn("Saving the prompt templates failed: {}", error.getMessage());
                        errorLabel.setText(MainViewModel.oneLine(error));
                        saveButton.setDisable(false);
                    })
                    .executeWith(executor);
        });

        list.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (!updating) {
                showSelected();
            }
        });
        nameField.textProperty().addListener((observable, old, name) -> editSelected(name, null));
        textArea.textProperty().addListener((observable, old, body) -> editSelected(null, body));
        list.getSelectionModel().selectFirst();
        showSelected();
    }

    void show() {
        dialog.show();
    }

    /** Selects the template with this id, such as the one chosen in the main window; an unknown id changes nothing. */
    void select(String id) {
        templates.stream()
                .filter(template -> template.id().equals(id))
                .findFirst()
                .ifPresent(template -> list.getSelectionModel().select(template));
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private String displayName(PromptTemplateChoice template) {
        return text.labelFor(template.name(), "template.");
    }

    private void showSelected() {
        PromptTemplateChoice selected = list.getSelectionModel().getSelectedItem();
        updating = true;
        nameField.setText(selected == null ? "" : displayName(selected));
        textArea.setText(selected == null ? "" : selected.text());
        updating = false;
        boolean isBuiltIn = selected != null && builtInIds.contains(selected.id());
        nameField.setDisable(selected == null);
        textArea.setDisable(selected == null);
        deleteButton.setDisable(selected == null || isBuiltIn);
        resetButton.setDisable(!isBuiltIn);
    }

    /** Replaces the selected template's name or text (whichever is not null) with the edited value. */
    private void editSelected(String name, String body) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (updating || index < 0) {
            return;
        }
        PromptTemplateChoice selected = templates.get(index);
        // An unchanged localised name keeps its bundle key, so it still follows the language.
        String newName = name == null || name.equals(displayName(selected)) ? selected.name() : name;
        String newText = body == null ? selected.text() : body;
        // Replacing the list entry can move the selection; the fields keep their text and caret.
        updating = true;
        templates.set(index, new PromptTemplateChoice(selected.id(), newName, newText));
        list.getSelectionModel().select(index);
        updating = false;
    }

    private void add() {
        // A new template starts as a copy of the selected one's text, which already requests the sections.
        PromptTemplateChoice selected = list.getSelectionModel().getSelectedItem();
        String startText = selected == null ? "" : selected.text();
        templates.add(new PromptTemplateChoice(newId(), text.get("templates.newName"), startText));
        list.getSelectionModel().selectLast();
        nameField.requestFocus();
        nameField.selectAll();
    }

    private String newId() {
        Set<String> ids = templates.stream().map(PromptTemplateChoice::id).collect(Collectors.toSet());
        int number = 1;
        while (ids.contains("user-" + number)) {
            number++;
        }
        return "user-" + number;
    }

    private void deleteSelected() {
        PromptTemplateChoice selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && !builtInIds.contains(selected.id())) {
            templates.remove(selected);
        }
    }

    private void resetSelected() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        String id = templates.get(index).id();
        for (PromptTemplateChoice original : builtIn) {
            if (original.id().equals(id)) {
                templates.set(index, original);
                list.getSelectionModel().select(index);
                showSelected();
                return;
            }
        }
    }

    /** Returns the templates as edited so far. */
    List<PromptTemplateChoice> templates() {
        return new ArrayList<>(templates);
    }
}
