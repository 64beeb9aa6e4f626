package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ModelInputBuilderTest {

    private static final ModelInputOptions PNG_FULL_SIZE =
            ModelInputOptions.defaults().withFormat(ImageFormat.PNG).withMaxSide(0);

    private static StudyImage grey(String modality, String photometric, int width, int height, int[] stored,
            ModalityTransform transform, List<Window> windows) {
        return StudyImage.builder(ImageKind.DICOM)
                .modality(modality)
                .size(width, height)
                .photometricInterpretation(photometric)
                .grey(stored, transform)
                .windows(windows)
                .build();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int greyRgb(int value) {
        return 0xFF000000 | value << 16 | value << 8 | value;
    }

    @Test
    void options_defaults() {
        ModelInputOptions options = ModelInputOptions.defaults();

        assertEquals(ImageFormat.JPEG, options.format());
        assertEquals(0.95f, options.jpegQuality());
        assertEquals(896, options.maxSide());
        assertEquals(CtWindowSet.NOTEBOOK, options.ctWindows());
    }

    @Test
    void options_rejectInvalidValues() {
        assertThrows(IllegalArgumentException.class,
                () -> new ModelInputOptions(ImageFormat.JPEG, 0f, 896, CtWindowSet.NOTEBOOK));
        assertThrows(IllegalArgumentException.class,
                () -> new ModelInputOptions(ImageFormat.JPEG, 1.5f, 896, CtWindowSet.NOTEBOOK));
        assertThrows(IllegalArgumentException.class,
                () -> new ModelInputOptions(ImageFormat.JPEG, 0.95f, -1, CtWindowSet.NOTEBOOK));
    }

    @Test
    void ctThreeWindow_l04StripesInMemory() throws Exception {
        JsonNode stripes = TestData.expected("L04").get("stripes");
        int[] stored = new int[stripes.size()];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = stripes.get(i).get("stored").asInt();
        }
        StudyImage image = grey("CT", "MONOCHROME2", stored.length, 1, stored,
                new ModalityTransform.Rescale(1, -1024), List.of(new Window(40, 400)));

        int[] rgb = ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK);

        for (int i = 0; i < stored.length; i++) {
            double hu = stripes.get(i).get("HU").asDouble();
            assertEquals(TestData.notebookRgbExact(hu), rgb[i], "stripe at HU " + hu);
        }
    }

    @Test
    void mrMinMax_scalesSliceToFullRange() {
        int[] stored = {100, 150, 333, 600, 1100};
        ModalityTransform.Rescale rescale = new ModalityTransform.Rescale(3.774114, 0.000061);
        StudyImage image = grey("MR", "MONOCHROME2", 5, 1, stored, rescale, List.of(new Window(1000, 2000)));

        int[] rgb = ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK);

        double min = 100 * 3.774114 + 0.000061;
        double max = 1100 * 3.774114 + 0.000061;
        for (int i = 0; i < stored.length; i++) {
            int expected = TestDataMinMax.exact(stored[i] * 3.774114 + 0.000061, min, max);
            assertEquals(expected << 16 | expected << 8 | expected, rgb[i], "stored " + stored[i]);
        }
        assertEquals(0, rgb[0]);
        assertEquals(0xFFFFFF, rgb[4]);
    }

    @Test
    void mrMinMax_constantSliceIsBlack() {
        StudyImage image = grey("MR", "MONOCHROME2", 2, 1, new int[] {7, 7}, ModalityTransform.IDENTITY, List.of());

        assertArrayEquals(new int[] {0, 0}, ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK));
    }

    @Test
    void crMonochrome1_invertedSoMinimumIsWhite() {
        StudyImage image = grey("CR", "MONOCHROME1", 3, 1, new int[] {0, 512, 1023},
                ModalityTransform.IDENTITY, List.of());

        int[] rgb = ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK);

        // Min-max: 0 -> 0, 512 -> 512 / 1023 × 255 = 127.62 -> 128, 1023 -> 255; then 255 - value.
        assertArrayEquals(new int[] {0xFFFFFF, 127 << 16 | 127 << 8 | 127, 0}, rgb);
    }

    @Test
    void crMonochrome1_fileWindowThenInverted() {
        StudyImage image = grey("CR", "MONOCHROME1", 3, 1, new int[] {0, 550, 1100},
                ModalityTransform.IDENTITY, List.of(new Window(550, 1024), new Window(100, 10)));

        int[] rgb = ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK);

        // LINEAR 550/1024: 0 -> 0, 550 -> (0.5 / 1023 + 0.5) × 255 = 127.62 -> 128, 1100 -> 255.
        assertEquals(0xFFFFFF, rgb[0]);
        assertEquals(127 << 16 | 127 << 8 | 127, rgb[1]);
        assertEquals(0, rgb[2]);
    }

    @Test
    void dxMonochrome2_fileWindowNotInverted() {
        StudyImage image = grey("DX", "MONOCHROME2", 2, 1, new int[] {0, 1100},
                ModalityTransform.IDENTITY, List.of(new Window(550, 1024)));

        assertArrayEquals(new int[] {0, 0xFFFFFF}, ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK));
    }

    @Test
    void colourDicom_keptAsIs() {
        StudyImage image = StudyImage.builder(ImageKind.DICOM)
                .modality("US")
                .size(2, 1)
                .photometricInterpretation("RGB")
                .rgb(new int[] {0x102030, 0xFFEEDD})
                .build();

        assertArrayEquals(new int[] {0x102030, 0xFFEEDD}, ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK));
    }

    @Test
    void png8BitGrey_keptAsIs() {
        StudyImage image = StudyImage.builder(ImageKind.PNG)
                .size(3, 1)
                .photometricInterpretation("MONOCHROME2")
                .bitsStored(8)
                .grey(new int[] {5, 128, 250}, ModalityTransform.IDENTITY)
                .build();

        int[] rgb = ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK);

        assertArrayEquals(new int[] {0x050505, 0x808080, 0xFAFAFA}, rgb);
    }

    @Test
    void png16BitGrey_scaledMinMax() {
        StudyImage image = StudyImage.builder(ImageKind.PNG)
                .size(3, 1)
                .photometricInterpretation("MONOCHROME2")
                .bitsStored(16)
                .grey(new int[] {1000, 2000, 3000}, ModalityTransform.IDENTITY)
                .build();

        int[] rgb = ModelInputConversion.toRgb(image, CtWindowSet.NOTEBOOK);

        // 2000 is halfway: 127.5 rounds half to even, 128.
        assertArrayEquals(new int[] {0, 0x808080, 0xFFFFFF}, rgb);
    }

    @Test
    void prepare_tallImageResizedTo896() throws Exception {
        int[] stored = new int[1576 * 1976];
        java.util.Arrays.fill(stored, 1000);
        StudyImage image = grey("CR", "MONOCHROME2", 1576, 1976, stored, ModalityTransform.IDENTITY,
                List.of(new Window(1000, 100)));

        ModelInput input = ModelInputBuilder.prepare(image, ModelInputOptions.defaults().withFormat(ImageFormat.PNG));

        assertEquals(896, input.width());
        assertEquals(896, input.height());
        // Padding: (1976 - 1576) / 2 = 200 black columns on each side, 90.69 after scaling.
        int[] rgb = pixels(input.image());
        assertEquals(0xFF000000, rgb[448 * 896]);
        assertEquals(0xFF000000, rgb[448 * 896 + 89]);
        // LINEAR 1000/100 maps 1000 to (0.5 / 99 + 0.5) × 255 = 128.79 -> 129.
        assertEquals(greyRgb(129), rgb[448 * 896 + 448]);
        assertEquals(0xFF000000, rgb[448 * 896 + 895]);
    }

    @Test
    void prepare_512Unchanged() throws Exception {
        int[] stored = new int[512 * 512];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = i % 256;
        }
        StudyImage image = StudyImage.builder(ImageKind.PNG)
                .size(512, 512)
                .bitsStored(8)
                .grey(stored, ModalityTransform.IDENTITY)
                .build();

        ModelInput input = ModelInputBuilder.prepare(image, ModelInputOptions.defaults().withFormat(ImageFormat.PNG));

        assertEquals(512, input.width());
        int[] rgb = pixels(input.image());
        for (int i = 0; i < stored.length; i++) {
            assertEquals(greyRgb(stored[i]), rgb[i], "pixel " + i);
        }
    }

    @Test
    void prepare_maxSideZeroKeepsSize() throws Exception {
        StudyImage image = StudyImage.builder(ImageKind.PNG)
                .size(1000, 600)
                .bitsStored(8)
                .grey(new int[1000 * 600], ModalityTransform.IDENTITY)
                .build();

        ModelInput input = ModelInputBuilder.prepare(image, PNG_FULL_SIZE);

        assertEquals(1000, input.width());
        assertEquals(1000, input.height());
    }

    @Test
    void prepare_neverUpscales() throws Exception {
        StudyImage image = StudyImage.builder(ImageKind.PNG)
                .size(64, 32)
                .bitsStored(8)
                .grey(new int[64 * 32], ModalityTransform.IDENTITY)
                .build();

        ModelInput input = ModelInputBuilder.prepare(image, ModelInputOptions.defaults());

        assertEquals(64, input.width());
        assertEquals(64, input.height());
    }

    @Test
    void prepare_jpegDecodesAsSquareBaselineRgb() throws Exception {
        int[] stored = new int[300 * 200];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = i % 4096 - 1024;
        }
        StudyImage image = grey("CT", "MONOCHROME2", 300, 200, stored, ModalityTransform.IDENTITY, List.of());

        ModelInput input = ModelInputBuilder.prepare(image, ModelInputOptions.defaults());

        assertEquals("image/jpeg", input.mimeType());
        byte[] bytes = input.encoded();
        assertEquals((byte) 0xFF, bytes[0]);
        assertEquals((byte) 0xD8, bytes[1]);
        assertTrue(containsMarker(bytes, 0xC0), "baseline SOF0 marker missing");
        assertFalse(containsMarker(bytes, 0xC2), "progressive SOF2 marker present");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(300, decoded.getWidth());
        assertEquals(300, decoded.getHeight());
        assertEquals(3, decoded.getRaster().getNumBands());
        assertFalse(decoded.getColorModel().hasAlpha());
    }

    private static boolean containsMarker(byte[] bytes, int marker) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xFF && bytes[i + 1] == (byte) marker) {
                return true;
            }
        }
        return false;
    }

    @Test
    void prepare_pngOutputPixelExact() throws Exception {
        StudyImage image = StudyImage.builder(ImageKind.DICOM)
                .modality("OT")
                .size(3, 2)
                .photometricInterpretation("RGB")
                .rgb(new int[] {0x010203, 0xFF0000, 0x00FF00, 0x0000FF, 0x808080, 0xFEFDFC})
                .build();

        ModelInput input = ModelInputBuilder.prepare(image, PNG_FULL_SIZE);

        assertEquals("image/png", input.mimeType());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(input.encoded()));
        int[] expected = {
            0xFF010203, 0xFFFF0000, 0xFF00FF00,
            0xFF0000FF, 0xFF808080, 0xFFFEFDFC,
            0xFF000000, 0xFF000000, 0xFF000000};
        assertArrayEquals(expected, pixels(decoded));
        assertArrayEquals(expected, pixels(input.image()));
    }
}
