package org.radassist.imaging;

import java.util.Arrays;

/**
 * Expands Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2) into plain LUT entries.
 *
 * <p>The data is a sequence of 16-bit words forming segments: discrete (opcode 0, length n, then n
 * entries), linear (opcode 1, length n, then the end value: n entries interpolated from the
 * previous entry to it) and indirect (opcode 2, segment count n, then a 32-bit word offset, low
 * word first: the n segments starting at that offset are expanded again).
 */
final class SegmentedLut {

    private static final int DISCRETE = 0;
    private static final int LINEAR = 1;
    private static final int INDIRECT = 2;
    /** Nesting limit for indirect segments, so a segment that points at itself cannot loop forever. */
    private static final int MAX_INDIRECT_DEPTH = 8;

    private SegmentedLut() {
    }

    /**
     * Expands the segments to at most {@code entryCount} entries.
     *
     * @throws IllegalArgumentException when the segments are malformed
     */
    static int[] expand(int[] words, int entryCount) {
        Output output = new Output(entryCount);
        expandSegments(words, 0, Integer.MAX_VALUE, output, 0);
        return output.result();
    }

    private static void expandSegments(int[] words, int start, int segmentLimit, Output output, int depth) {
        int position = start;
        int segments = 0;
        while (position < words.length && segments < segmentLimit && !output.full()) {
            if (position + 1 >= words.length) {
                throw new IllegalArgumentException("segment header cut short at word " + position);
            }
            int opcode = words[position] & 0xFFFF;
            int length = words[position + 1] & 0xFFFF;
            switch (opcode) {
                case DISCRETE -> {
                    if (position + 2 + length > words.length) {
                        throw new IllegalArgumentException("discrete segment at word " + position + " is cut short");
                    }
                    for (int i = 0; i < length; i++) {
                        output.add(words[position + 2 + i] & 0xFFFF);
                    }
                    position += 2 + length;
                }
                case LINEAR -> {
                    if (position + 2 >= words.length || output.isEmpty()) {
                        throw new IllegalArgumentException("linear segment at word " + position
                                + " has no end value or no previous entry");
                    }
                    double from = output.last();
                    int to = words[position + 2] & 0xFFFF;
                    for (int i = 1; i <= length; i++) {
                        output.add((int) Math.round(from + (to - from) * i / length));
                    }
                    position += 3;
                }
                case INDIRECT -> {
                    if (position + 3 >= words.length || depth >= MAX_INDIRECT_DEPTH) {
                        throw new IllegalArgumentException("indirect segment at word " + position + " is invalid");
                    }
                    long offset = (words[position + 2] & 0xFFFFL) | (words[position + 3] & 0xFFFFL) << 16;
                    if (offset >= position) {
                        throw new IllegalArgumentException("indirect segment at word " + position
                                + " points forward to word " + offset);
                    }
                    expandSegments(words, (int) offset, length, output, depth + 1);
                    position += 4;
                }
                default -> throw new IllegalArgumentException("unknown segment opcode " + opcode + " at word " + position);
            }
            segments++;
        }
    }

    /** Collects expanded entries up to the descriptor's entry count. */
    private static final class Output {
        private final int[] entries;
        private int size;

        Output(int capacity) {
            entries = new int[capacity];
        }

        void add(int value) {
            if (size < entries.length) {
                entries[size++] = value;
            }
        }

        boolean full() {
            return size >= entries.length;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int last() {
            return entries[size - 1];
        }

        int[] result() {
            return Arrays.copyOf(entries, size);
        }
    }
}
