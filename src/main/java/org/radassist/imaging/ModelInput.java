package org.radassist.imaging;

import java.awt.image.BufferedImage;

/**
 * The image prepared for a MedGemma request.
 *
 * @param image padded, resized RGB image before encoding ({@link BufferedImage#TYPE_INT_RGB})
 * @param encoded PNG or JPEG bytes of {@code image}
 * @param format encoding of {@code encoded}
 */
public record ModelInput(BufferedImage image, byte[] encoded, ImageFormat format) {

    public String mimeType() {
        return format.mimeType();
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    @Override
    public String toString() {
        return "ModelInput[" + width() + "x" + height() + " " + format + ", " + encoded.length + " bytes]";
    }
}
