package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The range shortcut for Rescale against the pixel-by-pixel pass it replaces. */
class FrameStatisticsTest {

    private static final double[] SLOPES = {1, 0.5, 0.37, 2.5, -1, -0.73, 1e-3};
    private static final double[] INTERCEPTS = {0, -1024, -1024.25, 3.7, 1e6};

    @Test
    void rescale_matchesPerPixelPass() {
        Random random = new Random(42);
        for (double slope : SLOPES) {
            for (double intercept : INTERCEPTS) {
                for (int round = 0; round < 20; round++) {
                    int[] stored = randomStored(random, 500);
                    PixelPadding padding = round % 3 == 0 ? null : new PixelPadding(-2000, -1990 + round * 50);
                    assertSameStatistics(stored, new ModalityTransform.Rescale(slope, intercept), padding);
                }
            }
        }
    }

    @Test
    void rescaleAllPadding_usesSmallestPaddingValue() {
        int[] stored = {-2000, -1995, -1998};
        PixelPadding padding = new PixelPadding(-2000, -1990);

        assertSameStatistics(stored, new ModalityTransform.Rescale(1, -1024), padding);
        assertSameStatistics(stored, new ModalityTransform.Rescale(-1, 0), padding);
        FrameStatistics statistics = FrameStatistics.of(stored, new ModalityTransform.Rescale(-1, 0), padding);
        assertEquals(1995f, statistics.minModality());
        assertEquals(1995f, statistics.maxModality());
    }

    @Test
    void rescalePaddingOutsideFrame_matchesPerPixelPass() {
        int[] stored = randomStored(new Random(7), 300);

        assertSameStatistics(stored, new ModalityTransform.Rescale(1, -1024), new PixelPadding(-32768, -2001));
        assertSameStatistics(stored, new ModalityTransform.Rescale(-0.5, 10), new PixelPadding(4096, 5000));
    }

    @Test
    void lookupTable_usesPerPixelPass() {
        int[] entries = {50, 10, 40, 20, 30};
        ModalityTransform lut = new ModalityTransform.LookupTable(0, 16, entries, "");

        FrameStatistics statistics = FrameStatistics.of(new int[] {0, 1, 2, 3, 4}, lut, null);

        assertEquals(10f, statistics.minModality());
        assertEquals(50f, statistics.maxModality());
        assertEquals(0, statistics.minStored());
        assertEquals(4, statistics.maxStored());
    }

    private static void assertSameStatistics(int[] stored, ModalityTransform transform, PixelPadding padding) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : stored) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        FrameStatistics expected = FrameStatistics.perPixel(stored, transform, padding, min, max);

        FrameStatistics actual = FrameStatistics.of(stored, transform, padding);

        assertEquals(expected, actual, transform + " " + padding);
    }

    private static int[] randomStored(Random random, int count) {
        int[] stored = new int[count];
        for (int i = 0; i < count; i++) {
            stored[i] = -2000 + random.nextInt(6096);
        }
        return stored;
    }
}
