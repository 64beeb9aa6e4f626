package org.radassist.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SliceSamplingTest {

    private record Case(int sliceCount, int sampleCount, List<Integer> expected) {
    }

    @Test
    void uniform_indicesTable() {
        List<Case> cases = List.of(
                new Case(10, 3, List.of(0, 4, 9)),       // 4.5 rounds half to even
                new Case(11, 3, List.of(0, 5, 10)),
                new Case(100, 5, List.of(0, 25, 50, 74, 99)), // 24.75 -> 25, 74.25 -> 74
                new Case(9, 9, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8)),
                new Case(4, 6, List.of(0, 1, 2, 3)),
                new Case(7, 2, List.of(0, 6)),
                new Case(6, 4, List.of(0, 2, 3, 5)),       // 1.67 -> 2, 3.33 -> 3
                new Case(8, 1, List.of(4)),                // middle of 0..7 is 3.5, half to even
                new Case(1, 3, List.of(0)));
        for (Case c : cases) {
            assertEquals(c.expected(), SliceSampling.uniform(c.sliceCount(), c.sampleCount()),
                    c.sliceCount() + " slices, " + c.sampleCount() + " samples");
        }
    }

    @Test
    void uniform_zeroSamplesRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SliceSampling.uniform(10, 0));

        assertEquals("Invalid slice count 0: sample at least 1 slice.", e.getMessage());
    }

    @Test
    void named_oneBasedToZeroBased() {
        assertEquals(List.of(0, 4, 8), SliceSampling.named(9, List.of(1, 5, 9)));
    }

    @Test
    void named_outOfRangeRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SliceSampling.named(9, List.of(1, 10)));

        assertEquals("Invalid slice number 10: the series has slices 1 to 9.", e.getMessage());
    }

    @Test
    void named_duplicateRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SliceSampling.named(9, List.of(3, 3)));

        assertEquals("Slice number 3 is named twice.", e.getMessage());
    }
}
