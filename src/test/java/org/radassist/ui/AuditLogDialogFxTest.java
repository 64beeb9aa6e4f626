package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The audit log window at its default size shows times and hosts whole. */
@ExtendWith(ApplicationExtension.class)
class AuditLogDialogFxTest {

    private static final AuditEntry ENTRY = new AuditEntry("2026-12-04T20:00:00Z", "local", "127.0.0.1",
            "google/medgemma-4b-it", "chat", "896x896 JPEG, 120345 bytes", "ok", "", 812, 474, "stop", 0);

    private Stage stage;
    private TaskExecutor executor;

    @Start
    void start(Stage primary) {
        StubWorkbenchService service = new StubWorkbenchService() {
            @Override
            public List<AuditEntry> auditEntries() {
                return List.of(ENTRY);
            }
        };
        executor = TaskExecutor.forJavaFx();
        stage = new AuditLogDialog(service, FxTestSupport.ENGLISH, executor, null).show();
    }

    @Stop
    void stop() {
        stage.close();
        executor.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void columns_fitTimeHostAndModel(FxRobot robot) throws Exception {
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty());

        assertFits(table.getColumns().get(0), ENTRY.time());
        assertFits(table.getColumns().get(2), ENTRY.endpointHost());
        assertFits(table.getColumns().get(3), ENTRY.model());
        assertFits(table.getColumns().get(5), ENTRY.image());
        assertTrue(stage.isResizable());
    }

    private static void assertFits(TableColumn<AuditEntry, ?> column, String value) {
        double needed = ColumnWidths.width(value, Font.getDefault());
        assertTrue(column.getWidth() > needed + 10, column.getText() + ": " + column.getWidth() + " for " + needed);
    }
}
