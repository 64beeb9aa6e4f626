package org.radassist.app;

import java.util.ArrayList;
import java.util.List;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.AnalysisRequest;
import org.radassist.inference.EncodedImage;
import org.radassist.inference.EndpointException;
import org.radassist.study.Series;
import org.radassist.study.Slice;

/**
 * The main job for several slices of one series (MedGemma 1.5 multi-slice form): each chosen slice
 * becomes a model input, and one request sends them all. The model card states that multi-image
 * use is not evaluated.
 */
public final class MultiSliceAnalysis {

    /** Warning shown wherever a multi-slice request is sent. */
    public static final String NOT_EVALUATED = "Multi-image use is not evaluated by the MedGemma model card.";

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
     * Sends one request with every slice and parses the answer. The result's prepared image is the
     * first slice, and the audit record describes that slice only.
     *
     * @param sliceQuestion the text part after the last slice; null selects
     *     {@value AnalysisRequest#DEFAULT_SLICE_QUESTION}
     */
    public static AnalysisResult analyze(List<PreparedImage> slices, Question question, String sliceQuestion,
                                         ResolvedEndpoint endpoint, AnalysisHooks hooks) throws EndpointException {
        if (slices.isEmpty()) {
            throw new IllegalArgumentException("A multi-slice analysis needs at least one slice.");
        }
        AnalysisRequest single = AnalysisPipeline.toRequest(slices.get(0), question);
        List<EncodedImage> payloads = new ArrayList<>();
        for (PreparedImage slice : slices) {
            payloads.add(slice.payload());
        }
        AnalysisRequest request = AnalysisRequest.ofSlices(single.promptText(), single.clinicalHistory(), payloads,
                sliceQuestion, single.systemPrompt(), single.maxTokens(), single.model());
        // NOTE: the audit record contains the first slice's hash and size, because its format has one image.
        return AnalysisPipeline.send(request, slices.get(0), question, endpoint, hooks);
    }
}
