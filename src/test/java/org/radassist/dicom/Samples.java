package org.radassist.dicom;

import java.util.zip.CRC32;

/** Summaries of decoded frames for comparison with stored expectations. */
final class Samples {

    private Samples() {
    }

    static int min(int[] values) {
        int min = Integer.MAX_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    static int max(int[] values) {
        int max = Integer.MIN_VALUE;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    /**
     * Returns the CRC-32 as codecs/TRUTH.tsv defines it: over 16-bit little endian words when
     * Bits Allocated exceeds 8, else over bytes, in lower-case hexadecimal.
     */
    static String crc32(int[] values, int bitsAllocated) {
        CRC32 crc = new CRC32();
        for (int value : values) {
            crc.update(value & 0xFF);
            if (bitsAllocated > 8) {
                crc.update((value >> 8) & 0xFF);
            }
        }
        return String.format("%08x", crc.getValue());
    }

    /** Returns the samples of the pixel at (column, row) in a pixel-interleaved frame. */
    static int[] pixel(int[] values, int columns, int samplesPerPixel, int column, int row) {
        int start = (row * columns + column) * samplesPerPixel;
        int[] pixel = new int[samplesPerPixel];
        System.arraycopy(values, start, pixel, 0, samplesPerPixel);
        return pixel;
    }
}
