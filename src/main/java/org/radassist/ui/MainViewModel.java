package org.radassist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
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
 * State and commands of the main window. Every service call runs as a {@link BackgroundTask}, and
 * properties change on the thread the {@link TaskExecutor} delivers results on, which is the
 * JavaFX thread in the application. Opening a file or analysing never clears the clinical history.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;

    private final EndpointStatusLine endpoint;
    private final ImageDisplay display;
    /** The display's image, which enables Analyze and is the image that it sends. */
    private final ObjectProperty<OpenedImage> image;

    private final StringProperty history = new SimpleStringProperty(this, "history", "");
    private final ObservableList<PromptTemplateChoice> templates = FXCollections.observableArrayList();
    private final ObjectProperty<PromptTemplateChoice> selectedTemplate = new SimpleObjectProperty<>(this, "selectedTemplate");
    private final StringProperty promptText = new SimpleStringProperty(this, "promptText", "");

    private final ObjectProperty<WorkbenchState> state = new SimpleObjectProperty<>(this, "state", WorkbenchState.IDLE);
    private final FindingsModel findings = new FindingsModel();
    private final StringProperty errorHeadline = new SimpleStringProperty(this, "errorHeadline", "");
    private final StringProperty errorDetail = new SimpleStringProperty(this, "errorDetail", "");
    private final StringProperty activity = new SimpleStringProperty(this, "activity", "");
    private final BooleanProperty thinking = new SimpleBooleanProperty(this, "thinking");
    private final StringProperty streamedAnswer = new SimpleStringProperty(this, "streamedAnswer", "");
    private final StringProperty analysisNote = new SimpleStringProperty(this, "analysisNote", "");

    private final SeriesNavigation navigation;
    private final ViewerState viewer = new ViewerState();
    private final BooleanBinding canAnalyze;
    private final BooleanBinding analyzing;

    private BackgroundTask<?> openTask;
    private BackgroundTask<?> analysisTask;
    /** Identifies the running analysis, so events of a cancelled one are dropped. */
    private Object analysisRun;

    public MainViewModel(WorkbenchService service, Localization text, TaskExecutor executor) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        endpoint = new EndpointStatusLine(service, text, executor);
        display = new ImageDisplay(service, text, executor, activity);
        image = display.imageProperty();

        analyzing = Bindings.equal(state, WorkbenchState.ANALYZING);
        canAnalyze = image.isNotNull()
                .and(state.isNotEqualTo(WorkbenchState.ANALYZING))
                .and(state.isNotEqualTo(WorkbenchState.LOADING));

        selectedTemplate.addListener((observable, old, template) -> {
            if (template != null) {
                promptText.set(template.text());
            }
        });
        navigation = new SeriesNavigation(service, text, executor, display.selectedPresetProperty()::get,
                this::applySlice, this::showSliceError);
        endpoint.demoProperty().addListener((observable, old, demo) -> viewer.applyEndpointDefault(demo));
    }

    /** Loads the prompt templates and the endpoint summary in the background. */
    public void initialize() {
        BackgroundTask.wrap(cancel -> new StartupData(service.templates(), service.defaultTemplateId(null),
                        EndpointStatusLine.read(service)))
                .onSuccess(data -> {
                    templates.setAll(data.templates());
                    if (selectedTemplate.get() == null) {
                        selectTemplate(data.defaultTemplateId());
                    }
                    endpoint.show(data.endpoint());
                })
                .onFailure(error -> LOG.warn("Loading templates and endpoint summary failed", error))
                .executeWith(executor);
    }

    /** Reloads the endpoint summary, for example after the settings were saved. */
    public void refreshEndpoint() {
        endpoint.refresh();
    }

    /**
     * Opens a file, a folder or a DICOMDIR, lists its series and renders the first slice of the
     * first series with images. A running analysis or earlier open is cancelled. On failure the
     * previous image stays and the findings pane shows the error.
     */
    public void open(Path file) {
        Objects.requireNonNull(file, "file");
        cancelTask(openTask);
        display.cancelRender();
        navigation.cancel();
        cancelAnalysisTask();
        clearError();
        state.set(WorkbenchState.LOADING);
        activity.set(text.format("status.opening", displayName(file)));
        LOG.info("Opening {}", displayName(file));

        openTask = BackgroundTask.wrap(cancel -> {
                    OpenedStudySet set = service.openStudySet(file);
                    SeriesRef first = set.firstImageSeries();
                    OpenedImage opened = service.openSlice(first, 0);
                    DisplayPixels pixels = service.renderPixels(opened, null);
                    return new LoadedImage(opened, pixels, service.defaultTemplateId(opened.modality()), set, first);
                })
                .onSuccess(this::showImage)
                .onFailure(error -> {
                    logFailure("Opening " + displayName(file), error);
                    showError(error);
                    activity.set("");
                })
                .executeWith(executor);
    }

    /** Sends the image, history and prompt for analysis; a running analysis is cancelled first. */
    public void analyze() {
        OpenedImage current = image.get();
        if (current == null) {
            return;
        }
        cancelAnalysisTask();
        findings.clear();
        clearError();
        streamedAnswer.set("");
        analysisNote.set("");
        state.set(WorkbenchState.ANALYZING);
        activity.set(text.get("status.analyzing"));

        PromptTemplateChoice template = selectedTemplate.get();
        AnalysisInput input = new AnalysisInput(current, history.get(),
                template == null ? null : template.id(), promptText.get(), thinking.get());
        LOG.info("Analysing {} with template {}, thinking {}", current.fileName(), input.templateId(),
                input.thinking());

        Object run = new Object();
        analysisRun = run;
        AnalysisProgress progress = new StreamingProgress(() -> analysisRun == run, executor.results(), text,
                streamedAnswer, activity, analysisNote);
        analysisTask = BackgroundTask.wrap(cancel -> service.analyze(input, cancel, progress))
                .onSuccess(this::showOutcome)
                .onFailure(error -> {
                    logFailure("Analysis of " + current.fileName(), error);
                    analysisRun = null;
                    streamedAnswer.set("");
                    showError(error);
                    activity.set("");
                })
                .executeWith(executor);
    }

    /** Cancels the running analysis; the image and the history stay. */
    public void cancelAnalysis() {
        if (state.get() != WorkbenchState.ANALYZING) {
            return;
        }
        cancelAnalysisTask();
        streamedAnswer.set("");
        LOG.info("Analysis cancelled by the user");
        state.set(image.get() == null ? WorkbenchState.IDLE : WorkbenchState.READY);
        activity.set(text.get("status.cancelled"));
    }

    /** Cancels every running task; call when the window closes. */
    public void dispose() {
        navigation.cancel();
        cancelTask(openTask);
        display.cancelRender();
        cancelAnalysisTask();
    }

    private void showImage(LoadedImage loaded) {
        OpenedImage opened = loaded.image();
        display.show(opened, loaded.pixels());
        findings.clear();
        clearError();
        selectTemplate(loaded.defaultTemplateId());
        navigation.showStudySet(loaded.studySet(), loaded.series());
        state.set(WorkbenchState.READY);
        OpenedStudySet set = loaded.studySet();
        activity.set(set.fileCount() > 1 || set.series().size() > 1
                ? text.format("status.openedStudySet", displayName(set.path()), set.series().size(),
                        set.problems().size())
                : text.format("status.opened", opened.fileName()));
        LOG.info("Opened {} ({} x {}, modality {})", opened.fileName(), opened.width(), opened.height(),
                opened.modality());
    }

    private void showOutcome(AnalysisOutcome outcome) {
        analysisRun = null;
        streamedAnswer.set("");
        findings.show(outcome);
        state.set(WorkbenchState.DONE);
        String model = outcome.model() == null || outcome.model().isBlank()
                ? text.get("status.modelUnknown") : outcome.model();
        endpoint.showModel(model);
        activity.set(text.format("status.analyzed", Objects.toString(outcome.endpointHost(), ""),
                outcome.imageWidth(), outcome.imageHeight(), Objects.toString(outcome.imageFormat(), ""),
                outcome.imageBytes(), finishReasonLabel(outcome.finishReason())));
        LOG.info("Analysis done: model {}, finish reason {}, truncated {}, demo {}", model,
                outcome.finishReason(), outcome.truncated(), outcome.demo());
    }

    private void showError(Throwable error) {
        if (error instanceof WorkbenchException workbenchError) {
            errorHeadline.set(text.get("error." + workbenchError.reason().name()));
        } else {
            errorHeadline.set(text.get("error.UNEXPECTED"));
        }
        errorDetail.set(oneLine(error));
        state.set(WorkbenchState.ERROR);
    }

    /** Logs an expected failure as one line and anything else with its stack trace. */
    private static void logFailure(String action, Throwable error) {
        if (error instanceof WorkbenchException workbenchError) {
            LOG.warn("{} failed ({}): {}", action, workbenchError.reason(), workbenchError.getMessage());
        } else {
            LOG.error("{} failed unexpectedly", action, error);
        }
    }

    private void clearError() {
        errorHeadline.set("");
        errorDetail.set("");
    }

    /** Localises the standard finish reasons stop and length; other values show as the server sent them. */
    private String finishReasonLabel(String finishReason) {
        if (finishReason == null) {
            return "";
        }
        String key = "finishReason." + finishReason;
        return text.has(key) ? text.get(key) : finishReason;
    }

    private void selectTemplate(String id) {
        for (PromptTemplateChoice template : templates) {
            if (template.id().equals(id)) {
                selectedTemplate.set(template);
                return;
            }
        }
        if (selectedTemplate.get() == null && !templates.isEmpty()) {
            selectedTemplate.set(templates.get(0));
        }
    }

    private void cancelAnalysisTask() {
        cancelTask(analysisTask);
        analysisTask = null;
        analysisRun = null;
    }

    private static void cancelTask(BackgroundTask<?> task) {
        if (task != null) {
            task.cancel();
        }
    }

    /** Returns the exception's message on one line, or its class name when it has none. */
    static String oneLine(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return error instanceof WorkbenchException ? line : error.getClass().getSimpleName() + ": " + line;
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private record StartupData(List<PromptTemplateChoice> templates, String defaultTemplateId,
                               EndpointStatusLine.EndpointStatus endpoint) {
    }

    /**
     * Shows a slice that {@link SeriesNavigation} read. Within a series the selected window stays;
     * a new series starts with its slice's default window. Findings stay and an earlier error is cleared.
     */
    private void applySlice(OpenedImage opened, DisplayPixels pixels, boolean newSeries) {
        display.showSlice(opened, pixels, newSeries);
        clearError();
        if (state.get() == WorkbenchState.ERROR) {
            state.set(findings.presentProperty().get() ? WorkbenchState.DONE : WorkbenchState.READY);
        }
    }

    /** Shows a slice failure in the findings pane; the slice on screen and its state stay. */
    private void showSliceError(Throwable error) {
        logFailure("Reading a slice", error);
        WorkbenchState current = state.get();
        showError(error);
        if (image.get() != null && current != WorkbenchState.ERROR) {
            state.set(current);
        }
    }

    private record LoadedImage(OpenedImage image, DisplayPixels pixels, String defaultTemplateId,
            OpenedStudySet studySet, SeriesRef series) {
    }

    /** Returns the viewer's settings: identifiers hidden or not, tool, cine. */
    public ViewerState viewer() {
        return viewer;
    }

    /**
     * Whether patient and study identifiers are hidden on screen, in screenshots and in exports;
     * the same property as {@code viewer().hideIdentifiersProperty()}.
     */
    public BooleanProperty hideIdentifiersProperty() {
        return viewer.hideIdentifiersProperty();
    }

    /** Returns the image on screen, its window and the viewer's window presets. */
    ImageDisplay display() {
        return display;
    }

    /** Returns the series list and slice position. */
    public SeriesNavigation navigation() {
        return navigation;
    }

    public ObjectProperty<OpenedImage> imageProperty() {
        return image;
    }

    public ObjectProperty<DisplayPixels> displayPixelsProperty() {
        return display.displayPixelsProperty();
    }

    public ObservableList<WindowPreset> presets() {
        return display.presets();
    }

    public ObjectProperty<WindowPreset> selectedPresetProperty() {
        return display.selectedPresetProperty();
    }

    public StringProperty imageSummaryProperty() {
        return display.imageSummaryProperty();
    }

    public StringProperty historyProperty() {
        return history;
    }

    public ObservableList<PromptTemplateChoice> templates() {
        return templates;
    }

    public ObjectProperty<PromptTemplateChoice> selectedTemplateProperty() {
        return selectedTemplate;
    }

    public StringProperty promptTextProperty() {
        return promptText;
    }

    public ObjectProperty<WorkbenchState> stateProperty() {
        return state;
    }

    public FindingsModel findings() {
        return findings;
    }

    public StringProperty errorHeadlineProperty() {
        return errorHeadline;
    }

    public StringProperty errorDetailProperty() {
        return errorDetail;
    }

    /** The endpoint summary, and after an analysis the model, for the status line. */
    public StringProperty endpointStatusProperty() {
        return endpoint.endpointStatusProperty();
    }

    /** The last activity message for the status line, such as "Opened ct1.dcm". */
    public StringProperty activityProperty() {
        return activity;
    }

    /** Whether the next analysis enables MedGemma 1.5 thinking. */
    public BooleanProperty thinkingProperty() {
        return thinking;
    }

    /** The answer text received so far while it streams, without the thought; empty otherwise. */
    public StringProperty streamedAnswerProperty() {
        return streamedAnswer;
    }

    /** Notes about the last request, such as the size the image was reduced to; empty when none. */
    public StringProperty analysisNoteProperty() {
        return analysisNote;
    }

    /** The warning that the active profile sends plain http to another computer; empty when it does not. */
    public StringProperty insecureWarningProperty() {
        return endpoint.insecureWarningProperty();
    }

    public BooleanBinding canAnalyzeBinding() {
        return canAnalyze;
    }

    public BooleanBinding analyzingBinding() {
        return analyzing;
    }
}
