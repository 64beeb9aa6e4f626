package org.radassist.imaging;

/**
 * Renders a {@link StudyImage} for an interactive viewer as packed opaque ARGB pixels
 * (0xFFRRGGBB, row by row), ready for a JavaFX {@code PixelWriter}. The grey levels equal those of
 * {@link DisplayRenderer} (VOI, then the MONOCHROME1 inversion, padding at the window's minimum),
 * but one pass writes the final pixels, so a window/level drag re-renders a 1576 × 1976 CR in a
 * few milliseconds instead of building a {@link java.awt.image.BufferedImage} first.
 */
public final class ArgbRenderer {

    private static final int OPAQUE = 0xFF000000;

    private ArgbRenderer() {
    }

    /** Renders with the file's own VOI, as {@link DisplayRenderer#render(StudyImage)} does. */
    public static int[] render(StudyImage image) {
        if (image.isGrey() && image.windows().isEmpty() && !image.voiLuts().isEmpty()) {
            return renderVoiLut(image, image.voiLuts().get(0));
        }
        return render(image, DisplayRenderer.defaultWindow(image), image.voiLutFunction());
    }

    /**
     * Renders grey images through {@code window} with {@code function}, rounding half up to
     * 0..255; colour images are copied unchanged and ignore the window.
     *
     * @throws IllegalArgumentException when a grey image gets no window
     */
    public static int[] render(StudyImage image, Window window, VoiLutFunction function) {
        if (!image.isGrey()) {
            int[] rgb = image.rgb;
            int[] argb = new int[rgb.length];
            for (int i = 0; i < rgb.length; i++) {
                argb[i] = OPAQUE | rgb[i];
            }
            return argb;
        }
        if (window == null) {
            throw new IllegalArgumentException("A window is required to render grey image " + image);
        }
        StoredValueTables.Range range = StoredValueTables.rangeOf(image);
        if (range != null) {
            // The same table DisplayRenderer reads: VOI, MONOCHROME1 inversion and padding in one entry.
            byte[] table = StoredValueTables.windowGrey(image.modalityTransform(), window, function,
                    image.monochrome1(), image.pixelPadding().orElse(null), range);
            int[] stored = image.storedValuesArray();
            int first = range.first();
            int[] argb = new int[stored.length];
            for (int i = 0; i < stored.length; i++) {
                argb[i] = grey(table[stored[i] - first] & 0xFF);
            }
            return argb;
        }
        float[] values = image.computeModalityValues();
        int[] argb = new int[values.length];
        int flip = image.monochrome1() ? 255 : 0;
        double center = window.center();
        double width = window.width();
        if (function == VoiLutFunction.LINEAR) {
            renderLinear(values, center, width, flip, argb);
        } else {
            for (int i = 0; i < values.length; i++) {
                argb[i] = grey(flip ^ (int) Math.round(function.apply(values[i], center, width)));
            }
        }
        if (image.pixelPadding().isPresent()) {
            int minimum = grey(flip);
            for (int i = 0; i < argb.length; i++) {
                if (image.isPadding(i)) {
                    argb[i] = minimum;
                }
            }
        }
        return argb;
    }

    /**
     * Applies PS3.3 C.11.2.1.2.1 (LINEAR) with the same arithmetic as
     * {@link VoiLutFunction#LINEAR}, inlined so the loop needs no call per pixel. Because
     * {@code 255 - v} equals {@code 255 ^ v} for v in 0..255, XOR with {@code flip} inverts
     * MONOCHROME1 after the VOI.
     */
    private static void renderLinear(float[] values, double center, double width, int flip, int[] argb) {
        double lower = center - 0.5 - (width - 1) / 2;
        double upper = center - 0.5 + (width - 1) / 2;
        double shift = center - 0.5;
        double divisor = width - 1;
        int black = grey(flip);
        int white = grey(255 ^ flip);
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (x <= lower) {
                argb[i] = black;
            } else if (x > upper) {
                argb[i] = white;
            } else {
                argb[i] = grey(flip ^ (int) Math.round(((x - shift) / divisor + 0.5) * 255));
            }
        }
    }

    private static int[] renderVoiLut(StudyImage image, VoiLut voiLut) {
        float[] values = image.computeModalityValues();
        int[] argb = new int[values.length];
        int flip = image.monochrome1() ? 255 : 0;
        for (int i = 0; i < values.length; i++) {
            argb[i] = grey(flip ^ (image.isPadding(i) ? 0 : voiLut.apply(values[i])));
        }
        return argb;
    }

    private static int grey(int level) {
        return OPAQUE | level << 16 | level << 8 | level;
    }
}
