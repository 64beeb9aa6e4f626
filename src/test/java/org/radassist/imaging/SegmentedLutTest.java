package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expansion of segmented palette LUT data, with segments written by hand from PS3.3 C.7.9.2. */
class SegmentedLutTest {

    @Test
    void discreteSegment_copiesEntries() {
        assertArrayEquals(new int[] {5, 6, 7}, SegmentedLut.expand(new int[] {0, 3, 5, 6, 7}, 3));
    }

    @Test
    void linearSegment_interpolatesFromPreviousEntry() {
        int[] words = {0, 1, 0, 1, 4, 400};

        assertArrayEquals(new int[] {0, 100, 200, 300, 400}, SegmentedLut.expand(words, 5));
    }

    @Test
    void indirectSegment_repeatsEarlierSegments() {
        // discrete [10, 20], linear to 40 in 2 steps, then repeat the first two segments.
        int[] words = {0, 2, 10, 20, 1, 2, 40, 2, 2, 0, 0};

        assertArrayEquals(new int[] {10, 20, 30, 40, 10, 20, 30, 40}, SegmentedLut.expand(words, 8));
    }

    @Test
    void expansion_stopsAtEntryCount() {
        assertArrayEquals(new int[] {1, 2}, SegmentedLut.expand(new int[] {0, 4, 1, 2, 3, 4}, 2));
    }

    @Test
    void linearSegmentFirst_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> SegmentedLut.expand(new int[] {1, 2, 9}, 4));
    }

    @Test
    void indirectPointingForward_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> SegmentedLut.expand(new int[] {2, 1, 9, 0}, 4));
    }

    @Test
    void unknownOpcode_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> SegmentedLut.expand(new int[] {7, 1, 0}, 4));
    }
}
