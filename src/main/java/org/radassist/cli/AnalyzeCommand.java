package org.radassist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.radassist.app.AnalysisHooks;
import org.radassist.app.AnalysisPipeline;
import org.radassist.app.AnalysisResult;
import org.radassist.app.AuditLog;
import org.radassist.app.EndpointResolver;
import org.radassist.app.EndpointSettings;
import org.radassist.app.MultiSliceAnalysis;
import org.radassist.app.PayloadFit;
import org.radassist.app.PreparedImage;
import org.radassist.app.Question;
import org.radassist.app.ResolvedEndpoint;
import org.radassist.app.Settings;
import org.radassist.imaging.CtWindowSet;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.ContextBudget;
import org.radassist.inference.EncodedImage;
import org.radassist.inference.PromptTemplate;
import org.radassist.inference.PromptTemplates;
import org.radassist.inference.RetryListener;
import org.radassist.inference.RetryPolicy;
import org.radassist.study.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prepares the model input of a DICOM or PNG image, sends a text-first chat-completions request "
                + "to a MedGemma endpoint and prints the structured findings. With no endpoint given and none "
                + "configured, the embedded demo endpoint answers with recorded text.")
final class AnalyzeCommand implements Callable<Integer> {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "DICOM or PNG file; with --slices or --slice-indices, a folder, DICOMDIR or DICOM file. "
                    + "Omit it with --image-url.")
    private Path file;

    @Option(names = "--image-url", paramLabel = "URL",
            description = "Public https URL of a PNG or JPEG that the endpoint downloads itself, sent instead of FILE "
                    + "(chat and vertex-predict formats only).")
    private String imageUrl;

    @Option(names = "--history", paramLabel = "TEXT", description = "Clinical history sent after the prompt.")
    private String history;

    @Option(names = "--history-file", paramLabel = "FILE", description = "Read the clinical history from a UTF-8 file.")
    private Path historyFile;

    @Mixin
    private EndpointOptions endpointOptions = new EndpointOptions();

    @Mixin
    private PromptOptions promptOptions = new PromptOptions();

    @Option(names = "--thinking",
            description = "MedGemma 1.5 thinking: adds the official system prefix and raises max tokens to 1500.")
    private boolean thinking;

    @Mixin
    private ImageRequestOptions imageRequestOptions = new ImageRequestOptions();

    @Option(names = "--ct-windows", defaultValue = "NOTEBOOK", paramLabel = "NOTEBOOK|SERVING_CODE",
            description = "CT green channel: -135..215 HU (NOTEBOOK, default) or 135..215 HU (SERVING_CODE).")
    private CtWindowSet ctWindows;

    @Option(names = "--frame", defaultValue = "0", paramLabel = "N", description = "Frame index, starting at 0.")
    private int frame;

    @Option(names = "--max-retries", defaultValue = "2", paramLabel = "N",
            description = "Retries after HTTP 429, 502, 503 or 504, with backoff or the server's Retry-After (default: 2).")
    private int maxRetries;

    @Mixin
    private SliceOptions sliceOptions = new SliceOptions();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: text (default) or json.")
    private OutputFormat format;

    AnalyzeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        validateOptions();
        String clinicalHistory = readHistory();
        Settings saved = context.loadSettings(spec.commandLine().getErr());
        EndpointSettings endpointSettings = sliceOptions.applyMaxImages(endpointOptions.resolve(saved, promptOptions.model, spec));
        PrintWriter err = spec.commandLine().getErr();
        if (endpointOptions.fallsBackToDemo(saved)) {
            err.println("No endpoint is configured: using the embedded demo endpoint. Its answers are recorded demo "
                    + "answers, not model output. Configure an endpoint in the GUI settings or pass --endpoint.");
        }

        ModelInputOptions options = imageRequestOptions.modelInputOptions(ctWindows, spec);
        List<PreparedImage> slices = prepareSlices(options, err);
        PreparedImage prepared = slices.get(0);
        String templateId = promptOptions.templateId;
        String prompt = promptOptions.prompt;
        PromptTemplate template = templateId == null
                ? PromptTemplates.forModality(prepared.image() == null ? null : prepared.image().modality())
                : PromptTemplates.byId(templateId);
        String promptText = prompt != null ? prompt : template.text();
        if (PromptTemplates.asksForReasoning(promptText)) {
            err.println("Warning: the prompt asks for step-by-step reasoning, which lowered MedGemma 4B's accuracy "
                    + "in a published robustness study. Consider removing it.");
        }
        Question question = new Question(promptText, prompt != null ? "custom" : template.id(), clinicalHistory,
                promptOptions.systemPrompt, thinking, imageRequestOptions.maxTokens, null);

        RetryPolicy defaults = RetryPolicy.defaults();
        RetryPolicy retries = new RetryPolicy(maxRetries, defaults.initialBackoff(), defaults.maxBackoff());
        try (EndpointResolver resolver = new EndpointResolver(retries)) {
            ResolvedEndpoint endpoint = resolver.resolve(endpointSettings);
            RetryListener onRetry = (retry, max, status, delayMillis) -> err.printf(Locale.ROOT,
                    "HTTP %d from %s: retry %d of %d in %.1f s%n", status, endpoint.config().host(), retry, max,
                    delayMillis / 1000.0);
            Duration deadline = Duration.ofSeconds(sliceOptions.deadlineSeconds);
            AnalysisHooks hooks = new AnalysisHooks(call -> call.setDeadline(deadline), null, onRetry,
                    AuditLog.in(context.dirs()));
            AnalysisResult result;
            if (sliceOptions.multiSlice()) {
                result = sendSlices(slices, options, question, endpoint, hooks, err);
            } else if (imageUrl != null) {
                // The endpoint downloads the image, so there is no payload to reduce.
                result = AnalysisPipeline.analyze(prepared, question, endpoint, hooks);
            } else {
                PayloadFit fit = AnalysisPipeline.fitPayload(prepared, options, question, endpoint);
                if (fit.note() != null) {
                    err.println(fit.note());
                }
                ContextBudget budget = AnalysisPipeline.contextBudget(fit.prepared(), question, endpoint);
                if (budget.exceeded()) {
                    err.println("Warning: " + AnalysisPipeline.contextMessage(budget, endpoint));
                }
                result = AnalysisPipeline.analyze(fit.prepared(), question, endpoint, hooks);
            }
            List<EncodedImage> sent = result.sentImages();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                out.println(AnalysisOutput.toJson(result, sent));
            } else {
                AnalysisOutput.toText(result, sent).forEach(out::println);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Sends the slices in one multi-slice request after checking their count against the profile's
     * max images and fitting them, all reduced alike, into its maximum payload.
     */
    private static AnalysisResult sendSlices(List<PreparedImage> slices, ModelInputOptions options, Question question,
                                             ResolvedEndpoint endpoint, AnalysisHooks hooks, PrintWriter err)
            throws IOException {
        MultiSliceAnalysis.checkImageCount(slices.size(), endpoint,
                "raise the profile's max images, or pass --max-images " + slices.size());
        PayloadFit fit = MultiSliceAnalysis.fitPayload(slices, options, question, null, endpoint);
        if (fit.note() != null) {
            err.println(fit.note());
        }
        ContextBudget budget = MultiSliceAnalysis.contextBudget(fit.images(), question, null, endpoint);
        if (budget.exceeded()) {
            err.println("Warning: " + AnalysisPipeline.contextMessage(budget, endpoint));
        }
        return MultiSliceAnalysis.analyze(fit.images(), question, null, endpoint, hooks);
    }

    /**
     * Prepares the one image, the image URL, or with --slices or --slice-indices the chosen slices
     * of the series.
     */
    private List<PreparedImage> prepareSlices(ModelInputOptions options, PrintWriter err) throws IOException {
        if (imageUrl != null) {
            return List.of(new PreparedImage(null, null, remoteImage(), 0));
        }
        if (!sliceOptions.multiSlice()) {
            return List.of(AnalysisPipeline.prepare(file, frame, options));
        }
        Series series = sliceOptions.selectSeries(file, spec);
        List<Integer> indices = sliceOptions.sliceIndices(series.imageCount(), spec);
        err.println(MultiSliceAnalysis.NOT_EVALUATED);
        err.printf(Locale.ROOT, "Sending %d of %d slices of series %s: %s%n", indices.size(), series.imageCount(),
                series.seriesInstanceUid(), indices.stream().map(i -> String.valueOf(i + 1)).toList());
        return MultiSliceAnalysis.prepare(series, indices, options);
    }

    private EncodedImage remoteImage() {
        try {
            return EncodedImage.remote(imageUrl);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid --image-url: " + e.getMessage());
        }
    }

    private void validateOptions() {
        sliceOptions.validate(spec);
        if (file == null && imageUrl == null) {
            throw new ParameterException(spec.commandLine(), "Missing FILE: give an image file, or --image-url URL.");
        }
        if (file != null && imageUrl != null) {
            throw new ParameterException(spec.commandLine(),
                    "Give either FILE or --image-url, not both: the request carries one image.");
        }
        if (imageUrl != null && sliceOptions.multiSlice()) {
            throw new ParameterException(spec.commandLine(),
                    "--image-url sends one image and cannot be combined with --slices or --slice-indices.");
        }
        if (history != null && historyFile != null) {
            throw new ParameterException(spec.commandLine(), "Use either --history or --history-file, not both.");
        }
        imageRequestOptions.validate(spec);
        if (maxRetries < 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --max-retries " + maxRetries + ": use 0 for no retries or a positive number.");
        }
        if (frame < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid --frame " + frame + ": frame indices start at 0.");
        }
        promptOptions.validate(spec);
    }

    private String readHistory() {
        if (historyFile == null) {
            return history == null ? "" : history;
        }
        try {
            String text = Files.readString(historyFile, StandardCharsets.UTF_8);
            // Editors on Windows often start UTF-8 files with a byte-order mark, which is no part of the text.
            return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        } catch (MalformedInputException | UnmappableCharacterException e) {
            throw new ParameterException(spec.commandLine(),
                    "History file " + historyFile + " is not valid UTF-8: save it as UTF-8.");
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "History file " + historyFile + " not found.");
        } catch (AccessDeniedException e) {
            throw new ParameterException(spec.commandLine(),
                    "Cannot read history file " + historyFile + ": permission denied.");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "Cannot read history file " + historyFile + ": " + e.getMessage() + ".");
        }
    }
}
