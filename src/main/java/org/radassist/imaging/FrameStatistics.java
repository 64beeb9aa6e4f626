package org.radassist.imaging;

/**
 * The value range of a grey frame: smallest and largest stored value (padding included) and
 * smallest and largest modality value as float (padding left out, unless every pixel is padding).
 *
 * <p>For a finite Rescale the modality range comes from the stored range alone, because
 * {@code (float) (stored * slope + intercept)} never decreases as the stored value grows (with
 * slope ≥ 0) or never increases (slope < 0), in IEEE arithmetic too. Only a Modality LUT needs
 * the per-pixel pass.
 */
record FrameStatistics(int minStored, int maxStored, float minModality, float maxModality) {

    static FrameStatistics of(int[] stored, ModalityTransform transform, PixelPadding padding) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : stored) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        int imageMin = min;
        int imageMax = max;
        int paddingMin = Integer.MAX_VALUE;
        int paddingMax = Integer.MIN_VALUE;
        // A second pass only when padding values can occur in this frame.
        if (padding != null && padding.low() <= max && padding.high() >= min) {
            imageMin = Integer.MAX_VALUE;
            imageMax = Integer.MIN_VALUE;
            for (int value : stored) {
                if (padding.contains(value)) {
                    paddingMin = Math.min(paddingMin, value);
                    paddingMax = Math.max(paddingMax, value);
                } else {
                    imageMin = Math.min(imageMin, value);
                    imageMax = Math.max(imageMax, value);
                }
            }
        }

        if (!(transform instanceof ModalityTransform.Rescale rescale)
                || !Double.isFinite(rescale.slope()) || !Double.isFinite(rescale.intercept())) {
            return perPixel(stored, transform, padding, min, max);
        }
        boolean ascending = rescale.slope() >= 0;
        if (imageMin <= imageMax) {
            float low = (float) rescale.apply(ascending ? imageMin : imageMax);
            float high = (float) rescale.apply(ascending ? imageMax : imageMin);
            return new FrameStatistics(min, max, low, high);
        }
        // Every pixel is padding: the statistics fall back to the smallest padding modality value.
        float paddingLow = (float) rescale.apply(ascending ? paddingMin : paddingMax);
        return new FrameStatistics(min, max, paddingLow, paddingLow);
    }

    /** Computes the modality range pixel by pixel, for transforms that need not be monotonic. */
    static FrameStatistics perPixel(int[] stored, ModalityTransform transform, PixelPadding padding, int minStored,
            int maxStored) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        float paddingMin = Float.POSITIVE_INFINITY;
        for (int value : stored) {
            float modality = (float) transform.apply(value);
            if (padding != null && padding.contains(value)) {
                paddingMin = Math.min(paddingMin, modality);
                continue;
            }
            min = Math.min(min, modality);
            max = Math.max(max, modality);
        }
        if (min > max) {
            // Every pixel is padding: the statistics fall back to the padding values themselves.
            min = paddingMin;
            max = paddingMin;
        }
        return new FrameStatistics(minStored, maxStored, min, max);
    }
}
