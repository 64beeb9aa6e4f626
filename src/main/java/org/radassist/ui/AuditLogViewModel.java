package org.radassist.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** State of the audit log window: the records, and the message of the last load or export. */
public final class AuditLogViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogViewModel.class);

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public AuditLogViewModel(WorkbenchService service, Localization text, TaskExecutor executor) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Reads the audit log in the background. */
    public void load() {
        BackgroundTask.wrap(cancel -> service.auditEntries())
                .onSuccess(entries::setAll)
                .onFailure(error -> {
                    LOG.warn("Reading the audit log failed: {}", MainViewModel.oneLine(error));
                    message.set(MainViewModel.oneLine(error));
                })
                .executeWith(executor);
    }

    /** Copies the audit log file to {@code target} in the background. */
    public void export(Path target) {
        BackgroundTask.wrap(cancel -> {
                    service.exportAudit(target);
                    return target;
                })
                .onSuccess(path -> message.set(text.format("audit.exported", path)))
                .onFailure(error -> {
                    LOG.warn("Exporting the audit log failed: {}", MainViewModel.oneLine(error));
                    message.set(MainViewModel.oneLine(error));
                })
                .executeWith(executor);
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    /** The result of the last export, or the error of the last load or export. */
    public StringProperty messageProperty() {
        return message;
    }
}
