package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInputBuilder;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.testsupport.Corpus;

/** PNG files of {@link PngEncoder}, read back with ImageIO and compared pixel by pixel with the source. */
class PngEncoderTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6, 9})
    void greyPng_readsBackIdentical(int level) throws IOException {
        BufferedImage grey = randomImage(BufferedImage.TYPE_BYTE_GRAY, 37, 23, level);

        BufferedImage back = encodeAndRead(grey, level);

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, back.getType());
        assertSamePixels(grey, back);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 9})
    void rgbPng_readsBackIdentical(int level) throws IOException {
        BufferedImage rgb = randomImage(BufferedImage.TYPE_INT_RGB, 29, 41, level);

        BufferedImage back = encodeAndRead(rgb, level);

        assertSamePixels(rgb, back);
    }

    @Test
    void onePixelPng_readsBackIdentical() throws IOException {
        BufferedImage grey = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 200);

        BufferedImage back = encodeAndRead(grey, PngEncoder.DEFAULT_LEVEL);

        assertEquals(200, back.getRaster().getSample(0, 0, 0));
    }

    @Test
    void ctDisplayRendering_matchesImageIoPng() throws Exception {
        BufferedImage rendered = DisplayRenderer.render(ImageLoader.load(Corpus.codecs("ct_s16_evrle.dcm")));

        BufferedImage ours = encodeAndRead(rendered, PngEncoder.DEFAULT_LEVEL);
        ByteArrayOutputStream imageIoBytes = new ByteArrayOutputStream();
        ImageIO.write(rendered, "png", imageIoBytes);
        BufferedImage imageIo = ImageIO.read(new ByteArrayInputStream(imageIoBytes.toByteArray()));

        assertSamePixels(rendered, ours);
        assertSamePixels(imageIo, ours);
    }

    @Test
    void ctModelInput_readsBackIdentical() throws Exception {
        BufferedImage modelInput = ModelInputBuilder.prepareImage(ImageLoader.load(Corpus.SAMPLE_CT),
                ModelInputOptions.defaults());

        BufferedImage back = encodeAndRead(modelInput, PngEncoder.DEFAULT_LEVEL);

        assertSamePixels(modelInput, back);
    }

    @Test
    void supports_onlyWholeByteGreyAndIntRgb() {
        BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);

        assertTrue(PngEncoder.supports(grey));
        assertTrue(PngEncoder.supports(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)));
        assertFalse(PngEncoder.supports(new BufferedImage(4, 4, BufferedImage.TYPE_USHORT_GRAY)));
        assertFalse(PngEncoder.supports(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)));
        assertFalse(PngEncoder.supports(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR)));
        assertFalse(PngEncoder.supports(grey.getSubimage(1, 1, 2, 2)));
    }

    @Test
    void paeth_firstPixelUsesAbove() {
        byte[] filtered = new byte[4];

        PngEncoder.paeth(new byte[] {10, 20, 30}, new byte[] {4, 25, 31}, 1, filtered);

        // Pixel 2: left 10, up 25, upper-left 4 give estimate 31, nearest is up (25), so 20 - 25.
        // Pixel 3: left 20, up 31, upper-left 25 give estimate 26, nearest is upper-left (25), so 30 - 25.
        assertArrayEquals(new byte[] {0, 6, -5, 5}, filtered);
    }

    private static BufferedImage encodeAndRead(BufferedImage image, int level) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PngEncoder.write(image, bytes, level);
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static BufferedImage randomImage(int type, int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Smooth gradients with noise, so every Paeth predictor and runs of equal bytes occur.
                int value = (x * 5 + y * 3 + random.nextInt(12)) & 0xFF;
                if (type == BufferedImage.TYPE_BYTE_GRAY) {
                    image.getRaster().setSample(x, y, 0, value);
                } else {
                    image.setRGB(x, y, value << 16 | (255 - value) << 8 | random.nextInt(256));
                }
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth(), "width");
        assertEquals(expected.getHeight(), actual.getHeight(), "height");
        int bands = expected.getRaster().getNumBands();
        assertEquals(bands, actual.getRaster().getNumBands(), "bands");
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                for (int band = 0; band < bands; band++) {
                    assertEquals(expected.getRaster().getSample(x, y, band), actual.getRaster().getSample(x, y, band),
                            "band " + band + " at " + x + "," + y);
                }
            }
        }
    }
}
