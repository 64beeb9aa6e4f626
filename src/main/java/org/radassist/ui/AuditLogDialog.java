package org.radassist.ui;

import java.io.File;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Window that shows the audit log as a table and exports a copy of the file. */
public final class AuditLogDialog {

    private final AuditLogViewModel viewModel;
    private final Localization text;
    private final Stage stage = new Stage();

    /** Builds the window and starts reading the audit log; call on the JavaFX thread. */
    public AuditLogDialog(WorkbenchService service, Localization text, TaskExecutor executor, Window owner) {
        this.text = Objects.requireNonNull(text, "text");
        this.viewModel = new AuditLogViewModel(service, text, executor);

        TableView<AuditEntry> table = new TableView<>(viewModel.entries());
        table.setId("auditTable");
        table.getColumns().add(column("audit.time", AuditEntry::time));
        table.getColumns().add(column("audit.profile", AuditEntry::profile));
        table.getColumns().add(column("audit.host", AuditEntry::endpointHost));
        table.getColumns().add(column("audit.model", AuditEntry::model));
        table.getColumns().add(column("audit.api", AuditEntry::apiFormat));
        table.getColumns().add(column("audit.image", AuditEntry::image));
        table.getColumns().add(column("audit.status", AuditEntry::status));
        table.getColumns().add(column("audit.errorClass", AuditEntry::errorClass));
        table.getColumns().add(column("audit.latency", e -> String.valueOf(e.latencyMs())));
        table.getColumns().add(column("audit.tokens", e -> e.totalTokens() < 0 ? "" : String.valueOf(e.totalTokens())));
        table.getColumns().add(column("audit.finishReason", AuditEntry::finishReason));
        table.getColumns().add(column("audit.retries", e -> String.valueOf(e.retries())));
        VBox.setVgrow(table, Priority.ALWAYS);
        // Each column fits its longest value, so times and hosts are not cut to "2026-1…".
        viewModel.entries().addListener((ListChangeListener<AuditEntry>) change -> fitColumns(table));

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());

        Button export = new Button(text.get("audit.export"));
        export.setId("auditExportButton");
        export.setOnAction(event -> chooseExportTarget());
        Button close = new Button(text.get("audit.close"));
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(export, close);

        VBox root = new VBox(8, table, message, buttons);
        root.setPadding(new Insets(12));
        root.setPrefSize(1280, 480);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(
                AuditLogDialog.class.getResource(MainView.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(text.get("audit.title"));
        stage.setResizable(true);
        if (owner != null) {
            stage.initOwner(owner);
        }
        viewModel.load();
    }

    /** Shows the window without waiting. */
    public Stage show() {
        stage.show();
        return stage;
    }

    public AuditLogViewModel viewModel() {
        return viewModel;
    }

    private void chooseExportTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("audit.export"));
        chooser.setInitialFileName("radassist-audit.jsonl");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            viewModel.export(file.toPath());
        }
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(text.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setUserData(value);
        return column;
    }

    @SuppressWarnings("unchecked")
    private static void fitColumns(TableView<AuditEntry> table) {
        for (TableColumn<AuditEntry, ?> column : table.getColumns()) {
            ColumnWidths.fit(column, table.getItems(), (Function<AuditEntry, String>) column.getUserData());
        }
    }
}
