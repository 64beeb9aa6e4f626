package org.radassist.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.radassist.findings.Findings;
import org.radassist.findings.FindingsParser;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInput;
import org.radassist.imaging.ModelInputBuilder;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.imaging.StudyImage;
import org.radassist.inference.AnalysisRequest;
import org.radassist.inference.Completion;
import org.radassist.inference.EncodedImage;
import org.radassist.inference.EndpointException;
import org.radassist.inference.InferenceCall;
import org.radassist.inference.PromptTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job, shared by the GUI and the command line: image file to model input, model input
 * and question to a request, the endpoint's answer to structured findings. Every method blocks;
 * the GUI calls them on background threads.
 */
public final class AnalysisPipeline {

    private static final Logger log = LoggerFactory.getLogger(AnalysisPipeline.class);

    private AnalysisPipeline() {
    }

    /** Loads one frame of a DICOM or PNG file and prepares its model input. */
    public static PreparedImage prepare(Path file, int frame, ModelInputOptions options) throws ImageLoadException {
        long start = System.nanoTime();
        StudyImage image = ImageLoader.load(file, frame);
        return prepare(image, options, start);
    }

    /** Prepares the model input of an image that is already loaded. */
    public static PreparedImage prepare(StudyImage image, ModelInputOptions options) throws ImageLoadException {
        return prepare(image, options, System.nanoTime());
    }

    private static PreparedImage prepare(StudyImage image, ModelInputOptions options, long start)
            throws ImageLoadException {
        ModelInput input = ModelInputBuilder.prepare(image, options);
        // EncodedImage checks the PNG or JPEG signature, so bytes that are not an image are never sent.
        EncodedImage payload = EncodedImage.of(input.encoded(), input.width(), input.height());
        long elapsed = System.nanoTime() - start;
        log.info("Prepared model input of {}: {}x{} {}, {} bytes in {} ms", image.path().getFileName(),
                input.width(), input.height(), input.format(), payload.byteCount(), elapsed / 1_000_000);
        return new PreparedImage(image, input, payload, elapsed);
    }

    /**
     * Sends the request and parses the answer.
     *
     * @param onCall receives the call before it is sent, so a caller can cancel it from another thread
     */
    public static AnalysisResult analyze(PreparedImage prepared, Question question, ResolvedEndpoint endpoint,
                                         Consumer<InferenceCall> onCall) throws EndpointException {
        AnalysisRequest request = toRequest(prepared, question);
        InferenceCall call = endpoint.client().newCall(request);
        if (onCall != null) {
            onCall.accept(call);
        }
        long start = System.nanoTime();
        Completion completion = call.execute();
        long elapsed = System.nanoTime() - start;
        Findings findings = FindingsParser.parse(completion.content(), completion.finishReason());
        boolean demo = endpoint.demo() || completion.demo();
        return new AnalysisResult(findings, completion, prepared, demo,
                endpoint.config().chatCompletionsUrl(), elapsed);
    }

    static AnalysisRequest toRequest(PreparedImage prepared, Question question) {
        String systemPrompt = question.systemPrompt();
        int maxTokens = question.maxTokens();
        if (question.thinking()) {
            systemPrompt = PromptTemplates.thinkingSystemPrompt(systemPrompt);
            if (maxTokens <= 0) {
                maxTokens = AnalysisRequest.THINKING_MAX_TOKENS;
            }
        }
        String model = question.model() == null || question.model().isBlank() ? null : question.model();
        return new AnalysisRequest(question.promptText(), question.clinicalHistory(), prepared.payload(),
                systemPrompt, maxTokens, model);
    }
}
