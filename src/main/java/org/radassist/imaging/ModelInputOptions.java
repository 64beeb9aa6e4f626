package org.radassist.imaging;

import java.util.Objects;

/**
 * Settings of the model input preparation.
 *
 * @param format JPEG or PNG encoding
 * @param jpegQuality JPEG quality in (0, 1]; ignored for PNG
 * @param maxSide largest side in pixels after padding to a square; larger images are scaled
 *     down, never up; 0 keeps the original size
 * @param ctWindows HU ranges of the three CT channels
 */
public record ModelInputOptions(ImageFormat format, float jpegQuality, int maxSide, CtWindowSet ctWindows) {

    /** MedGemma encodes every image at 896×896, so larger inputs only add payload. */
    public static final int DEFAULT_MAX_SIDE = 896;

    /** JPEG quality of the MedGemma serving container's default (95). */
    public static final float DEFAULT_JPEG_QUALITY = 0.95f;

    public ModelInputOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(ctWindows, "ctWindows");
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("JPEG quality must be in (0, 1]: " + jpegQuality);
        }
        if (maxSide < 0) {
            throw new IllegalArgumentException("Maximum side must be 0 (keep size) or positive: " + maxSide);
        }
    }

    /** Returns JPEG at quality 0.95, at most 896 px a side, and the notebook's CT windows. */
    public static ModelInputOptions defaults() {
        return new ModelInputOptions(ImageFormat.JPEG, DEFAULT_JPEG_QUALITY, DEFAULT_MAX_SIDE, CtWindowSet.NOTEBOOK);
    }

    public ModelInputOptions withFormat(ImageFormat value) {
        return new ModelInputOptions(value, jpegQuality, maxSide, ctWindows);
    }

    public ModelInputOptions withMaxSide(int value) {
        return new ModelInputOptions(format, jpegQuality, value, ctWindows);
    }

    public ModelInputOptions withCtWindows(CtWindowSet value) {
        return new ModelInputOptions(format, jpegQuality, maxSide, value);
    }
}
