package org.radassist.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * A display image as packed opaque ARGB pixels, row by row, ready for a JavaFX
 * {@code PixelWriter}. Building it is plain Java, so it happens on the background thread that
 * rendered the image.
 *
 * @param width columns
 * @param height rows
 * @param argb {@code width * height} pixels, 0xFFRRGGBB
 */
public record DisplayPixels(int width, int height, int[] argb) {

    public DisplayPixels {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("invalid display image size " + width + " x " + height);
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException(
                    "pixel array length " + argb.length + " does not match " + width + " x " + height);
        }
    }

    /**
     * Converts a rendered image. Single-band images are copied grey level for grey level:
     * {@link BufferedImage#getRGB} would treat TYPE_BYTE_GRAY as linear grey and brighten mid
     * greys (128 becomes 188) on the way to sRGB. 16-bit grey keeps its top 8 bits.
     */
    public static DisplayPixels from(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && isWholeBuffer(raster, width, height)) {
            return fromGreyBytes(width, height, ((DataBufferByte) raster.getDataBuffer()).getData());
        }
        if (raster.getNumBands() != 1 || image.getColorModel().getNumComponents() != 1) {
            return new DisplayPixels(width, height, image.getRGB(0, 0, width, height, null, 0, width));
        }

        int shift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
        int[] samples = raster.getSamples(0, 0, width, height, 0, (int[]) null);
        int[] argb = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            int grey = Math.min(255, samples[i] >>> shift);
            argb[i] = 0xFF000000 | grey << 16 | grey << 8 | grey;
        }
        return new DisplayPixels(width, height, argb);
    }

    /** Reads 8-bit grey straight from the data buffer, one grey level to one opaque ARGB pixel. */
    private static DisplayPixels fromGreyBytes(int width, int height, byte[] grey) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | (grey[i] & 0xFF) * 0x010101;
        }
        return new DisplayPixels(width, height, argb);
    }

    /** Returns whether the raster's pixels are its whole data buffer, row after row without gaps. */
    private static boolean isWholeBuffer(Raster raster, int width, int height) {
        return raster.getParent() == null && raster.getMinX() == 0 && raster.getMinY() == 0
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel sampleModel
                && sampleModel.getScanlineStride() == width && sampleModel.getPixelStride() == 1
                && raster.getDataBuffer().getSize() == width * height && raster.getDataBuffer().getOffset() == 0;
    }
}
