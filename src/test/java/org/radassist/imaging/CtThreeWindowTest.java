package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CtThreeWindowTest {

    @Test
    void ctWindowRgb_clipsAbove1024() {
        CtWindowSet windows = CtWindowSet.NOTEBOOK;

        assertEquals(0xFFFFFF, windows.toRgb(1024));
        assertEquals(0xFFFFFF, windows.toRgb(3071));
    }

    @Test
    void ctWindowRgb_clipsBelowMinus1024() {
        assertEquals(0x000000, CtWindowSet.NOTEBOOK.toRgb(-1024));
        assertEquals(0x000000, CtWindowSet.NOTEBOOK.toRgb(-3024));
    }

    @Test
    void ctWindowRgb_roundsHalfToEven() {
        // Blue 24 HU: 24 / 80 × 255 = 76.5, which rounds to the even 76 (half up would give 77).
        assertEquals(76, CtWindowSet.NOTEBOOK.blue().toChannel(24));
        // Green -30 HU: 105 / 350 × 255 = 76.5.
        assertEquals(76, CtWindowSet.NOTEBOOK.green().toChannel(-30));
        // Blue 8 HU: 25.5 rounds up to the even 26.
        assertEquals(26, CtWindowSet.NOTEBOOK.blue().toChannel(8));
        // Red 0 HU: 1024 / 2048 × 255 = 127.5.
        assertEquals(128, CtWindowSet.NOTEBOOK.red().toChannel(0));
    }

    @Test
    void ctWindowRgb_matchesExactDecimals() {
        for (int hu = -2048; hu <= 3072; hu++) {
            assertEquals(TestData.notebookRgbExact(hu), CtWindowSet.NOTEBOOK.toRgb(hu), "HU " + hu);
        }
    }

    @Test
    void ctWindowRgb_servingCodeGreenStartsAt135() {
        CtWindowSet.HuRange green = CtWindowSet.SERVING_CODE.green();

        assertEquals(135, green.min());
        assertEquals(215, green.max());
        assertEquals(0, green.toChannel(100));
        assertEquals(TestData.channelExact(175, 135, 215), green.toChannel(175));
        assertEquals(255, green.toChannel(215));
    }

    @Test
    void ctWindowRgb_fractionalHu() {
        // HU from slope 0.5 and intercept -1024.25: stored 2049 gives 0.25 HU.
        double hu = 2049 * 0.5 + -1024.25;

        assertEquals(TestData.notebookRgbExact(hu), CtWindowSet.NOTEBOOK.toRgb(hu));
    }
}
