package org.radassist.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the endpoint settings dialog: one property per {@link EndpointForm} field, which fields
 * apply to the selected kind, and the validation message from the last save.
 */
public final class EndpointSettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointSettingsViewModel.class);

    public static final List<String> KINDS = List.of(EndpointForm.VERTEX_DEDICATED, EndpointForm.VERTEX_STANDARD,
            EndpointForm.OPENAI_COMPATIBLE, EndpointForm.DEMO);
    public static final List<String> AUTH_METHODS = List.of(EndpointForm.AUTH_NONE, EndpointForm.AUTH_API_KEY,
            EndpointForm.AUTH_ADC, EndpointForm.AUTH_SERVICE_ACCOUNT_FILE);

    private final WorkbenchService service;
    private final TaskExecutor executor;

    private final ObjectProperty<String> kind = new SimpleObjectProperty<>(this, "kind", EndpointForm.DEMO);
    private final StringProperty project = new SimpleStringProperty(this, "project", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty endpointId = new SimpleStringProperty(this, "endpointId", "");
    private final StringProperty projectNumber = new SimpleStringProperty(this, "projectNumber", "");
    private final StringProperty dedicatedDns = new SimpleStringProperty(this, "dedicatedDns", "");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final ObjectProperty<String> auth = new SimpleObjectProperty<>(this, "auth", EndpointForm.AUTH_NONE);
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final StringProperty credentialsFile = new SimpleStringProperty(this, "credentialsFile", "");
    private final BooleanProperty allowInsecureHttp = new SimpleBooleanProperty(this, "allowInsecureHttp");
    private final ObjectProperty<String> api = new SimpleObjectProperty<>(this, "api", "chat");
    private final StringProperty maxTokens = new SimpleStringProperty(this, "maxTokens", "");
    private final StringProperty maxContext = new SimpleStringProperty(this, "maxContext", "");
    private final StringProperty maxPayloadBytes = new SimpleStringProperty(this, "maxPayloadBytes", "");
    private final StringProperty maxImages = new SimpleStringProperty(this, "maxImages", "");
    private final StringProperty validationMessage = new SimpleStringProperty(this, "validationMessage", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<String> activeProfile = new SimpleObjectProperty<>(this, "activeProfile");
    private boolean updatingProfiles;

    private final BooleanBinding vertexFieldsEnabled;
    private final BooleanBinding dedicatedFieldsEnabled;
    private final BooleanBinding openAiFieldsEnabled;
    private final BooleanBinding authEnabled;
    private final BooleanBinding apiKeyEnvEnabled;
    private final BooleanBinding credentialsFileEnabled;
    private final BooleanBinding insecureWarningVisible;

    public EndpointSettingsViewModel(WorkbenchService service, TaskExecutor executor) {
        this.service = Objects.requireNonNull(service, "service");
        this.executor = Objects.requireNonNull(executor, "executor");

        vertexFieldsEnabled = kind.isEqualTo(EndpointForm.VERTEX_DEDICATED).or(kind.isEqualTo(EndpointForm.VERTEX_STANDARD));
        dedicatedFieldsEnabled = kind.isEqualTo(EndpointForm.VERTEX_DEDICATED);
        openAiFieldsEnabled = kind.isEqualTo(EndpointForm.OPENAI_COMPATIBLE);
        authEnabled = kind.isNotEqualTo(EndpointForm.DEMO);
        apiKeyEnvEnabled = authEnabled.and(auth.isEqualTo(EndpointForm.AUTH_API_KEY));
        credentialsFileEnabled = authEnabled.and(auth.isEqualTo(EndpointForm.AUTH_SERVICE_ACCOUNT_FILE));
        insecureWarningVisible = openAiFieldsEnabled.and(allowInsecureHttp);
        activeProfile.addListener((observable, old, name) -> {
            if (!updatingProfiles && name != null && !name.equals(old)) {
                runProfileChange(() -> service.selectProfile(name));
            }
        });
    }

    /** Loads the profile names, the active profile and its settings in the background and fills the fields. */
    public void load() {
        busy.set(true);
        BackgroundTask.wrap(cancel -> new ProfileState(service.profileNames(), service.activeProfile(),
                        service.loadEndpoint()))
                .onSuccess(this::fill)
                .onFailure(error -> {
                    LOG.warn("Loading the endpoint settings failed", error);
                    validationMessage.set(MainViewModel.oneLine(error));
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /**
     * Saves the fields in the background. On success {@code onSaved} runs; on failure the
     * service's message appears as the validation message and the fields stay as typed.
     */
    public void save(Runnable onSaved) {
        EndpointForm form;
        try {
            form = toForm();
        } catch (IllegalArgumentException e) {
            validationMessage.set(e.getMessage());
            return;
        }
        busy.set(true);
        validationMessage.set("");
        BackgroundTask.wrap(cancel -> {
                    service.saveEndpoint(form);
                    return form;
                })
                .onSuccess(saved -> {
                    LOG.info("Endpoint settings saved, kind {}", saved.kind());
                    onSaved.run();
                })
                .onFailure(error -> {
                    LOG.info("Endpoint settings rejected: {}", MainViewModel.oneLine(error));
                    validationMessage.set(MainViewModel.oneLine(error));
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /**
     * Adds an OpenAI-compatible profile with the name, makes it active and loads its settings.
     * Unsaved edits of the previous profile are dropped, as with every profile change.
     */
    public void addProfile(String name) {
        runProfileChange(() -> service.addProfile(name));
    }

    /** Renames the active profile. */
    public void renameActiveProfile(String newName) {
        String current = activeProfile.get();
        runProfileChange(() -> service.renameProfile(current, newName));
    }

    /** Deletes the active profile; the demo profile becomes active. */
    public void deleteActiveProfile() {
        String current = activeProfile.get();
        runProfileChange(() -> service.deleteProfile(current));
    }

    /** Runs a profile change in the background, then reloads the names and the active profile's fields. */
    private void runProfileChange(ProfileChange change) {
        busy.set(true);
        validationMessage.set("");
        BackgroundTask.wrap(cancel -> {
                    change.run();
                    return new ProfileState(service.profileNames(), service.activeProfile(), service.loadEndpoint());
                })
                .onSuccess(this::fill)
                .onFailure(error -> {
                    LOG.info("Profile change rejected: {}", MainViewModel.oneLine(error));
                    validationMessage.set(MainViewModel.oneLine(error));
                    load();
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    @FunctionalInterface
    private interface ProfileChange {
        void run() throws WorkbenchException;
    }

    /** The profile list, the active profile's name and its settings, as loaded together. */
    private record ProfileState(List<String> names, String active, EndpointForm form) {
    }

    private void fill(ProfileState state) {
        updatingProfiles = true;
        try {
            profiles.setAll(state.names());
            activeProfile.set(state.active());
        } finally {
            updatingProfiles = false;
        }
        fill(state.form());
    }

    /** Whether the demo profile is active; it cannot be renamed or deleted. */
    public BooleanBinding demoProfileActive() {
        return activeProfile.isEqualTo("demo");
    }

    /** The profile names, the demo profile first. */
    public ObservableList<String> profiles() {
        return profiles;
    }

    /** The active profile; setting it selects that profile for the next analysis at once. */
    public ObjectProperty<String> activeProfileProperty() {
        return activeProfile;
    }

    /** Copies a form into the fields; {@code null} fields become empty. */
    public void fill(EndpointForm form) {
        kind.set(KINDS.contains(form.kind()) ? form.kind() : EndpointForm.DEMO);
        project.set(nonNull(form.project()));
        region.set(nonNull(form.region()));
        endpointId.set(nonNull(form.endpointId()));
        projectNumber.set(nonNull(form.projectNumber()));
        dedicatedDns.set(nonNull(form.dedicatedDns()));
        baseUrl.set(nonNull(form.baseUrl()));
        model.set(nonNull(form.model()));
        auth.set(AUTH_METHODS.contains(form.auth()) ? form.auth() : EndpointForm.AUTH_NONE);
        apiKeyEnv.set(nonNull(form.apiKeyEnv()));
        credentialsFile.set(nonNull(form.credentialsFile()));
        allowInsecureHttp.set(form.allowInsecureHttp());
        api.set(EndpointForm.API_FORMATS.contains(form.api()) ? form.api() : "chat");
        maxTokens.set(limitText(form.maxTokens()));
        maxContext.set(limitText(form.maxContext()));
        maxPayloadBytes.set(limitText(form.maxPayloadBytes()));
        maxImages.set(limitText(form.maxImages()));
    }

    /** Shows 0, which selects the default, as an empty field. */
    private static String limitText(long value) {
        return value > 0 ? Long.toString(value) : "";
    }

    /**
     * Parses a limit field: empty means 0 (the default).
     *
     * @throws IllegalArgumentException naming the field when the text is not a whole number from 0 to {@code max}
     */
    private static long parseLimit(String text, String field, long max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below with the field's name.
        }
        throw new IllegalArgumentException(field + " '" + value + "' is invalid: enter a whole number from 0 to "
                + max + ", or leave it empty for the default.");
    }

    /**
     * Returns the fields as a form, with surrounding spaces removed.
     *
     * @throws IllegalArgumentException when a limit field is not a whole number; the message names the field
     */
    public EndpointForm toForm() {
        return new EndpointForm(kind.get(), project.get().strip(), region.get().strip(), endpointId.get().strip(),
                projectNumber.get().strip(), dedicatedDns.get().strip(), baseUrl.get().strip(), model.get().strip(),
                auth.get(), apiKeyEnv.get().strip(), allowInsecureHttp.get(), api.get(),
                (int) parseLimit(maxTokens.get(), "Max tokens", Integer.MAX_VALUE),
                (int) parseLimit(maxContext.get(), "Max context", Integer.MAX_VALUE),
                parseLimit(maxPayloadBytes.get(), "Max payload bytes", Long.MAX_VALUE),
                (int) parseLimit(maxImages.get(), "Max images", Integer.MAX_VALUE), credentialsFile.get().strip());
    }

    /** The request format's command line name, such as {@code vertex-predict}. */
    public ObjectProperty<String> apiProperty() {
        return api;
    }

    /** The max tokens field; empty selects the default. */
    public StringProperty maxTokensProperty() {
        return maxTokens;
    }

    /** The maximum context field in tokens; empty selects 32768. */
    public StringProperty maxContextProperty() {
        return maxContext;
    }

    /** The maximum payload field in bytes; empty selects the kind's limit. */
    public StringProperty maxPayloadBytesProperty() {
        return maxPayloadBytes;
    }

    /** The maximum images field; empty selects 1. */
    public StringProperty maxImagesProperty() {
        return maxImages;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public StringProperty projectProperty() {
        return project;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty endpointIdProperty() {
        return endpointId;
    }

    public StringProperty projectNumberProperty() {
        return projectNumber;
    }

    public StringProperty dedicatedDnsProperty() {
        return dedicatedDns;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public ObjectProperty<String> authProperty() {
        return auth;
    }

    public StringProperty apiKeyEnvProperty() {
        return apiKeyEnv;
    }

    /** Returns the service-account key file's path, used with {@link EndpointForm#AUTH_SERVICE_ACCOUNT_FILE}. */
    public StringProperty credentialsFileProperty() {
        return credentialsFile;
    }

    public BooleanProperty allowInsecureHttpProperty() {
        return allowInsecureHttp;
    }

    /** The service's message from the last failed save or load, empty otherwise. */
    public StringProperty validationMessageProperty() {
        return validationMessage;
    }

    /** Whether a load or save is running. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Project, region and endpoint ID apply to both Vertex AI kinds. */
    public BooleanBinding vertexFieldsEnabled() {
        return vertexFieldsEnabled;
    }

    /** Project number and dedicated DNS name apply to dedicated endpoints only. */
    public BooleanBinding dedicatedFieldsEnabled() {
        return dedicatedFieldsEnabled;
    }

    /** Base URL, model and the insecure-http option apply to OpenAI-compatible servers only. */
    public BooleanBinding openAiFieldsEnabled() {
        return openAiFieldsEnabled;
    }

    public BooleanBinding authEnabled() {
        return authEnabled;
    }

    public BooleanBinding apiKeyEnvEnabled() {
        return apiKeyEnvEnabled;
    }

    /** Returns whether the key file field and its Browse button apply: only for service-account file auth. */
    public BooleanBinding credentialsFileEnabled() {
        return credentialsFileEnabled;
    }

    public BooleanBinding insecureWarningVisible() {
        return insecureWarningVisible;
    }
}
