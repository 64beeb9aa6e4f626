package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SquareResamplingTest {

    private static int grey(int value) {
        return value << 16 | value << 8 | value;
    }

    @Test
    void padToSquare_wide3x2PadsBottomRow() {
        int[] rgb = {1, 2, 3, 4, 5, 6};

        int[] square = SquareResampling.padToSquare(rgb, 3, 2);

        // (3 - 2) / 2 = 0 rows on top, the remaining row at the bottom.
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 0, 0, 0}, square);
    }

    @Test
    void padToSquare_tall2x3PadsRightColumn() {
        int[] rgb = {1, 2, 3, 4, 5, 6};

        int[] square = SquareResampling.padToSquare(rgb, 2, 3);

        assertArrayEquals(new int[] {1, 2, 0, 3, 4, 0, 5, 6, 0}, square);
    }

    @Test
    void padToSquare_tall2x5ExtraColumnRight() {
        int[] rgb = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        int[] square = SquareResampling.padToSquare(rgb, 2, 5);

        // (5 - 2) / 2 = 1 column on the left, 2 on the right.
        assertArrayEquals(new int[] {
            0, 1, 2, 0, 0,
            0, 3, 4, 0, 0,
            0, 5, 6, 0, 0,
            0, 7, 8, 0, 0,
            0, 9, 10, 0, 0}, square);
    }

    @Test
    void padToSquare_wide4x1CentresVertically() {
        int[] rgb = {0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF};

        int[] square = SquareResampling.padToSquare(rgb, 4, 1);

        // (4 - 1) / 2 = 1 row on top, 2 rows at the bottom.
        for (int i = 0; i < 16; i++) {
            int expected = i >= 4 && i < 8 ? 0xFFFFFF : 0;
            assertEquals(expected, square[i], "pixel " + i);
        }
    }

    @Test
    void padToSquare_squareUnchanged() {
        int[] rgb = {1, 2, 3, 4};

        assertArrayEquals(rgb, SquareResampling.padToSquare(rgb, 2, 2));
    }

    @Test
    void downscaleSquare_halvesByAveragingBlocks() {
        int[] rgb = {
            grey(0), grey(10), grey(100), grey(100),
            grey(20), grey(30), grey(200), grey(201),
            0xFF0000, 0xFF0000, grey(1), grey(2),
            0x0000FF, 0x0000FF, grey(3), grey(4)};

        int[] scaled = SquareResampling.downscaleSquare(rgb, 4, 2);

        assertEquals(grey(15), scaled[0]);
        // (100 + 100 + 200 + 201) / 4 = 150.25 -> 150.
        assertEquals(grey(150), scaled[1]);
        // Red 255 and 0 averaged: 127.5 rounds half up to 128; blue likewise.
        assertEquals(128 << 16 | 128, scaled[2]);
        // (1 + 2 + 3 + 4) / 4 = 2.5 -> 3.
        assertEquals(grey(3), scaled[3]);
    }

    @Test
    void downscaleSquare_fractionalCoverageWeightsBorderPixels() {
        int[] rgb = {
            grey(30), grey(60), grey(90),
            grey(30), grey(60), grey(90),
            grey(30), grey(60), grey(90)};

        int[] scaled = SquareResampling.downscaleSquare(rgb, 3, 2);

        // Output column 0 covers source [0, 1.5): (30 × 1 + 60 × 0.5) / 1.5 = 40.
        assertEquals(grey(40), scaled[0]);
        // Output column 1 covers [1.5, 3): (60 × 0.5 + 90 × 1) / 1.5 = 80.
        assertEquals(grey(80), scaled[1]);
        assertEquals(grey(40), scaled[2]);
        assertEquals(grey(80), scaled[3]);
    }

    @Test
    void downscaleSquare_uniformStaysUniform() {
        int[] rgb = new int[1976 * 1976];
        java.util.Arrays.fill(rgb, 0x405060);

        int[] scaled = SquareResampling.downscaleSquare(rgb, 1976, 896);

        assertEquals(896 * 896, scaled.length);
        for (int i = 0; i < scaled.length; i++) {
            assertEquals(0x405060, scaled[i], "pixel " + i);
        }
    }

    @Test
    void toBufferedImage_isIntRgb() {
        BufferedImage image = ModelInputBuilder.toBufferedImage(new int[] {0x010203, 0x040506}, 2, 1);

        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertEquals(0x010203, image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x040506, image.getRGB(1, 0) & 0xFFFFFF);
    }
}
