package org.radassist.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radassist.findings.Findings;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageFormat;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.imaging.WindowPresets;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;
import org.radassist.inference.InvalidImagePayloadException;
import org.radassist.inference.PromptTemplate;
import org.radassist.inference.PromptTemplates;
import org.radassist.study.FrameCache;
import org.radassist.ui.AnalysisInput;
import org.radassist.ui.AnalysisOutcome;
import org.radassist.ui.CancelHandle;
import org.radassist.ui.EndpointForm;
import org.radassist.ui.OpenedImage;
import org.radassist.ui.OpenedStudySet;
import org.radassist.ui.PromptTemplateChoice;
import org.radassist.ui.SeriesRef;
import org.radassist.ui.WindowPreset;
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

    private final SettingsStore store;
    private final EndpointResolver resolver = new EndpointResolver();
    private final ModelInputCache modelInputs = new ModelInputCache();
    private final SeriesBrowser series = new SeriesBrowser(new FrameCache(FrameCache.DEFAULT_MAX_BYTES));
    private volatile Settings settings;

    public DesktopWorkbench(SettingsStore store) {
        this.store = store;
        this.settings = store.load();
        Thread warmUp = new Thread(this::resolveEndpointEarly, "radassist-endpoint-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Starts the demo endpoint or builds the HTTP client before the first Analyze; failures show up there. */
    private void resolveEndpointEarly() {
        try {
            resolver.resolve(settings.endpointOrDemo());
        } catch (IOException | RuntimeException e) {
            log.warn("Endpoint not ready at start-up: {}", e.getMessage());
        }
    }

    /** Returns the message about a damaged settings file found at start-up, or null. */
    public String settingsWarning() {
        return store.loadWarning();
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
        modelInputs.prefetch(image, modelInputOptions(settings));
        return toOpenedImage(file, image);
    }

    @Override
    public OpenedStudySet openStudySet(Path path) throws WorkbenchException {
        return series.open(path);
    }

    @Override
    public OpenedImage openSlice(SeriesRef ref, int index) throws WorkbenchException {
        StudyImage image = series.slice(ref, index);
        modelInputs.prefetch(image, modelInputOptions(settings));
        return toOpenedImage(image.path(), image);
    }

    private static OpenedImage toOpenedImage(Path file, StudyImage image) {
        List<WindowPreset> presets = new ArrayList<>();
        List<Window> modalityPresets = WindowPresets.forModality(image.modality());
        for (Window window : WindowPresets.forImage(image)) {
            presets.add(modalityPresets.contains(window) ? toLocalisedPreset(window) : toPreset(window));
        }
        WindowPreset defaultPreset = image.isGrey() ? toPreset(DisplayRenderer.defaultWindow(image)) : null;
        return new OpenedImage(file, null, image.modality(), image.width(), image.height(), presets, defaultPreset,
                ImageSummary.of(image), image);
    }

    @Override
    public BufferedImage render(OpenedImage image, WindowPreset preset) {
        StudyImage study = (StudyImage) image.handle();
        if (preset == null || !study.isGrey()) {
            return DisplayRenderer.render(study);
        }
        return DisplayRenderer.render(study, new Window(preset.center(), preset.width(), preset.name()));
    }

    @Override
    public AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel) throws WorkbenchException {
        Settings current = settings;
        EndpointSettings endpointSettings = current.endpointOrDemo();
        try {
            ResolvedEndpoint endpoint = resolver.resolve(endpointSettings);
            PreparedImage prepared = modelInputs.get((StudyImage) input.image().handle(), modelInputOptions(current));
            if (cancel.isCancelled()) {
                throw new WorkbenchException(Reason.CANCELLED, "The analysis was cancelled.");
            }
            Question question = new Question(input.promptText(), input.templateId(), input.clinicalHistory(),
                    endpointSettings.systemPrompt(), false, endpointSettings.maxTokensOrDefault(), null);
            AnalysisResult result = AnalysisPipeline.analyze(prepared, question, endpoint,
                    call -> cancel.onCancel(call::cancel));
            return toOutcome(result);
        } catch (EndpointException e) {
            Reason reason = e.errorClass() == ErrorClass.CANCELLED ? Reason.CANCELLED : Reason.ENDPOINT_FAILED;
            throw new WorkbenchException(reason, e.getMessage(), e);
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

    @Override
    public EndpointForm loadEndpoint() {
        return EndpointForms.toForm(settings.endpointOrDemo());
    }

    @Override
    public void saveEndpoint(EndpointForm form) throws WorkbenchException {
        EndpointSettings endpoint = EndpointForms.toSettings(form, settings.endpointOrDemo());
        if (!endpoint.isDemo()) {
            try {
                List<String> problems = EndpointResolver.toConfig(endpoint).validate();
                if (!problems.isEmpty()) {
                    throw new WorkbenchException(Reason.INVALID_SETTINGS, String.join(" ", problems));
                }
            } catch (InvalidEndpointException e) {
                throw new WorkbenchException(Reason.INVALID_SETTINGS, e.getMessage(), e);
            }
        }
        Settings updated = settings.withEndpoint(endpoint);
        try {
            store.save(updated);
        } catch (IOException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE,
                    "The settings could not be saved to " + store.file() + ": " + e.getMessage(), e);
        }
        settings = updated;
    }

    @Override
    public String endpointSummary() {
        EndpointSettings endpoint = settings.endpointOrDemo();
        if (endpoint.isDemo()) {
            return "Demo endpoint (recorded answers, not model output)";
        }
        try {
            var config = EndpointResolver.toConfig(endpoint);
            String model = config.model().isEmpty() ? "default model" : config.model();
            return config.host() + " · " + model;
        } catch (InvalidEndpointException | RuntimeException e) {
            return "Endpoint settings are invalid: open Settings to fix them";
        }
    }

    @Override
    public List<PromptTemplateChoice> templates() {
        List<PromptTemplateChoice> choices = new ArrayList<>();
        for (PromptTemplate template : PromptTemplates.all()) {
            // The UI shows names that start with "template." from its resource bundle.
            String key = "template." + ("generic".equals(template.id()) ? "general" : template.id().replace('-', '_'));
            choices.add(new PromptTemplateChoice(template.id(), key, template.text()));
        }
        return choices;
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
        return new AnalysisOutcome(findings.diagnosis(), findings.findings(), findings.impression(),
                findings.recommendations(), findings.answer(), result.completion().content(), findings.thought(),
                findings.truncated(), findings.structured(), result.demo(), result.completion().model(), host,
                result.completion().finishReason(), payload.width(), payload.height(),
                payload.mimeType().endsWith("png") ? "PNG" : "JPEG", payload.byteCount());
    }

    private static WindowPreset toPreset(Window window) {
        String name = window.explanation() == null || window.explanation().isBlank()
                ? window.toShortString() : window.explanation();
        return new WindowPreset(name, window.center(), window.width());
    }

    /** Names a modality preset by its resource bundle key, such as {@code preset.lung}. */
    private static WindowPreset toLocalisedPreset(Window window) {
        return new WindowPreset("preset." + window.explanation().toLowerCase(java.util.Locale.ROOT),
                window.center(), window.width());
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
