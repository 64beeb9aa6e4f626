package org.radassist.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.radassist.findings.Findings;
import org.radassist.findings.ModelText;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageFormat;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.imaging.ArgbRenderer;
import org.radassist.imaging.VoiLutFunction;
import org.radassist.inference.AnalysisRequest;
import org.radassist.inference.ContextBudget;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;
import org.radassist.inference.InvalidImagePayloadException;
import org.radassist.inference.PromptTemplates;
import org.radassist.review.ReviewWorkspace;
import org.radassist.study.FrameCache;
import org.radassist.study.StudyScanner;
import org.radassist.ui.AnalysisInput;
import org.radassist.ui.AnalysisOutcome;
import org.radassist.ui.AnalysisProgress;
import org.radassist.ui.AuditEntry;
import org.radassist.ui.CancelHandle;
import org.radassist.ui.DisplayPixels;
import org.radassist.ui.EndpointForm;
import org.radassist.ui.OpenedImage;
import org.radassist.ui.OpenedStudySet;
import org.radassist.ui.PromptTemplateChoice;
import org.radassist.ui.SeriesRef;
import org.radassist.ui.TagNode;
import org.radassist.ui.UiPreferences;
import org.radassist.ui.SliceRequest;
import org.radassist.ui.WindowPreset;
import org.radassist.ui.EndpointSummary;
import org.radassist.ui.Localization;
import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;
import org.radassist.ui.WorkbenchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GUI's services, wired to the study, imaging, inference and findings packages and the
 * settings file.
 */
public final class DesktopWorkbench implements WorkbenchService, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DesktopWorkbench.class);
    /** UI messages in the JVM's locale, which the GUI also shows, for the image summary. */
    private static final ResourceBundle MESSAGES = Localization.loadBundle(Locale.getDefault());

    private final EndpointProfiles profiles;
    private final EndpointResolver resolver = new EndpointResolver();
    private final ModelInputCache modelInputs = new ModelInputCache();
    private final SeriesBrowser series = new SeriesBrowser(new FrameCache(FrameCache.DEFAULT_MAX_BYTES));
    private final AuditLog audit;
    private final TemplateStore templateStore;
    private final UiPreferencesStore preferencesStore;
    private volatile UiPreferences uiPreferences;
    private final WindowPresetStore presetStore;
    private final ReviewWorkspace reviews;
    private final StartupGate startup;

    /** Creates the services without an audit log. */
    public DesktopWorkbench(SettingsStore store) {
        this(store, null);
    }

    /** Creates the services; every analysis appends one record to {@code audit} unless it is null. */
    public DesktopWorkbench(SettingsStore store, AuditLog audit) {
        this(store, audit, null, StartupGate.opened());
    }

    /** Creates the services with review sessions saved in {@code reviews}, or not saved when it is null. */
    public DesktopWorkbench(SettingsStore store, AuditLog audit, ReviewWorkspace reviews) {
        this(store, audit, reviews, StartupGate.opened());
    }

    /** Creates the services; the endpoint warm-up and model input preparation wait for {@code startup}. */
    DesktopWorkbench(SettingsStore store, AuditLog audit, StartupGate startup) {
        this(store, audit, null, startup);
    }

    /**
     * Creates the services with review sessions saved in {@code reviews} (not saved when null); the
     * endpoint warm-up and model input preparation wait for {@code startup}.
     */
    DesktopWorkbench(SettingsStore store, AuditLog audit, ReviewWorkspace reviews, StartupGate startup) {
        this.reviews = reviews;
        this.profiles = new EndpointProfiles(store);
        this.presetStore = new WindowPresetStore(store.file().toAbsolutePath().resolveSibling(WindowPresetStore.FILE_NAME));
        this.audit = audit;
        Path configDir = store.file().toAbsolutePath().getParent();
        this.templateStore = new TemplateStore(configDir);
        this.preferencesStore = new UiPreferencesStore(configDir);
        this.uiPreferences = preferencesStore.load();
        this.startup = startup;
        startup.runWhenOpen(() -> {
            Thread warmUp = new Thread(this::resolveEndpointEarly, "radassist-endpoint-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        });
    }

    /**
     * Scans, decodes and renders {@code file} once and drops the result, so that the class
     * loading and compilation of that path happen while JavaFX builds the window on the other
     * processor. The GUI's own open then runs warm. Failures are left for that open to report.
     */
    void warmUpOpening(Path file) {
        try {
            StudyScanner.scan(file);
            DisplayRenderer.render(ImageLoader.load(file));
        } catch (IOException | RuntimeException e) {
            log.debug("Warming up the opening of {} failed: {}", file.getFileName(), e.getMessage());
        }
    }

    @Override
    public void startDeferredWork() {
        startup.open();
    }

    /** Starts the demo endpoint or builds the HTTP client before the first Analyze; failures show up there. */
    private void resolveEndpointEarly() {
        try {
            resolver.resolve(profiles.settings().active());
        } catch (IOException | RuntimeException e) {
            log.warn("Endpoint not ready at start-up: {}", e.getMessage());
        }
    }

    @Override
    public Optional<ReviewWorkspace> reviewWorkspace() {
        return Optional.ofNullable(reviews);
    }

    /** Returns the message about a damaged settings file found at start-up, or null. */
    public String settingsWarning() {
        return profiles.settingsWarning();
    }

    @Override
    public OpenedImage open(Path file) throws WorkbenchException {
        StudyImage image;
        try {
            image = ImageLoader.load(file);
        } catch (ImageLoadException e) {
            throw new WorkbenchException(reasonOf(e), e.getMessage(), e);
        }
        log.info("Opened {} ({} {}x{})", file.getFileName(), image.modality(), image.width(), image.height());
        prefetchModelInput(image);
        return toOpenedImage(file, image);
    }

    @Override
    public OpenedStudySet openStudySet(Path path) throws WorkbenchException {
        return series.open(path);
    }

    @Override
    public OpenedImage openSlice(SeriesRef ref, int index) throws WorkbenchException {
        StudyImage image = series.slice(ref, index);
        prefetchModelInput(image);
        return toOpenedImage(image.path(), image);
    }

    private void prefetchModelInput(StudyImage image) {
        ModelInputOptions options = modelInputOptions(profiles.settings());
        // Before the gate opens only the latest image waits, so earlier slices can be collected.
        startup.runLatestWhenOpen(ModelInputCache.class, () -> modelInputs.prefetch(image, options));
    }

    private static OpenedImage toOpenedImage(Path file, StudyImage image) {
        WindowPreset defaultPreset = image.isGrey() ? ViewerImages.toPreset(DisplayRenderer.defaultWindow(image)) : null;
        return new OpenedImage(file, null, image.modality(), image.width(), image.height(),
                ViewerImages.imageWindows(image), defaultPreset, ImageSummary.of(image, MESSAGES), image,
                ViewerImages.details(image));
    }

    @Override
    public BufferedImage render(OpenedImage image, WindowPreset preset) {
        StudyImage study = (StudyImage) image.handle();
        if (preset == null || !study.isGrey()) {
            return DisplayRenderer.render(study);
        }
        return DisplayRenderer.render(study, toWindow(preset), voiFunction(study, preset));
    }

    @Override
    public DisplayPixels renderPixels(OpenedImage image, WindowPreset preset) {
        StudyImage study = (StudyImage) image.handle();
        int[] argb = preset == null || !study.isGrey()
                ? ArgbRenderer.render(study)
                : ArgbRenderer.render(study, toWindow(preset), voiFunction(study, preset));
        return new DisplayPixels(study.width(), study.height(), argb);
    }

    private static Window toWindow(WindowPreset preset) {
        return new Window(preset.center(), preset.width(), preset.name());
    }

    /** Returns the file's VOI LUT Function for its own windows, and LINEAR for presets, auto and dragged windows. */
    private static VoiLutFunction voiFunction(StudyImage study, WindowPreset preset) {
        return ViewerImages.isFileWindow(study, preset) ? study.voiLutFunction() : VoiLutFunction.LINEAR;
    }

    @Override
    public Map<String, List<WindowPreset>> windowPresets() {
        return presetStore.load();
    }

    @Override
    public void saveWindowPresets(Map<String, List<WindowPreset>> presets) throws WorkbenchException {
        try {
            presetStore.save(presets);
        } catch (IOException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE,
                    "The window presets could not be saved to " + presetStore.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel) throws WorkbenchException {
        return analyze(input, cancel, new AnalysisProgress() { });
    }

    @Override
    public AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel, AnalysisProgress progress)
            throws WorkbenchException {
        return run(input, cancel, progress, (question, endpoint, options, hooks) -> {
            PreparedImage prepared = modelInputs.get((StudyImage) input.image().handle(), options);
            if (cancel.isCancelled()) {
                throw new WorkbenchException(Reason.CANCELLED, "The analysis was cancelled.");
            }
            PayloadFit fit = AnalysisPipeline.fitPayload(prepared, options, question, endpoint);
            if (fit.note() != null) {
                progress.onNotice(fit.note());
            }
            ContextBudget budget = AnalysisPipeline.contextBudget(fit.prepared(), question, endpoint);
            if (budget.exceeded()) {
                progress.onNotice(AnalysisPipeline.contextMessage(budget, endpoint));
            }
            return AnalysisPipeline.analyze(fit.prepared(), question, endpoint, hooks);
        });
    }

    @Override
    public AnalysisOutcome analyzeSlices(AnalysisInput input, SliceRequest slices, CancelHandle cancel,
                                         AnalysisProgress progress) throws WorkbenchException {
        return run(input, cancel, progress, (question, endpoint, options, hooks) ->
                SliceAnalysisJob.analyze(slices, question, endpoint, options, hooks, progress, cancel));
    }

    @Override
    public int maxImages() {
        return Math.max(1, profiles.settings().active().maxImages());
    }

    /** The part of an analysis between resolving the endpoint and parsing the response. */
    @FunctionalInterface
    private interface AnalysisJob {
        AnalysisResult run(Question question, ResolvedEndpoint endpoint, ModelInputOptions options,
                           AnalysisHooks hooks) throws IOException, WorkbenchException;
    }

    /** Resolves the active profile, runs the job and turns its failures into workbench exceptions. */
    private AnalysisOutcome run(AnalysisInput input, CancelHandle cancel, AnalysisProgress progress, AnalysisJob job)
            throws WorkbenchException {
        Settings current = profiles.settings();
        EndpointSettings endpointSettings = current.active();
        try {
            ResolvedEndpoint endpoint = resolver.resolve(endpointSettings);
            int maxTokens = thinkingMaxTokens(input.thinking(), endpointSettings.maxTokensOrDefault());
            Question question = new Question(input.promptText(), input.templateId(), input.clinicalHistory(),
                    endpointSettings.systemPrompt(), input.thinking(), maxTokens, null);
            AnalysisHooks hooks = new AnalysisHooks(call -> cancel.onCancel(call::cancel),
                    delta -> progress.onDelta(ModelText.stripControlCharacters(delta)),
                    progress::onRetry, audit);
            return toOutcome(job.run(question, endpoint, modelInputOptions(current), hooks));
        } catch (EndpointException e) {
            throw new WorkbenchException(reasonOf(e), e.errorClass().name(), e.getMessage(), e);
        } catch (InvalidEndpointException e) {
            throw new WorkbenchException(Reason.INVALID_SETTINGS, e.getMessage(), e);
        } catch (ImageLoadException e) {
            throw new WorkbenchException(reasonOf(e), e.getMessage(), e);
        } catch (InvalidImagePayloadException e) {
            throw new WorkbenchException(Reason.NOT_AN_IMAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new WorkbenchException(Reason.ENDPOINT_FAILED, "The demo endpoint could not start: " + e.getMessage(), e);
        }
    }

    /** With thinking, MedGemma's examples use 1500 max tokens; a larger profile value stays. */
    private static int thinkingMaxTokens(boolean thinking, int maxTokens) {
        if (!thinking) {
            return maxTokens;
        }
        return Math.max(maxTokens, AnalysisRequest.THINKING_MAX_TOKENS);
    }

    private static Reason reasonOf(EndpointException e) {
        switch (e.errorClass()) {
            case CANCELLED:
                return Reason.CANCELLED;
            case TEXT_ONLY_MODEL:
                return Reason.TEXT_ONLY_MODEL;
            default:
                return Reason.ENDPOINT_FAILED;
        }
    }

    /** Returns the audit log's records, oldest first; empty when the GUI runs without an audit log. */
    @Override
    public List<AuditEntry> auditEntries() throws WorkbenchException {
        if (audit == null) {
            return List.of();
        }
        try {
            return audit.read().stream().map(DesktopWorkbench::toEntry).toList();
        } catch (IOException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE,
                    "The audit log " + audit.file() + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void exportAudit(Path target) throws WorkbenchException {
        if (audit == null) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE, "This window runs without an audit log.");
        }
        try {
            audit.export(target);
        } catch (IOException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE,
                    "The audit log could not be copied to " + target + ": " + e.getMessage(), e);
        }
    }

    private static AuditEntry toEntry(AuditRecord r) {
        String image = r.imageUrlHost() != null ? "URL on " + r.imageUrlHost()
                : r.imageWidth() + "x" + r.imageHeight() + " " + r.imageFormat() + ", " + r.imageBytes() + " bytes";
        if (r.images().size() > 1) {
            image = r.images().size() + " images, the first " + image;
        }
        return new AuditEntry(r.time(), r.profile(), r.endpointHost(), r.model(), r.apiFormat(), image,
                r.status(), r.errorClass() == null ? "" : r.errorClass(), r.latencyMs(),
                r.totalTokens() == null ? -1 : r.totalTokens(), r.finishReason() == null ? "" : r.finishReason(),
                r.retries());
    }

    @Override
    public List<TagNode> readTags(Path file) throws WorkbenchException {
        return TagTreeReader.read(file);
    }

    @Override
    public EndpointForm loadEndpoint() {
        return profiles.loadEndpoint();
    }

    @Override
    public void saveEndpoint(EndpointForm form) throws WorkbenchException {
        profiles.saveEndpoint(form);
    }

    @Override
    public List<String> profileNames() {
        return profiles.profileNames();
    }

    @Override
    public String activeProfile() {
        return profiles.activeProfile();
    }

    @Override
    public void selectProfile(String name) throws WorkbenchException {
        profiles.selectProfile(name);
    }

    @Override
    public void addProfile(String name) throws WorkbenchException {
        profiles.addProfile(name);
    }

    @Override
    public void renameProfile(String oldName, String newName) throws WorkbenchException {
        profiles.renameProfile(oldName, newName);
    }

    @Override
    public void deleteProfile(String name) throws WorkbenchException {
        profiles.deleteProfile(name);
    }

    @Override
    public EndpointSummary endpointSummary() {
        return profiles.endpointSummary();
    }

    @Override
    public String insecureHttpWarning() {
        return profiles.insecureHttpWarning();
    }

    @Override
    public List<PromptTemplateChoice> templates() {
        return templateStore.load();
    }

    @Override
    public List<PromptTemplateChoice> builtInTemplates() {
        return TemplateStore.builtIn();
    }

    @Override
    public void saveTemplates(List<PromptTemplateChoice> templates) throws WorkbenchException {
        templateStore.save(templates);
    }

    @Override
    public UiPreferences uiPreferences() {
        return uiPreferences;
    }

    @Override
    public void saveUiPreferences(UiPreferences preferences) throws WorkbenchException {
        preferencesStore.save(preferences);
        uiPreferences = preferences;
    }

    @Override
    public List<Path> sampleFiles() {
        return SampleFiles.list();
    }

    @Override
    public String defaultTemplateId(String modality) {
        return PromptTemplates.forModality(modality).id();
    }

    @Override
    public void close() {
        modelInputs.close();
        resolver.close();
        series.close();
    }

    private static ModelInputOptions modelInputOptions(Settings settings) {
        ModelInputOptions options = ModelInputOptions.defaults();
        if ("png".equalsIgnoreCase(settings.imageFormat())) {
            options = options.withFormat(ImageFormat.PNG);
        }
        if (settings.maxSide() >= 0) {
            options = options.withMaxSide(settings.maxSide());
        }
        return options;
    }

    private static AnalysisOutcome toOutcome(AnalysisResult result) {
        Findings findings = result.findings();
        var payload = result.prepared().payload();
        String host = java.net.URI.create(result.endpointUrl()).getHost();
        // JavaFX labels ignore ANSI sequences but apply bidirectional overrides, so both are removed here.
        return new AnalysisOutcome(clean(findings.diagnosis()),
                findings.findings().stream().map(ModelText::stripControlCharacters).collect(Collectors.toList()),
                clean(findings.impression()), clean(findings.recommendations()), clean(findings.answer()),
                clean(result.completion().content()), clean(findings.thought()),
                findings.truncated(), findings.structured(), result.demo(), result.completion().model(), host,
                result.completion().finishReason(), payload.width(), payload.height(),
                payload.mimeType().endsWith("png") ? "PNG" : "JPEG", payload.byteCount());
    }

    private static String clean(String modelText) {
        return ModelText.stripControlCharacters(modelText);
    }

    static Reason reasonOf(ImageLoadException e) {
        switch (e.reason()) {
            case NOT_IMAGE:
                return Reason.NOT_AN_IMAGE;
            case UNSUPPORTED_DICOM:
            case UNSUPPORTED_PNG:
            case UNKNOWN_FORMAT:
                return Reason.UNSUPPORTED_FILE;
            default:
                return Reason.UNREADABLE_FILE;
        }
    }
}
