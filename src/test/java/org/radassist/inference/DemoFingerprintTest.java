package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DemoFingerprintTest {

    @Test
    void of_cxrPng_matchesStoredValue() {
        BufferedImage cxr = TestImages.decode(TestImages.bytes(TestImages.CXR_PNG));

        assertEquals("8fe8cccdcd8f0f0f", DemoFingerprint.toHex(DemoFingerprint.of(cxr)));
    }

    @Test
    void of_greyAndRgbReplica_equal() {
        BufferedImage grey = TestImages.decode(TestImages.bytes(TestImages.CXR_PNG));
        BufferedImage rgb = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                int value = grey.getRaster().getSample(x, y, 0);
                rgb.setRGB(x, y, (value << 16) | (value << 8) | value);
            }
        }

        assertEquals(DemoFingerprint.of(grey), DemoFingerprint.of(rgb));
    }

    @Test
    void of_noiseImage_farFromCxr() {
        long cxr = DemoFingerprint.of(TestImages.decode(TestImages.bytes(TestImages.CXR_PNG)));
        long noise = DemoFingerprint.of(TestImages.decode(
                TestImages.bytes(TestImages.LLM_CASES.resolve("L15_noise_512_rgb.png"))));

        assertTrue(DemoFingerprint.distance(cxr, noise) > DemoFingerprint.MATCH_DISTANCE);
    }

    @Test
    void of_horizontalRamp_setsEveryBit() {
        BufferedImage ramp = new BufferedImage(90, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 90; x++) {
                int value = 255 - x * 2;
                ramp.setRGB(x, y, (value << 16) | (value << 8) | value);
            }
        }

        assertEquals(-1L, DemoFingerprint.of(ramp));
    }

    @Test
    void of_tinyImage_hasNoEmptyCells() {
        BufferedImage onePixel = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);

        assertEquals(0L, DemoFingerprint.of(onePixel));
    }

    @Test
    void hex_roundTrip() {
        assertEquals(0x8fe8cccdcd8f0f0fL, DemoFingerprint.parseHex("8fe8cccdcd8f0f0f"));
        assertEquals("00000000000000ff", DemoFingerprint.toHex(0xffL));
    }

    @Test
    void parseHex_wrongLength_rejected() {
        assertThrows(IllegalArgumentException.class, () -> DemoFingerprint.parseHex("abc"));
    }

    @Test
    void distance_countsDifferingBits() {
        assertEquals(3, DemoFingerprint.distance(0b1011L, 0b0000L));
        assertEquals(64, DemoFingerprint.distance(0L, -1L));
    }
}
