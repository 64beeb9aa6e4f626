package org.radassist.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
 * keeps its format and only gets smaller. The images of a multi-slice request all get the same
 * reduction, so the slices stay comparable.
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
        return fit(List.of(prepared), options, endpoint,
                images -> AnalysisPipeline.toRequest(images.get(0), question));
    }

    /**
     * Returns the images themselves when their request fits, or the same images all reduced by the
     * first step that makes the request fit.
     *
     * @param options the options the images were made with
     * @param toRequest builds the request that would carry the images
     * @throws EndpointException of class {@link ErrorClass#PAYLOAD_TOO_LARGE} when even the smallest step does not fit
     */
    static PayloadFit fit(List<PreparedImage> images, ModelInputOptions options, ResolvedEndpoint endpoint,
                          Function<List<PreparedImage>, AnalysisRequest> toRequest)
            throws EndpointException, ImageLoadException {
        EndpointConfig config = endpoint.config();
        long limit = config.maxPayloadBytes();
        long size = requestBytes(toRequest.apply(images), config);
        if (size <= limit) {
            return new PayloadFit(images, size, null);
        }
        List<PreparedImage> candidates = images;
        for (ModelInputOptions step : steps(options, largestSide(images))) {
            candidates = new ArrayList<>();
            for (PreparedImage image : images) {
                candidates.add(AnalysisPipeline.prepare(image.image(), step));
            }
            size = requestBytes(toRequest.apply(candidates), config);
            if (size <= limit) {
                return new PayloadFit(candidates, size, reducedNote(candidates, step, size, limit, endpoint));
            }
        }
        PreparedImage first = candidates.get(0);
        String dimensions = first.payload().width() + "x" + first.payload().height();
        String sent = candidates.size() == 1 ? "a " + dimensions + " image" : candidates.size() + " images of " + dimensions;
        String detail = String.format(Locale.ROOT, "the request is still %d bytes with %s, above the %d-byte limit"
                + " of profile '%s'", size, sent, limit, endpoint.profile());
        throw EndpointException.of(ErrorClass.PAYLOAD_TOO_LARGE, EndpointException.NO_STATUS, "", config.host(),
                detail, null);
    }

    private static String reducedNote(List<PreparedImage> images, ModelInputOptions step, long size, long limit,
                                      ResolvedEndpoint endpoint) {
        PreparedImage first = images.get(0);
        String encoding = step.format() + (step.format() == ImageFormat.JPEG ? " quality " + step.jpegQuality() : "");
        if (images.size() == 1) {
            return String.format(Locale.ROOT, "The image was reduced to fit the %d-byte request limit of"
                    + " profile '%s': %dx%d %s, %d bytes of image, %d bytes of request.", limit,
                    endpoint.profile(), first.payload().width(), first.payload().height(), encoding,
                    first.payload().byteCount(), size);
        }
        long imageBytes = images.stream().mapToLong(image -> image.payload().byteCount()).sum();
        return String.format(Locale.ROOT, "The %d images were each reduced to fit the %d-byte request limit of"
                + " profile '%s': %dx%d %s, %d bytes of images, %d bytes of request.", images.size(), limit,
                endpoint.profile(), first.payload().width(), first.payload().height(), encoding, imageBytes, size);
    }

    private static int largestSide(List<PreparedImage> images) {
        int side = 0;
        for (PreparedImage image : images) {
            side = Math.max(side, Math.max(image.payload().width(), image.payload().height()));
        }
        return side;
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
    static long requestBytes(AnalysisRequest request, EndpointConfig config) {
        return ChatCompletionsRequest.from(request, config.model(), true).toJsonBytes(config.api()).length;
    }
}
