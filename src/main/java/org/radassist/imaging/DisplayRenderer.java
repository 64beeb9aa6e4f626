package org.radassist.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Renders a {@link StudyImage} for display: grey images go through a VOI window to an 8-bit
 * {@link BufferedImage#TYPE_BYTE_GRAY} image, with MONOCHROME1 inverted after the VOI stage.
 * Colour images are returned as {@link BufferedImage#TYPE_INT_RGB} and ignore the window.
 */
public final class DisplayRenderer {

    private DisplayRenderer() {
    }

    /**
     * Returns the window shown when a file opens: the file's first window, else the min-max
     * window of the modality values. Colour images have no window and get {@code null}.
     */
    public static Window defaultWindow(StudyImage image) {
        if (!image.isGrey()) {
            return null;
        }
        if (!image.windows().isEmpty()) {
            return image.windows().get(0);
        }
        return Window.ofRange(image.minModalityValue(), image.maxModalityValue());
    }

    /**
     * Renders with the file's own VOI: its first window with its VOI LUT Function, else its first
     * VOI LUT Sequence item, else the min-max window.
     */
    public static BufferedImage render(StudyImage image) {
        if (image.isGrey() && image.windows().isEmpty() && !image.voiLuts().isEmpty()) {
            return renderVoiLut(image, image.voiLuts().get(0));
        }
        return render(image, defaultWindow(image), image.voiLutFunction());
    }

    /** Renders a grey image through a VOI LUT, then inverts MONOCHROME1. */
    public static BufferedImage renderVoiLut(StudyImage image, VoiLut voiLut) {
        if (!image.isGrey()) {
            throw new IllegalArgumentException("A VOI LUT applies to grey images only, not " + image);
        }
        BufferedImage grey = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        float[] values = image.computeModalityValues();
        boolean invert = image.monochrome1();
        for (int i = 0; i < values.length; i++) {
            int display = image.isPadding(i) ? 0 : voiLut.apply(values[i]);
            target[i] = (byte) (invert ? 255 - display : display);
        }
        return grey;
    }

    /** Renders with the LINEAR VOI function, the standard's default. */
    public static BufferedImage render(StudyImage image, Window window) {
        return render(image, window, VoiLutFunction.LINEAR);
    }

    /**
     * Renders grey images through {@code window} with {@code function}, rounding half up to
     * 0..255; colour images are copied unchanged.
     */
    public static BufferedImage render(StudyImage image, Window window, VoiLutFunction function) {
        int width = image.width();
        int height = image.height();
        if (!image.isGrey()) {
            BufferedImage rgbImage = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            int[] target = ((DataBufferInt) rgbImage.getRaster().getDataBuffer()).getData();
            System.arraycopy(image.rgb, 0, target, 0, target.length);
            return rgbImage;
        }
        if (window == null) {
            throw new IllegalArgumentException("A window is required to render grey image " + image);
        }
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        StoredValueTables.Range range = StoredValueTables.rangeOf(image);
        if (range != null) {
            byte[] table = StoredValueTables.windowGrey(image.modalityTransform(), window, function,
                    image.monochrome1(), image.pixelPadding().orElse(null), range);
            lookUp(image.storedValuesArray(), table, range.first(), target);
            return grey;
        }
        applyVoi(image.computeModalityValues(), window, function, image.monochrome1(), target);
        if (image.pixelPadding().isPresent()) {
            showPaddingAtWindowMinimum(image, target);
        }
        return grey;
    }

    /** Writes {@code table[stored - first]} for each stored value into {@code target}. */
    static void lookUp(int[] stored, byte[] table, int first, byte[] target) {
        for (int i = 0; i < stored.length; i++) {
            target[i] = table[stored[i] - first];
        }
    }

    /** Sets pixel padding to the output of the window's minimum: black, or white for MONOCHROME1. */
    private static void showPaddingAtWindowMinimum(StudyImage image, byte[] target) {
        byte minimum = (byte) (image.monochrome1() ? 255 : 0);
        for (int i = 0; i < target.length; i++) {
            if (image.isPadding(i)) {
                target[i] = minimum;
            }
        }
    }

    /**
     * Writes the display values of {@code values} into {@code target}: VOI first, then the
     * MONOCHROME1 inversion (255 - value).
     */
    static void applyVoi(float[] values, Window window, VoiLutFunction function, boolean invert, byte[] target) {
        double center = window.center();
        double width = window.width();
        for (int i = 0; i < values.length; i++) {
            int display = (int) Math.round(function.apply(values[i], center, width));
            if (invert) {
                display = 255 - display;
            }
            target[i] = (byte) display;
        }
    }
}
