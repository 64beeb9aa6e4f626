package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DisplayPixelsTest {

    @Test
    void byteGrey_keepsGreyLevels() {
        BufferedImage grey = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 0);
        grey.getRaster().setSample(1, 0, 0, 128);
        grey.getRaster().setSample(2, 0, 0, 255);

        DisplayPixels pixels = DisplayPixels.from(grey);

        assertArrayEquals(new int[] {0xFF000000, 0xFF808080, 0xFFFFFFFF}, pixels.argb());
    }

    @Test
    void byteGrey_everyLevelMatchesRasterSamples() {
        BufferedImage grey = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 256; i++) {
            grey.getRaster().setSample(i % 16, i / 16, 0, i);
        }

        DisplayPixels pixels = DisplayPixels.from(grey);

        for (int i = 0; i < 256; i++) {
            assertEquals(0xFF000000 | i << 16 | i << 8 | i, pixels.argb()[i], "grey level " + i);
        }
    }

    @Test
    void byteGreySubimage_readsOnlyItsPixels() {
        BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 16; i++) {
            grey.getRaster().setSample(i % 4, i / 4, 0, i * 10);
        }

        DisplayPixels pixels = DisplayPixels.from(grey.getSubimage(1, 1, 2, 2));

        assertArrayEquals(new int[] {0xFF323232, 0xFF3C3C3C, 0xFF5A5A5A, 0xFF646464}, pixels.argb());
    }

    @Test
    void ushortGrey_keepsTopEightBits() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(0, 0, 0, 0x8000);
        grey.getRaster().setSample(1, 0, 0, 0xFFFF);

        DisplayPixels pixels = DisplayPixels.from(grey);

        assertArrayEquals(new int[] {0xFF808080, 0xFFFFFFFF}, pixels.argb());
    }

    @Test
    void rgb_keepsColours() {
        BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xFF0000);
        rgb.setRGB(1, 0, 0x00FF00);
        rgb.setRGB(0, 1, 0x0000FF);
        rgb.setRGB(1, 1, 0x123456);

        DisplayPixels pixels = DisplayPixels.from(rgb);

        assertEquals(2, pixels.width());
        assertEquals(2, pixels.height());
        assertArrayEquals(new int[] {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFF123456}, pixels.argb());
    }

    @Test
    void chestXrayPng_matchesFileGreyLevels() throws Exception {
        BufferedImage file = ImageIO.read(StubWorkbenchService.CHEST_XRAY_PNG.toFile());

        DisplayPixels pixels = DisplayPixels.from(file);

        assertEquals(512, pixels.width());
        assertEquals(512, pixels.height());
        for (int[] point : new int[][] {{0, 0}, {256, 256}, {100, 400}, {511, 511}}) {
            int expected = file.getRaster().getSample(point[0], point[1], 0);
            int argb = pixels.argb()[point[1] * 512 + point[0]];
            assertEquals(expected, argb & 0xFF, "blue at " + point[0] + "," + point[1]);
            assertEquals(expected, (argb >> 8) & 0xFF, "green at " + point[0] + "," + point[1]);
            assertEquals(expected, (argb >> 16) & 0xFF, "red at " + point[0] + "," + point[1]);
        }
    }

    @Test
    void constructor_rejectsWrongLength() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new DisplayPixels(2, 2, new int[3]));

        assertEquals("pixel array length 3 does not match 2 x 2", error.getMessage());
    }

    @Test
    void resampleNearest_upscalesWithoutNewValues() {
        DisplayPixels checker = new DisplayPixels(2, 2, new int[] {0xFF000000, 0xFFFFFFFF, 0xFFFFFFFF, 0xFF000000});

        DisplayPixels scaled = ImageViewport.resampleNearest(checker, 5, 5);

        int black = 0xFF000000;
        int white = 0xFFFFFFFF;
        assertArrayEquals(new int[] {
            black, black, white, white, white,
            black, black, white, white, white,
            white, white, black, black, black,
            white, white, black, black, black,
            white, white, black, black, black}, scaled.argb());
    }

    @Test
    void resampleNearest_downscalesByPixelCentres() {
        DisplayPixels ramp = new DisplayPixels(4, 1, new int[] {1, 2, 3, 4});

        DisplayPixels scaled = ImageViewport.resampleNearest(ramp, 2, 1);

        assertArrayEquals(new int[] {2, 4}, scaled.argb());
    }
}
