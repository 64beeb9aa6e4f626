package org.radassist.ui;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Endpoint part of the main window's status line: the active profile's summary, after an analysis
 * also the model that produced it, and the warning about plain http to another host.
 */
final class EndpointStatusLine {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointStatusLine.class);

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;

    private final StringProperty endpointStatus = new SimpleStringProperty(this, "endpointStatus", "");
    private final StringProperty insecureWarning = new SimpleStringProperty(this, "insecureWarning", "");
    private final BooleanProperty demo = new SimpleBooleanProperty(this, "demo");
    private String endpointSummary = "";

    EndpointStatusLine(WorkbenchService service, Localization text, TaskExecutor executor) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        endpointStatus.set(text.format("status.endpoint", text.get("status.endpointLoading")));
    }

    /** Reads the active profile's summary and plain-http warning, on a background thread. */
    static EndpointStatus read(WorkbenchService service) {
        return new EndpointStatus(service.endpointSummary(), service.insecureHttpWarning());
    }

    /** Reloads the endpoint summary in the background. */
    void refresh() {
        BackgroundTask.wrap(cancel -> read(service))
                .onSuccess(this::show)
                .onFailure(error -> LOG.warn("Loading the endpoint summary failed", error))
                .executeWith(executor);
    }

    void show(EndpointStatus status) {
        endpointSummary = status.summary() == null ? "" : describe(status.summary());
        endpointStatus.set(text.format("status.endpoint", endpointSummary));
        insecureWarning.set(status.insecureWarning() == null ? "" : status.insecureWarning());
        demo.set(status.summary() != null && status.summary().kind() == EndpointSummary.Kind.DEMO);
    }

    /** Shows the endpoint summary with the model named in the last analysis's response. */
    void showModel(String model) {
        endpointStatus.set(text.format("status.endpointAndModel", endpointSummary, model));
    }

    private String describe(EndpointSummary summary) {
        String model = summary.model().isBlank() ? text.get("endpoint.defaultModel") : summary.model();
        return text.format("endpoint.summary." + summary.kind().name(), summary.profile(), summary.host(), model);
    }

    StringProperty endpointStatusProperty() {
        return endpointStatus;
    }

    StringProperty insecureWarningProperty() {
        return insecureWarning;
    }

    /** Whether the active profile is the embedded demo endpoint. */
    ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    /** The active profile's summary and its plain-http warning, or null fields when none. */
    record EndpointStatus(EndpointSummary summary, String insecureWarning) {
    }
}
