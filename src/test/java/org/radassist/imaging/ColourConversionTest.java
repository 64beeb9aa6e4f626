package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ColourConversionTest {

    @Test
    void fullYbr_greyAndRed() {
        assertEquals(0x808080, ColourConversion.fullYbrToRgb(128, 128, 128));
        // BT.601 full-range red: Y 76, Cb 85, Cr 255.
        assertEquals(0xFE0000, ColourConversion.fullYbrToRgb(76, 85, 255));
    }

    @Test
    void partialYbr_blackWhiteAndRed() {
        assertEquals(0x000000, ColourConversion.partialYbrToRgb(16, 128, 128));
        assertEquals(0xFFFFFF, ColourConversion.partialYbrToRgb(235, 128, 128));
        // BT.601 partial-range red: Y 81, Cb 90, Cr 240.
        assertEquals(0xFE0000, ColourConversion.partialYbrToRgb(81, 90, 240));
    }

    @Test
    void toPackedRgb_16BitKeepsHighByte() {
        int[] rgb = ColourConversion.toPackedRgb("RGB", new int[] {0xFFFF, 0x8000, 0x00FF}, 16);

        assertArrayEquals(new int[] {0xFF8000}, rgb);
    }

    @Test
    void toPackedRgb_unknownInterpretationIsNull() {
        assertNull(ColourConversion.toPackedRgb("CMYK", new int[3], 8));
    }
}
