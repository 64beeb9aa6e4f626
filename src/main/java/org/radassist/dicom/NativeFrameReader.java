package org.radassist.dicom;

import java.nio.file.Path;

/**
 * Reader of frames from native (uncompressed) pixel data, already in little endian byte order.
 * Returns raw samples, pixel-interleaved, before masking to Bits Stored.
 */
final class NativeFrameReader {

    private final Path file;
    private final long elementOffset;
    private final ImageDescription image;
    private final byte[] data;
    private final int dataOffset;
    private final int dataLength;
    private final boolean ybrFull422;

    /**
     * Creates a reader over {@code dataLength} bytes of {@code data}; {@code elementOffset} is the
     * byte offset of the pixel data in the file, for error messages.
     */
    NativeFrameReader(Path file, long elementOffset, ImageDescription image, byte[] data, int dataOffset,
            int dataLength) {
        this.file = file;
        this.elementOffset = elementOffset;
        this.image = image;
        this.data = data;
        this.dataOffset = dataOffset;
        this.dataLength = dataLength;
        this.ybrFull422 = image.samplesPerPixel() == 3 && image.bitsAllocated() == 8
                && "YBR_FULL_422".equals(image.photometricInterpretation());
    }

    /** Returns whether YBR_FULL_422 data is expanded to one Y, Cb and Cr per pixel (YBR_FULL). */
    boolean expandsYbrFull422() {
        return ybrFull422;
    }

    int[] readFrame(int index) throws DicomException {
        long samples = image.samplesPerFrame();
        if (ybrFull422) {
            return readYbrFull422(index);
        }
        long frameBits = samples * image.bitsAllocated();
        long startBit = frameBits * index;
        long endByte = (startBit + frameBits + 7) / 8;
        if (endByte > dataLength) {
            throw new DicomException(file, elementOffset, DicomException.Reason.TRUNCATED, String.format(
                    "pixel data has %d bytes but frame %d needs bytes %d to %d", dataLength, index, startBit / 8,
                    endByte));
        }

        int count = (int) samples;
        int[] values = new int[count];
        int start = dataOffset + (int) (startBit / 8);
        switch (image.bitsAllocated()) {
            case 8 -> {
                for (int i = 0; i < count; i++) {
                    values[i] = data[start + i] & 0xFF;
                }
            }
            case 16 -> {
                for (int i = 0; i < count; i++) {
                    int at = start + 2 * i;
                    values[i] = (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
                }
            }
            case 32 -> {
                for (int i = 0; i < count; i++) {
                    int at = start + 4 * i;
                    values[i] = (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16
                            | (data[at + 3] & 0xFF) << 24;
                }
            }
            default -> readPackedBits(startBit, values);
        }

        if (image.planarConfiguration() == 1 && image.samplesPerPixel() > 1) {
            return interleave(values, image.samplesPerPixel());
        }
        return values;
    }

    /**
     * Reads samples narrower than a byte boundary (Bits Allocated 1 or 12) as a little endian bit
     * stream: the first sample sits in the least significant bits of the first byte.
     */
    private void readPackedBits(long startBit, int[] values) {
        int width = image.bitsAllocated();
        long bit = startBit;
        for (int i = 0; i < values.length; i++) {
            int value = 0;
            for (int b = 0; b < width; ) {
                int byteIndex = dataOffset + (int) (bit >>> 3);
                int bitInByte = (int) (bit & 7);
                int take = Math.min(8 - bitInByte, width - b);
                int chunk = ((data[byteIndex] & 0xFF) >>> bitInByte) & ((1 << take) - 1);
                value |= chunk << b;
                b += take;
                bit += take;
            }
            values[i] = value;
        }
    }

    /** Converts plane-by-plane samples (Planar Configuration 1) to pixel-interleaved order. */
    static int[] interleave(int[] planar, int samplesPerPixel) {
        int pixels = planar.length / samplesPerPixel;
        int[] interleaved = new int[planar.length];
        for (int s = 0; s < samplesPerPixel; s++) {
            for (int p = 0; p < pixels; p++) {
                interleaved[p * samplesPerPixel + s] = planar[s * pixels + p];
            }
        }
        return interleaved;
    }

    /** Expands YBR_FULL_422 (Y Y Cb Cr for each pair of pixels in a row) to Y Cb Cr per pixel. */
    private int[] readYbrFull422(int index) throws DicomException {
        int rows = image.rows();
        int columns = image.columns();
        int rowBytes = (columns + 1) / 2 * 4;
        long frameBytes = (long) rowBytes * rows;
        long start = frameBytes * index;
        if (start + frameBytes > dataLength) {
            throw new DicomException(file, elementOffset, DicomException.Reason.TRUNCATED, String.format(
                    "YBR_FULL_422 pixel data has %d bytes but frame %d needs bytes %d to %d", dataLength, index,
                    start, start + frameBytes));
        }
        int[] values = new int[rows * columns * 3];
        for (int y = 0; y < rows; y++) {
            int rowStart = dataOffset + (int) start + y * rowBytes;
            for (int x = 0; x < columns; x++) {
                int pair = rowStart + (x / 2) * 4;
                int out = (y * columns + x) * 3;
                values[out] = data[pair + (x & 1)] & 0xFF;
                values[out + 1] = data[pair + 2] & 0xFF;
                values[out + 2] = data[pair + 3] & 0xFF;
            }
        }
        return values;
    }
}
