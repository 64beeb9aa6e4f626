package org.radassist.imaging;

/**
 * Windows computed from an image's own modality values, for images whose modality has no fixed
 * presets (CR, DX, MR and others): a percentile window that ignores a few extreme pixels, and the
 * min-max window. Pixel padding is left out.
 */
public final class AutoWindows {

    /** Share of pixels left out at each end by {@link #auto(StudyImage)}. */
    public static final double AUTO_TAIL = 0.005;
    /** Share of pixels left out at each end by {@link #highContrast(StudyImage)}. */
    public static final double HIGH_CONTRAST_TAIL = 0.05;

    private static final int BINS = 4096;

    private AutoWindows() {
    }

    /** Returns the window from the 0.5th to the 99.5th percentile, named "auto"; null for colour images. */
    public static Window auto(StudyImage image) {
        return percentileWindow(image, AUTO_TAIL, "auto");
    }

    /** Returns the window from the 5th to the 95th percentile, named "high contrast"; null for colour. */
    public static Window highContrast(StudyImage image) {
        return percentileWindow(image, HIGH_CONTRAST_TAIL, "high contrast");
    }

    /**
     * Returns the window from the {@code tail} to the {@code 1 - tail} quantile of the modality
     * values (width at least 1), found with a 4096-bin histogram between the minimum and
     * maximum, so the edges are exact to 1/4096 of the value range.
     */
    static Window percentileWindow(StudyImage image, double tail, String name) {
        if (!image.isGrey()) {
            return null;
        }
        double min = image.minModalityValue();
        double max = image.maxModalityValue();
        if (!(max > min)) {
            return new Window(min + 0.5, 1, name);
        }

        float[] values = image.computeModalityValues();
        long[] histogram = new long[BINS];
        double binsPerValue = BINS / (max - min);
        long counted = 0;
        for (int i = 0; i < values.length; i++) {
            if (image.isPadding(i)) {
                continue;
            }
            int bin = (int) ((values[i] - min) * binsPerValue);
            histogram[Math.min(BINS - 1, Math.max(0, bin))]++;
            counted++;
        }

        long lowCount = (long) Math.floor(counted * tail);
        long highCount = (long) Math.ceil(counted * (1 - tail));
        int lowBin = 0;
        long cumulative = 0;
        while (lowBin < BINS - 1 && cumulative + histogram[lowBin] <= lowCount) {
            cumulative += histogram[lowBin++];
        }
        int highBin = lowBin;
        while (highBin < BINS - 1 && cumulative + histogram[highBin] < highCount) {
            cumulative += histogram[highBin++];
        }

        double low = min + lowBin / binsPerValue;
        double high = min + (highBin + 1) / binsPerValue;
        return new Window((low + high) / 2, Math.max(1, high - low), name);
    }
}
