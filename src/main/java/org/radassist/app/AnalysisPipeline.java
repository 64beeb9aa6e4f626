package org.radassist.app;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
import org.radassist.inference.ContextBudget;
import org.radassist.inference.EncodedImage;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;
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
     * Returns {@code prepared} when its request fits the endpoint's maximum payload, or a smaller
     * preparation (lower JPEG quality, then fewer pixels) that fits, with a note for the user.
     *
     * @param options the options {@code prepared} was made with
     * @throws EndpointException of class PAYLOAD_TOO_LARGE when no reduction fits; nothing was sent
     */
    public static PayloadFit fitPayload(PreparedImage prepared, ModelInputOptions options, Question question,
                                        ResolvedEndpoint endpoint) throws EndpointException, ImageLoadException {
        PayloadFit fit = PayloadBudget.fit(prepared, options, question, endpoint);
        if (fit.note() != null) {
            log.info("Request to {} reduced to {} bytes: {}x{} image", endpoint.config().host(), fit.requestBytes(),
                    fit.prepared().payload().width(), fit.prepared().payload().height());
        }
        return fit;
    }

    /** Estimates the request's context against the endpoint's maximum context. */
    public static ContextBudget contextBudget(PreparedImage prepared, Question question, ResolvedEndpoint endpoint) {
        return ContextBudget.estimate(toRequest(prepared, question), endpoint.config());
    }

    /**
     * Returns the message about an estimate over the maximum context; the same text replaces the
     * server's own "maximum context length" error.
     */
    public static String contextMessage(ContextBudget budget, ResolvedEndpoint endpoint) {
        return contextError(budget, endpoint, EndpointException.NO_STATUS, null).getMessage();
    }

    private static EndpointException contextError(ContextBudget budget, ResolvedEndpoint endpoint, int status,
                                                   Throwable cause) {
        return EndpointException.of(ErrorClass.CONTEXT_TOO_LONG, status, status > 0 ? String.valueOf(status) : "",
                endpoint.config().host(), budget.detail(), cause);
    }

    /**
     * Sends the request and parses the answer.
     *
     * @param onCall receives the call before it is sent, so a caller can cancel it from another thread
     */
    public static AnalysisResult analyze(PreparedImage prepared, Question question, ResolvedEndpoint endpoint,
                                         Consumer<InferenceCall> onCall) throws EndpointException {
        return analyze(prepared, question, endpoint, new AnalysisHooks(onCall, null, null, null));
    }

    /**
     * Sends the request, streaming when {@code hooks.onDelta()} is set, parses the answer and
     * appends one record to {@code hooks.audit()}, also when the request fails.
     */
    public static AnalysisResult analyze(PreparedImage prepared, Question question, ResolvedEndpoint endpoint,
                                         AnalysisHooks hooks) throws EndpointException {
        return send(toRequest(prepared, question), prepared, question, endpoint, hooks);
    }

    /**
     * Sends a request built from {@code prepared} (for a multi-slice request, its first slice) and
     * parses the answer, as {@link #analyze(PreparedImage, Question, ResolvedEndpoint, AnalysisHooks)}.
     */
    static AnalysisResult send(AnalysisRequest request, PreparedImage prepared, Question question,
                               ResolvedEndpoint endpoint, AnalysisHooks hooks) throws EndpointException {
        InferenceCall call = endpoint.client().newCall(request);
        if (hooks.onRetry() != null) {
            call.setRetryListener(hooks.onRetry());
        }
        if (hooks.onCall() != null) {
            hooks.onCall().accept(call);
        }
        AuditTrail audit = new AuditTrail(hooks.audit(), endpoint, question, request);
        long start = System.nanoTime();
        Completion completion;
        try {
            completion = hooks.onDelta() != null ? call.stream(hooks.onDelta()) : call.execute();
        } catch (EndpointException e) {
            EndpointException reported = e;
            if (e.errorClass() == ErrorClass.CONTEXT_TOO_LONG) {
                reported = contextError(ContextBudget.estimate(request, endpoint.config()), endpoint, e.httpStatus(), e);
            }
            audit.failed(reported, System.nanoTime() - start, call.retries());
            throw reported;
        }
        long elapsed = System.nanoTime() - start;
        audit.succeeded(completion, elapsed, call.retries());
        Findings findings = FindingsParser.parse(completion.content(), completion.finishReason());
        boolean demo = endpoint.demo() || completion.demo();
        return new AnalysisResult(findings, completion, prepared, demo, endpoint.config().requestUrl(), elapsed,
                request.images());
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

    /** Returns the hex SHA-256 of the bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** Builds the audit record of one request; writes nothing when the hooks carry no audit log. */
    private static final class AuditTrail {
        private final AuditLog log;
        private final ResolvedEndpoint endpoint;
        private final Question question;
        private final AnalysisRequest request;
        private final String time = Instant.now().toString();

        AuditTrail(AuditLog log, ResolvedEndpoint endpoint, Question question, AnalysisRequest request) {
            this.log = log;
            this.endpoint = endpoint;
            this.question = question;
            this.request = request;
        }

        void succeeded(Completion completion, long nanos, int retries) {
            var usage = completion.usage();
            String model = completion.model() == null || completion.model().isEmpty() ? sentModel() : completion.model();
            write(model, AuditRecord.STATUS_OK, null, null, nanos, usage.known() ? usage.promptTokens() : null,
                    usage.known() ? usage.completionTokens() : null, usage.known() ? usage.totalTokens() : null,
                    completion.finishReason(), retries);
        }

        void failed(EndpointException e, long nanos, int retries) {
            String status = e.errorClass() == ErrorClass.CANCELLED ? AuditRecord.STATUS_CANCELLED : AuditRecord.STATUS_FAILED;
            Integer httpStatus = e.httpStatus() > 0 ? e.httpStatus() : null;
            write(sentModel(), status, e.errorClass().name(), httpStatus, nanos, null, null, null, null, retries);
        }

        private String sentModel() {
            return request.model() != null ? request.model() : endpoint.config().model();
        }

        private void write(String model, String status, String errorClass, Integer httpStatus, long nanos,
                           Integer promptTokens, Integer completionTokens, Integer totalTokens, String finishReason,
                           int retries) {
            if (log == null) {
                return;
            }
            List<AuditRecord.Image> images = new ArrayList<>();
            for (EncodedImage image : request.images()) {
                if (!image.isRemote()) {
                    images.add(new AuditRecord.Image(sha256(image.bytes()), image.width(), image.height(),
                            image.byteCount(), formatName(image)));
                }
            }
            EncodedImage first = request.image();
            String urlHost = first.isRemote() ? first.remoteHost() : null;
            log.append(new AuditRecord(time, endpoint.profile(), endpoint.config().host(), model,
                    endpoint.config().api().cliName(), first.isRemote() ? null : images.get(0).sha256(),
                    first.width(), first.height(), first.byteCount(), first.isRemote() ? "URL" : formatName(first),
                    question.templateId(), question.clinicalHistory() == null ? 0
                    : question.clinicalHistory().length(), question.thinking(), status, errorClass, httpStatus,
                    nanos / 1_000_000, promptTokens, completionTokens, totalTokens, finishReason, retries, images,
                    urlHost));
        }

        private static String formatName(EncodedImage image) {
            return image.mimeType().endsWith("png") ? "PNG" : "JPEG";
        }
    }
}
