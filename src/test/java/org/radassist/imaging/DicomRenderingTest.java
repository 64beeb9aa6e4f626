package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Display rendering and model input of native DICOM files, against expectations and dcmtk. */
class DicomRenderingTest {

    private static final ModelInputOptions PNG_FULL_SIZE =
            ModelInputOptions.defaults().withFormat(ImageFormat.PNG).withMaxSide(0);

    private static StudyImage loadL04() throws Exception {
        return ImageLoader.load(TestData.file("cases/L04_ct_rescale_wl.dcm"));
    }

    /** Asserts one display value over every column of each 47-pixel stripe, in rows 0 and 511. */
    private static void assertStripes(JsonNode l04, String column, BufferedImage rendered) {
        int stripeWidth = l04.get("stripe_width_px").asInt();
        for (JsonNode stripe : l04.get("stripes")) {
            int from = stripe.get("x_from").asInt();
            int to = Math.min(rendered.getWidth(), from + stripeWidth);
            for (int x = from; x < to; x++) {
                for (int y : new int[] {0, rendered.getHeight() - 1}) {
                    assertEquals(stripe.get(column).asInt(), rendered.getRaster().getSample(x, y, 0),
                            column + " at HU " + stripe.get("HU").asInt() + ", x " + x + ", y " + y);
                }
            }
        }
    }

    @Test
    void render_l04FileDefaultWindowIsLinear40_400() throws Exception {
        JsonNode l04 = TestData.expected("L04");
        StudyImage image = loadL04();

        assertEquals(new Window(40, 400), DisplayRenderer.defaultWindow(image));
        assertStripes(l04, "LINEAR_40_400", DisplayRenderer.render(image));
    }

    @Test
    void render_l05DefaultIsFirstPairLikeL04() throws Exception {
        JsonNode l05 = TestData.expected("L05");
        StudyImage image = ImageLoader.load(TestData.file("cases/L05_ct_multi_window.dcm"));
        Window firstPair = new Window(l05.get("first_pair").get(0).asDouble(), l05.get("first_pair").get(1).asDouble());
        Window secondPair = new Window(l05.get("second_pair").get(0).asDouble(), l05.get("second_pair").get(1).asDouble());

        assertEquals(firstPair.center(), DisplayRenderer.defaultWindow(image).center(), "default is the first pair");
        assertEquals(firstPair.width(), DisplayRenderer.defaultWindow(image).width(), "default is the first pair");
        assertEquals(secondPair.center(), WindowPresets.forImage(image).get(1).center(), "second pair offered");
        assertEquals(secondPair.width(), WindowPresets.forImage(image).get(1).width(), "second pair offered");
        // EXPECTED.json: the default display is the same as L04's LINEAR_40_400 column.
        assertStripes(TestData.expected("L04"), "LINEAR_40_400", DisplayRenderer.render(image));
        assertStripes(TestData.expected("L04"), "lung_-600_1500", DisplayRenderer.render(image, secondPair));
    }

    @Test
    void render_l04FileVoiFunctionsAndPresets() throws Exception {
        JsonNode l04 = TestData.expected("L04");
        StudyImage image = loadL04();
        Window window = new Window(40, 400);

        assertStripes(l04, "LINEAR_EXACT_40_400", DisplayRenderer.render(image, window, VoiLutFunction.LINEAR_EXACT));
        assertStripes(l04, "SIGMOID_40_400", DisplayRenderer.render(image, window, VoiLutFunction.SIGMOID));
        assertStripes(l04, "brain_40_80", DisplayRenderer.render(image, new Window(40, 80)));
        assertStripes(l04, "lung_-600_1500", DisplayRenderer.render(image, new Window(-600, 1500)));
        assertStripes(l04, "bone_400_1800", DisplayRenderer.render(image, new Window(400, 1800)));
    }

    @Test
    void ctThreeWindow_l04FileStripeByStripe() throws Exception {
        JsonNode l04 = TestData.expected("L04");
        StudyImage image = loadL04();

        BufferedImage input = ModelInputBuilder.prepareImage(image, PNG_FULL_SIZE);

        int stripeWidth = l04.get("stripe_width_px").asInt();
        for (JsonNode stripe : l04.get("stripes")) {
            double hu = stripe.get("HU").asDouble();
            int expected = TestData.notebookRgbExact(hu);
            int from = stripe.get("x_from").asInt();
            for (int x = from; x < Math.min(512, from + stripeWidth); x++) {
                assertEquals(hu, image.modalityValue(x), "HU at x " + x);
                assertEquals(Integer.toHexString(expected), Integer.toHexString(input.getRGB(x, 0) & 0xFFFFFF),
                        "RGB at HU " + hu + ", x " + x);
                assertEquals(Integer.toHexString(expected), Integer.toHexString(input.getRGB(x, 511) & 0xFFFFFF),
                        "RGB at HU " + hu + ", x " + x + ", last row");
            }
        }
    }

    @Test
    void ctThreeWindow_servingCodeGreenOnL04() throws Exception {
        JsonNode l04 = TestData.expected("L04");
        StudyImage image = loadL04();

        BufferedImage input = ModelInputBuilder.prepareImage(image, PNG_FULL_SIZE.withCtWindows(CtWindowSet.SERVING_CODE));

        for (JsonNode stripe : l04.get("stripes")) {
            double hu = stripe.get("HU").asDouble();
            int x = stripe.get("x_from").asInt();
            assertEquals(TestData.channelExact(hu, 135, 215), TestData.green(input.getRGB(x, 0)), "green at HU " + hu);
        }
    }

    @Test
    void ctThreeWindow_ct1PixelByPixel() throws Exception {
        java.nio.file.Path file = TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm");
        short[] stored = ReferenceImages.readTrailingSigned16(file, 512 * 512);
        StudyImage image = ImageLoader.load(file);

        BufferedImage input = ModelInputBuilder.prepareImage(image, ModelInputOptions.defaults());

        assertEquals(512, input.getWidth());
        assertEquals(512, input.getHeight());
        Map<Integer, Integer> expectedByHu = new HashMap<>();
        for (int i = 0; i < stored.length; i++) {
            int hu = stored[i] - 1024;
            int expected = expectedByHu.computeIfAbsent(hu, TestData::notebookRgbExact);
            int actual = input.getRGB(i % 512, i / 512) & 0xFFFFFF;
            if (expected != actual) {
                assertEquals(Integer.toHexString(expected), Integer.toHexString(actual),
                        "pixel x " + i % 512 + ", y " + i / 512 + ", HU " + hu);
            }
        }
    }

    @Test
    void render_l01FileMonochrome1() throws Exception {
        JsonNode l01 = TestData.expected("L01");
        StudyImage image = ImageLoader.load(TestData.file("cases/L01_mono1_ramp.dcm"));

        BufferedImage rendered = DisplayRenderer.render(image);

        assertEquals(true, image.monochrome1());
        assertEquals(new Window(2048, 4096), DisplayRenderer.defaultWindow(image));
        assertEquals(l01.get("col0_stored").asInt(), image.storedValues()[0]);
        assertEquals(l01.get("col0_display").asInt(), rendered.getRaster().getSample(0, 0, 0));
        assertEquals(l01.get("col255_stored").asInt(), image.storedValues()[255]);
        assertEquals(l01.get("col255_display").asInt(), rendered.getRaster().getSample(255, 0, 0));
    }

    @Test
    void render_crNoPreambleMonochrome1MatchesDcmtk() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/cr_chest_mono1_acrnema_nometa.dcm"));

        assertEquals("CR", image.modality());
        assertEquals(true, image.monochrome1());
        assertEquals(550, image.windows().get(0).center());
        assertEquals(1024, image.windows().get(0).width());
        ReferenceImages.assertWithinOneGreyLevel("cr_chest_mono1_acrnema_nometa.png", DisplayRenderer.render(image));
    }

    @Test
    void modelInput_crMonochrome1UsesFileWindowInverted() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/cr_chest_mono1_acrnema_nometa.dcm"));

        BufferedImage input = ModelInputBuilder.prepareImage(image, PNG_FULL_SIZE);

        // The CR model input is the display rendering with its first window, replicated to RGB.
        BufferedImage display = DisplayRenderer.render(image, image.windows().get(0));
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int grey = display.getRaster().getSample(x, y, 0);
                assertEquals(grey << 16 | grey << 8 | grey, input.getRGB(x, y) & 0xFFFFFF, "x " + x + ", y " + y);
            }
        }
    }
    @Test
    void render_voiLutSequenceMatchesDcmtk() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/ot_voilut_seq_8bit.dcm"));

        assertEquals(1, image.voiLuts().size());
        assertEquals(256, image.voiLuts().get(0).entries().length);
        assertEquals(16, image.voiLuts().get(0).bitsPerEntry());
        ReferenceImages.assertWithinOneGreyLevel("ot_voilut_seq_8bit.png", DisplayRenderer.render(image));
    }

    @Test
    void render_l02Signed12FileWindow() throws Exception {
        JsonNode l02 = TestData.expected("L02");
        StudyImage image = ImageLoader.load(TestData.file("cases/L02_signed12_ramp.dcm"));

        BufferedImage rendered = DisplayRenderer.render(image);

        assertEquals(l02.get("min").asDouble(), image.minModalityValue());
        assertEquals(l02.get("max").asDouble(), image.maxModalityValue());
        assertEquals(l02.get("col0_display").asInt(), rendered.getRaster().getSample(0, 0, 0));
        assertEquals(l02.get("col128_value").asDouble(), image.modalityValue(128));
        assertEquals(l02.get("col128_display").asInt(), rendered.getRaster().getSample(128, 0, 0));
        assertEquals(l02.get("col255_display").asInt(), rendered.getRaster().getSample(255, 0, 0));
    }
}
