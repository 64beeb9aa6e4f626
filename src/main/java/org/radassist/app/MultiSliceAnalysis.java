package org.radassist.app;

import java.util.ArrayList;
import java.util.List;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.AnalysisRequest;
import org.radassist.inference.ContextBudget;
import org.radassist.inference.EncodedImage;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;
import org.radassist.study.Series;
import org.radassist.study.Slice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job for several slices of one series (MedGemma 1.5 multi-slice form): each chosen slice
 * becomes a model input, and one request sends them all. The model card states that multi-image
 * use is not evaluated. The command line and the GUI both build their request here.
 */
public final class MultiSliceAnalysis {

    /** Warning shown wherever a multi-slice request is sent. */
    public static final String NOT_EVALUATED = "Multi-image use is not evaluated by the MedGemma model card.";

    private static final Logger log = LoggerFactory.getLogger(MultiSliceAnalysis.class);

    private MultiSliceAnalysis() {
    }

    /**
     * Prepares the model input of each slice at the given 0-based indices of the series, in that order.
     *
     * @throws ImageLoadException when a slice cannot be read or converted
     */
    public static List<PreparedImage> prepare(Series series, List<Integer> indices, ModelInputOptions options)
            throws ImageLoadException {
        List<PreparedImage> prepared = new ArrayList<>();
        for (int index : indices) {
            Slice slice = series.slices().get(index);
            prepared.add(AnalysisPipeline.prepare(slice.instance().path(), slice.frame(), options));
        }
        return prepared;
    }

    /**
     * Rejects a request with more images than the endpoint's profile allows, before anything is
     * prepared or sent.
     *
     * @param raiseHint how the user raises the limit, such as "pass --max-images 5"
     * @throws EndpointException of class {@link ErrorClass#BAD_REQUEST} naming both counts
     */
    public static void checkImageCount(int imageCount, ResolvedEndpoint endpoint, String raiseHint)
            throws EndpointException {
        int maxImages = endpoint.config().maxImages();
        if (imageCount > maxImages) {
            throw EndpointException.of(ErrorClass.BAD_REQUEST, EndpointException.NO_STATUS, "",
                    endpoint.config().host(), "the request has " + imageCount + " images but profile '"
                            + endpoint.profile() + "' allows at most " + maxImages + " (max images); " + raiseHint,
                    null);
        }
    }

    /**
     * Returns the slices when their request fits the endpoint's maximum payload, or every slice
     * reduced by the same step (JPEG quality, then size) so that it fits, with a note for the user.
     *
     * @param options the options the slices were prepared with
     * @param sliceQuestion the text part after the last slice; null selects the default
     * @throws EndpointException of class PAYLOAD_TOO_LARGE when no reduction fits; nothing was sent
     */
    public static PayloadFit fitPayload(List<PreparedImage> slices, ModelInputOptions options, Question question,
                                        String sliceQuestion, ResolvedEndpoint endpoint)
            throws EndpointException, ImageLoadException {
        PayloadFit fit = PayloadBudget.fit(slices, options, endpoint,
                images -> toRequest(images, question, sliceQuestion));
        if (fit.note() != null) {
            log.info("Multi-slice request to {} reduced to {} bytes: {} images of {}x{}", endpoint.config().host(),
                    fit.requestBytes(), fit.images().size(), fit.prepared().payload().width(),
                    fit.prepared().payload().height());
        }
        return fit;
    }

    /** Estimates the multi-slice request's context against the endpoint's maximum context. */
    public static ContextBudget contextBudget(List<PreparedImage> slices, Question question, String sliceQuestion,
                                              ResolvedEndpoint endpoint) {
        return ContextBudget.estimate(toRequest(slices, question, sliceQuestion), endpoint.config());
    }

    /**
     * Sends one request with every slice and parses the answer. The result's prepared image is the
     * first slice; the audit record lists every slice.
     *
     * @param sliceQuestion the text part after the last slice; null selects
     *     {@value AnalysisRequest#DEFAULT_SLICE_QUESTION}
     */
    public static AnalysisResult analyze(List<PreparedImage> slices, Question question, String sliceQuestion,
                                         ResolvedEndpoint endpoint, AnalysisHooks hooks) throws EndpointException {
        AnalysisRequest request = toRequest(slices, question, sliceQuestion);
        return AnalysisPipeline.send(request, slices.get(0), question, endpoint, hooks);
    }

    /** Builds the multi-slice request: the question's text, then each slice and its {@code SLICE n} part. */
    static AnalysisRequest toRequest(List<PreparedImage> slices, Question question, String sliceQuestion) {
        if (slices.isEmpty()) {
            throw new IllegalArgumentException("A multi-slice analysis needs at least one slice.");
        }
        AnalysisRequest single = AnalysisPipeline.toRequest(slices.get(0), question);
        List<EncodedImage> payloads = new ArrayList<>();
        for (PreparedImage slice : slices) {
            payloads.add(slice.payload());
        }
        return AnalysisRequest.ofSlices(single.promptText(), single.clinicalHistory(), payloads, sliceQuestion,
                single.systemPrompt(), single.maxTokens(), single.model());
    }
}
