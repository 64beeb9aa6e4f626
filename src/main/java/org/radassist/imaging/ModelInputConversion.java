package org.radassist.imaging;

import java.util.Locale;

/**
 * Converts a {@link StudyImage} to the 8-bit RGB pixels MedGemma expects, before padding and
 * resizing. The rules follow the Google-Health/medgemma notebooks and serving code per modality.
 */
final class ModelInputConversion {

    private ModelInputConversion() {
    }

    /** Returns packed 0xRRGGBB pixels in row-major order, width × height of the image. */
    static int[] toRgb(StudyImage image, CtWindowSet ctWindows) {
        if (!image.isGrey()) {
            return image.rgb.clone();
        }
        if (image.kind() == ImageKind.PNG) {
            return greyToRgb(pngGrey(image));
        }
        String modality = image.modality().toUpperCase(Locale.ROOT);
        if (modality.equals("CT")) {
            return ctThreeWindow(image, ctWindows);
        }
        int[] grey = modality.equals("MR") ? minMaxScale(image) : projectionGrey(image);
        if (image.monochrome1()) {
            invert(grey);
        }
        return greyToRgb(grey);
    }

    /** Maps each pixel's HU value, in double precision, through the three channel ranges. */
    static int[] ctThreeWindow(StudyImage image, CtWindowSet ctWindows) {
        int[] stored = image.storedValuesArray();
        ModalityTransform transform = image.modalityTransform();
        int[] rgb = new int[stored.length];
        StoredValueTables.Range range = StoredValueTables.rangeOf(image);
        if (range != null) {
            int[] table = StoredValueTables.threeWindowRgb(transform, ctWindows, range);
            int first = range.first();
            for (int i = 0; i < stored.length; i++) {
                rgb[i] = table[stored[i] - first];
            }
            return rgb;
        }
        for (int i = 0; i < stored.length; i++) {
            rgb[i] = ctWindows.toRgb(transform.apply(stored[i]));
        }
        return rgb;
    }

    /**
     * Applies the file's first window with its VOI LUT Function (rounded half up, as the display
     * renders it), or, without a window, one min-max over the frame to 0..255. Used for CR, DX
     * and every grey modality other than CT and MR.
     */
    static int[] projectionGrey(StudyImage image) {
        if (image.windows().isEmpty()) {
            return minMaxScale(image);
        }
        Window window = image.windows().get(0);
        VoiLutFunction function = image.voiLutFunction();
        StoredValueTables.Range range = StoredValueTables.rangeOf(image);
        if (range != null) {
            // Without inversion and padding the table contains function.applyRounded(value, window).
            byte[] table = StoredValueTables.windowGrey(image.modalityTransform(), window, function, false, null,
                    range);
            int[] stored = image.storedValuesArray();
            int first = range.first();
            int[] grey = new int[stored.length];
            for (int i = 0; i < stored.length; i++) {
                grey[i] = table[stored[i] - first] & 0xFF;
            }
            return grey;
        }
        float[] values = image.computeModalityValues();
        int[] grey = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            grey[i] = function.applyRounded(values[i], window);
        }
        return grey;
    }

    /**
     * Scales modality values, in double precision, so the frame's minimum becomes 0 and its
     * maximum 255: (x - min) / (max - min) × 255, rounded half to even. A constant frame becomes 0.
     * Pixel padding is left out of the minimum and maximum and becomes 0.
     */
    static int[] minMaxScale(StudyImage image) {
        int[] stored = image.storedValuesArray();
        ModalityTransform transform = image.modalityTransform();
        double[] values = new double[stored.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < stored.length; i++) {
            double value = transform.apply(stored[i]);
            values[i] = value;
            if (image.isPadding(i)) {
                continue;
            }
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        int[] grey = new int[values.length];
        if (!(max > min)) {
            return grey;
        }
        double range = max - min;
        for (int i = 0; i < values.length; i++) {
            grey[i] = image.isPadding(i) ? 0 : (int) Math.rint((values[i] - min) / range * 255);
        }
        return grey;
    }

    /**
     * Returns the 8-bit grey values of a grey PNG. An 8-bit PNG is used as is. A 16-bit PNG
     * carries no window, so its values are scaled min-max to 0..255 like an MR slice. A 1-, 2- or
     * 4-bit PNG is scaled by 255 / (2^bits - 1), so its maximum code becomes 255.
     */
    static int[] pngGrey(StudyImage image) {
        int bits = image.bitsStored();
        int[] stored = image.storedValuesArray();
        if (bits == 8) {
            return stored.clone();
        }
        if (bits > 8) {
            return minMaxScale(image);
        }
        int maxCode = (1 << bits) - 1;
        int[] grey = new int[stored.length];
        for (int i = 0; i < stored.length; i++) {
            grey[i] = stored[i] * 255 / maxCode;
        }
        return grey;
    }

    private static void invert(int[] grey) {
        for (int i = 0; i < grey.length; i++) {
            grey[i] = 255 - grey[i];
        }
    }

    static int[] greyToRgb(int[] grey) {
        int[] rgb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int value = grey[i];
            rgb[i] = value << 16 | value << 8 | value;
        }
        return rgb;
    }
}
