package org.radassist.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A {@link WorkbenchService} for the UI's own tests: it reads real PNG files with ImageIO and
 * returns a fixed {@link AnalysisOutcome} or a fixed failure. The end-to-end tests against the
 * real services and the demo endpoint live in the app package.
 */
class StubWorkbenchService implements WorkbenchService {

    static final Path CHEST_XRAY_PNG = Path.of("src/test/resources/testdata/real/png/cxr_nih_00000001_000_8bit.png");
    static final Path CHECKER_PNG = Path.of("src/test/resources/testdata/cases/javafx/L22_checker_1px_512.png");

    static final WindowPreset FULL_RANGE = new WindowPreset("Full range", 127.5, 256);
    static final WindowPreset NARROW = new WindowPreset("Narrow", 128, 64);

    static final List<PromptTemplateChoice> TEMPLATES = List.of(
            new PromptTemplateChoice("general", "template.general", "Describe the image."),
            new PromptTemplateChoice("chest_xray", "template.chest_xray",
                    "Based on the image and clinical history below, provide: DIAGNOSIS: ... FINDINGS: ..."),
            new PromptTemplateChoice("custom", "My own template", "Custom prompt text."));

    volatile AnalysisOutcome outcome = outcome("Right upper lobe pneumonia", false, false);
    volatile WorkbenchException analysisFailure;
    volatile EndpointSummary endpointSummary = new EndpointSummary("demo", EndpointSummary.Kind.DEMO, "", "");
    volatile EndpointForm endpoint = EndpointForm.demo();
    volatile EndpointForm savedEndpoint;
    volatile AnalysisInput lastInput;
    volatile WindowPreset lastRenderedPreset;
    volatile CountDownLatch analysisGate;
    final CountDownLatch analysisStarted = new CountDownLatch(1);
    final AtomicInteger renderCount = new AtomicInteger();
    final AtomicInteger analyzeCount = new AtomicInteger();
    final AtomicInteger cancelActionsRun = new AtomicInteger();

    static AnalysisOutcome outcome(String diagnosis, boolean truncated, boolean demo) {
        String raw = "DIAGNOSIS: " + diagnosis + "\nFINDINGS:\n- Consolidation in the right upper lobe\n"
                + "- No pleural effusion\nIMPRESSION: Findings consistent with pneumonia.";
        return new AnalysisOutcome(diagnosis,
                List.of("Consolidation in the right upper lobe", "No pleural effusion"),
                "Findings consistent with pneumonia.", null, raw, raw, null, truncated, true, demo,
                "google/medgemma-4b-it", "127.0.0.1", truncated ? "length" : "stop", 896, 896, "JPEG", 123456);
    }

    /** Returns an outcome whose text has none of the requested sections, with a thought. */
    static AnalysisOutcome unstructuredOutcome() {
        String raw = "<unused94>thought\nThe lungs look clear.<unused95>The image shows clear lungs.";
        return new AnalysisOutcome(null, List.of(), null, null, "The image shows clear lungs.", raw,
                "The lungs look clear.", false, false, false, "google/medgemma-1.5-4b-it", "127.0.0.1", "stop",
                896, 896, "PNG", 65432);
    }

    @Override
    public OpenedImage open(Path file) throws WorkbenchException {
        if (!Files.isRegularFile(file)) {
            throw new WorkbenchException(WorkbenchException.Reason.UNREADABLE_FILE, file + ": file not found");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new WorkbenchException(WorkbenchException.Reason.UNREADABLE_FILE, file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new WorkbenchException(WorkbenchException.Reason.UNSUPPORTED_FILE,
                    file.getFileName() + ": not a PNG file");
        }
        return new OpenedImage(file, null, "DX", image.getWidth(), image.getHeight(), List.of(FULL_RANGE, NARROW),
                FULL_RANGE, "PNG, " + image.getWidth() + " × " + image.getHeight() + ", 8 bits", image);
    }

    /** Opens a single file as a study set of one series with one slice. */
    @Override
    public OpenedStudySet openStudySet(Path path) throws WorkbenchException {
        OpenedImage image = open(path);
        SeriesRef series = new SeriesRef("", 1, image.modality(), image.fileName(), 1, 0, image);
        return new OpenedStudySet(path, List.of(series), List.of(), 1);
    }

    @Override
    public OpenedImage openSlice(SeriesRef series, int index) throws WorkbenchException {
        return (OpenedImage) series.handle();
    }

    @Override
    public BufferedImage render(OpenedImage image, WindowPreset preset) {
        renderCount.incrementAndGet();
        lastRenderedPreset = preset;
        return (BufferedImage) image.handle();
    }

    @Override
    public AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel) throws WorkbenchException {
        analyzeCount.incrementAndGet();
        lastInput = input;
        cancel.onCancel(cancelActionsRun::incrementAndGet);
        analysisStarted.countDown();
        CountDownLatch gate = analysisGate;
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WorkbenchException(WorkbenchException.Reason.CANCELLED, "analysis interrupted");
            }
        }
        WorkbenchException failure = analysisFailure;
        if (failure != null) {
            throw failure;
        }
        return outcome;
    }

    @Override
    public EndpointForm loadEndpoint() {
        return endpoint;
    }

    @Override
    public void saveEndpoint(EndpointForm form) throws WorkbenchException {
        if (EndpointForm.OPENAI_COMPATIBLE.equals(form.kind()) && !form.baseUrl().startsWith("http")) {
            throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS,
                    "base URL '" + form.baseUrl() + "' is invalid: it must start with http:// or https://");
        }
        savedEndpoint = form;
        endpoint = form;
    }

    @Override
    public EndpointSummary endpointSummary() {
        return endpointSummary;
    }

    @Override
    public List<PromptTemplateChoice> templates() {
        return TEMPLATES;
    }

    @Override
    public String defaultTemplateId(String modality) {
        return "DX".equals(modality) || "CR".equals(modality) ? "chest_xray" : "general";
    }
}
