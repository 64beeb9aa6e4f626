package org.radassist.cli;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes 8-bit grey and 8-bit RGB images as PNG (ISO/IEC 15948) with a fast zlib level, for batch
 * rendering. Compared with ImageIO's PNG writer it trades file size for time (on the 512×512 CT
 * phantom's grey rendering 47 KB against 44 KB, in less than half the time), and it does not load
 * ImageIO's plug-in registry.
 * PNG is lossless at every level, so the pixels are the same.
 *
 * <p>Grey rows are not filtered (type 0): a windowed grey rendering has large flat areas at 0 and
 * 255, and on the 512×512 CT phantom no filter gave both the smallest file (47 KB against 52 KB
 * with Paeth) and the fastest encoding. RGB rows use the Paeth filter (type 4), which predicts a
 * pixel from its left, upper and upper-left neighbours. Rows go to the deflater one at a time.
 */
final class PngEncoder {

    /** zlib level: 1 is the fastest level that still compresses. */
    static final int DEFAULT_LEVEL = 1;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COLOUR_TYPE_GREY = 0;
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int FILTER_NONE = 0;
    private static final int FILTER_PAETH = 4;

    private PngEncoder() {
    }

    /** Returns whether {@link #write} takes the image; others go to ImageIO. */
    static boolean supports(BufferedImage image) {
        return greyBytes(image) != null || packedRgb(image) != null;
    }

    /**
     * Writes the image as PNG.
     *
     * @throws IllegalArgumentException when {@link #supports} is false for the image
     */
    static void write(BufferedImage image, OutputStream out, int level) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] grey = greyBytes(image);
        int[] rgb = grey == null ? packedRgb(image) : null;
        if (grey == null && rgb == null) {
            throw new IllegalArgumentException("PngEncoder takes 8-bit grey or RGB images, not type "
                    + image.getType());
        }
        int bytesPerPixel = grey != null ? 1 : 3;

        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        writeInt(header, width);
        writeInt(header, height);
        header.write(8);
        header.write(grey != null ? COLOUR_TYPE_GREY : COLOUR_TYPE_RGB);
        header.write(0); // compression method 0: zlib deflate
        header.write(0); // filter method 0: the five adaptive filter types
        header.write(0); // no interlace
        writeChunk(out, "IHDR", header.toByteArray());

        int rowBytes = width * bytesPerPixel;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(rowBytes * height / 3 + 1024);
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            byte[] previous = new byte[rowBytes];
            byte[] current = new byte[rowBytes];
            byte[] filtered = new byte[rowBytes + 1];
            for (int y = 0; y < height; y++) {
                if (grey != null) {
                    filtered[0] = FILTER_NONE;
                    System.arraycopy(grey, y * width, filtered, 1, width);
                } else {
                    filtered[0] = FILTER_PAETH;
                    unpackRow(rgb, y * width, width, current);
                    paeth(current, previous, bytesPerPixel, filtered);
                }
                zlib.write(filtered);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        writeChunk(out, "IDAT", compressed.toByteArray());
        writeChunk(out, "IEND", new byte[0]);
    }

    /** Writes the Paeth differences of one row after the filter type byte at filtered[0]. */
    static void paeth(byte[] row, byte[] above, int bytesPerPixel, byte[] filtered) {
        for (int i = 0; i < bytesPerPixel; i++) {
            // The first pixel has no left or upper-left neighbour, so Paeth predicts from above.
            filtered[i + 1] = (byte) (row[i] - above[i]);
        }
        for (int i = bytesPerPixel; i < row.length; i++) {
            int left = row[i - bytesPerPixel] & 0xFF;
            int up = above[i] & 0xFF;
            int upperLeft = above[i - bytesPerPixel] & 0xFF;
            int estimate = left + up - upperLeft;
            int distanceLeft = Math.abs(estimate - left);
            int distanceUp = Math.abs(estimate - up);
            int distanceUpperLeft = Math.abs(estimate - upperLeft);
            int predictor;
            if (distanceLeft <= distanceUp && distanceLeft <= distanceUpperLeft) {
                predictor = left;
            } else if (distanceUp <= distanceUpperLeft) {
                predictor = up;
            } else {
                predictor = upperLeft;
            }
            filtered[i + 1] = (byte) (row[i] - predictor);
        }
    }

    private static void unpackRow(int[] rgb, int offset, int width, byte[] row) {
        for (int x = 0, j = 0; x < width; x++) {
            int pixel = rgb[offset + x];
            row[j++] = (byte) (pixel >>> 16);
            row[j++] = (byte) (pixel >>> 8);
            row[j++] = (byte) pixel;
        }
    }

    /** Returns the pixel bytes of a TYPE_BYTE_GRAY image whose buffer is exactly its pixels, else null. */
    private static byte[] greyBytes(BufferedImage image) {
        Raster raster = image.getRaster();
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY || !isWholeBuffer(raster)
                || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel sampleModel)
                || sampleModel.getPixelStride() != 1 || sampleModel.getScanlineStride() != image.getWidth()) {
            return null;
        }
        return ((DataBufferByte) raster.getDataBuffer()).getData();
    }

    /** Returns the pixels of a TYPE_INT_RGB image whose buffer is exactly its pixels, else null. */
    private static int[] packedRgb(BufferedImage image) {
        Raster raster = image.getRaster();
        if (image.getType() != BufferedImage.TYPE_INT_RGB || !isWholeBuffer(raster)
                || !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel sampleModel)
                || sampleModel.getScanlineStride() != image.getWidth()) {
            return null;
        }
        return ((DataBufferInt) raster.getDataBuffer()).getData();
    }

    private static boolean isWholeBuffer(Raster raster) {
        return raster.getParent() == null && raster.getMinX() == 0 && raster.getMinY() == 0
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getNumBanks() == 1 && raster.getDataBuffer().getOffset() == 0
                && raster.getDataBuffer().getSize() == raster.getWidth() * raster.getHeight();
    }

    private static void writeChunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeInt(out, data.length);
        out.write(typeBytes);
        out.write(data);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
