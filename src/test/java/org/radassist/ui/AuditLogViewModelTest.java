package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The audit log window's view-model with a stub service and tasks on the test thread. */
class AuditLogViewModelTest {

    private static final AuditEntry ENTRY = new AuditEntry("2026-12-04T20:00:00Z", "local", "127.0.0.1",
            "google/medgemma-4b-it", "chat", "896x896 JPEG, 120345 bytes", "ok", "", 812, 474, "stop", 0);

    private final Localization english = new Localization(Localization.loadBundle(Locale.ENGLISH));

    private static class AuditService extends StubWorkbenchService {
        Path exported;

        @Override
        public List<AuditEntry> auditEntries() {
            return List.of(ENTRY);
        }

        @Override
        public void exportAudit(Path target) throws WorkbenchException {
            if (target.toString().contains("readonly")) {
                throw new WorkbenchException(WorkbenchException.Reason.UNREADABLE_FILE,
                        "The audit log could not be copied to " + target + ": permission denied");
            }
            exported = target;
        }
    }

    @Test
    void load_fillsEntries() {
        AuditLogViewModel viewModel = new AuditLogViewModel(new AuditService(), english, TaskExecutor.direct());

        viewModel.load();

        assertEquals(List.of(ENTRY), viewModel.entries());
        assertEquals("", viewModel.messageProperty().get());
    }

    @Test
    void export_reportsTargetOrError() {
        AuditService service = new AuditService();
        AuditLogViewModel viewModel = new AuditLogViewModel(service, english, TaskExecutor.direct());

        viewModel.export(Path.of("copy.jsonl"));
        assertEquals(Path.of("copy.jsonl"), service.exported);
        assertEquals("Audit log exported to copy.jsonl", viewModel.messageProperty().get());

        viewModel.export(Path.of("readonly", "copy.jsonl"));
        assertEquals("The audit log could not be copied to readonly/copy.jsonl: permission denied",
                viewModel.messageProperty().get());
    }
}
