package org.radassist.imaging;

/**
 * Converts pixel-interleaved three-sample DICOM values to packed 0xRRGGBB, following the colour
 * spaces of PS3.3 C.7.6.3.1.2.
 */
final class ColourConversion {

    private ColourConversion() {
    }

    /**
     * Returns packed RGB for RGB, YBR_FULL, YBR_FULL_422 (already upsampled by the decoder),
     * YBR_PARTIAL_422/420, YBR_ICT and YBR_RCT, or {@code null} for any other interpretation.
     * JPEG 2000 decoders undo the ICT and RCT component transforms, so those samples are RGB.
     * Samples wider than 8 bits keep their high 8 bits.
     */
    static int[] toPackedRgb(String photometric, int[] samples, int bitsStored) {
        int shift = Math.max(0, bitsStored - 8);
        int count = samples.length / 3;
        int[] rgb = new int[count];
        switch (photometric) {
            case "RGB", "YBR_ICT", "YBR_RCT" -> {
                for (int i = 0; i < count; i++) {
                    int red = clamp(samples[3 * i] >> shift);
                    int green = clamp(samples[3 * i + 1] >> shift);
                    int blue = clamp(samples[3 * i + 2] >> shift);
                    rgb[i] = red << 16 | green << 8 | blue;
                }
            }
            case "YBR_FULL", "YBR_FULL_422" -> {
                for (int i = 0; i < count; i++) {
                    rgb[i] = fullYbrToRgb(samples[3 * i] >> shift, samples[3 * i + 1] >> shift,
                            samples[3 * i + 2] >> shift);
                }
            }
            case "YBR_PARTIAL_422", "YBR_PARTIAL_420" -> {
                for (int i = 0; i < count; i++) {
                    rgb[i] = partialYbrToRgb(samples[3 * i] >> shift, samples[3 * i + 1] >> shift,
                            samples[3 * i + 2] >> shift);
                }
            }
            default -> {
                return null;
            }
        }
        return rgb;
    }

    /** Converts full-range YCbCr (ITU-R BT.601 as in JPEG/JFIF) to packed RGB. */
    static int fullYbrToRgb(int y, int cb, int cr) {
        double red = y + 1.402 * (cr - 128);
        double green = y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128);
        double blue = y + 1.772 * (cb - 128);
        return clamp(red) << 16 | clamp(green) << 8 | clamp(blue);
    }

    /** Converts partial-range YCbCr (Y 16..235, Cb and Cr 16..240) to packed RGB. */
    static int partialYbrToRgb(int y, int cb, int cr) {
        double luma = 1.1644 * (y - 16);
        double red = luma + 1.5960 * (cr - 128);
        double green = luma - 0.3918 * (cb - 128) - 0.8130 * (cr - 128);
        double blue = luma + 2.0172 * (cb - 128);
        return clamp(red) << 16 | clamp(green) << 8 | clamp(blue);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
