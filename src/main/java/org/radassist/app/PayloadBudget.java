package org.radassist.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radassist.imaging.ImageFormat;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.AnalysisRequest;
import org.radassist.inference.ChatCompletionsRequest;
import org.radassist.inference.EndpointConfig;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;

/**
 * Fits the request body into the profile's maximum payload before anything is sent: first a lower
 * JPEG quality (0.85, then 0.75), then a smaller image (896, 768, 640, then 512 px a side). A PNG
 * keeps its format and only gets smaller.
 */
final class PayloadBudget {

    static final float[] JPEG_QUALITY_STEPS = {0.85f, 0.75f};
    static final int[] MAX_SIDE_STEPS = {896, 768, 640, 512};

    private PayloadBudget() {
    }

    /**
     * Returns the prepared image itself when its request fits, or a smaller preparation that fits.
     *
     * @param options the options {@code prepared} was made with
     * @throws EndpointException of class {@link ErrorClass#PAYLOAD_TOO_LARGE} when even the smallest step does not fit
     */
    static PayloadFit fit(PreparedImage prepared, ModelInputOptions options, Question question,
                          ResolvedEndpoint endpoint) throws EndpointException, ImageLoadException {
        EndpointConfig config = endpoint.config();
        long limit = config.maxPayloadBytes();
        long size = requestBytes(prepared, question, config);
        if (size <= limit) {
            return new PayloadFit(prepared, size, null);
        }
        PreparedImage candidate = prepared;
        for (ModelInputOptions step : steps(options, Math.max(prepared.payload().width(), prepared.payload().height()))) {
            candidate = AnalysisPipeline.prepare(prepared.image(), step);
            size = requestBytes(candidate, question, config);
            if (size <= limit) {
                String note = String.format(Locale.ROOT, "The image was reduced to fit the %d-byte request limit of"
                        + " profile '%s': %dx%d %s%s, %d bytes of image, %d bytes of request.", limit,
                        endpoint.profile(), candidate.payload().width(), candidate.payload().height(),
                        step.format(), step.format() == ImageFormat.JPEG ? " quality " + step.jpegQuality() : "",
                        candidate.payload().byteCount(), size);
                return new PayloadFit(candidate, size, note);
            }
        }
        String detail = String.format(Locale.ROOT, "the request is still %d bytes with a %dx%d image, above the"
                + " %d-byte limit of profile '%s'", size, candidate.payload().width(), candidate.payload().height(),
                limit, endpoint.profile());
        throw EndpointException.of(ErrorClass.PAYLOAD_TOO_LARGE, EndpointException.NO_STATUS, "", config.host(),
                detail, null);
    }

    /** Lists the reductions to try in order; each is smaller than the one before. */
    static List<ModelInputOptions> steps(ModelInputOptions options, int currentSide) {
        List<ModelInputOptions> steps = new ArrayList<>();
        float quality = options.jpegQuality();
        if (options.format() == ImageFormat.JPEG) {
            for (float step : JPEG_QUALITY_STEPS) {
                if (step < quality) {
                    quality = step;
                    steps.add(new ModelInputOptions(options.format(), quality, options.maxSide(), options.ctWindows()));
                }
            }
        }
        for (int side : MAX_SIDE_STEPS) {
            if (side < currentSide) {
                steps.add(new ModelInputOptions(options.format(), quality, side, options.ctWindows()));
            }
        }
        return steps;
    }

    /** Returns the size of the request body with {@code "stream": true}, the larger of the two forms. */
    static long requestBytes(PreparedImage prepared, Question question, EndpointConfig config) {
        AnalysisRequest request = AnalysisPipeline.toRequest(prepared, question);
        return ChatCompletionsRequest.from(request, config.model(), true).toJsonBytes(config.api()).length;
    }
}
