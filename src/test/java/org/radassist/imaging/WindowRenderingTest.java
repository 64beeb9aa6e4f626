package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Window rendering of in-memory images built from the L04 and L01 expectations. */
class WindowRenderingTest {

    /** Builds a CT image of one pixel per L04 stripe: its stored values with rescale intercept -1024. */
    private static StudyImage l04Stripes(JsonNode stripes) {
        int[] stored = new int[stripes.size()];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = stripes.get(i).get("stored").asInt();
        }
        return StudyImage.builder(ImageKind.DICOM)
                .modality("CT")
                .size(stored.length, 1)
                .photometricInterpretation("MONOCHROME2")
                .grey(stored, new ModalityTransform.Rescale(1, -1024))
                .windows(List.of(new Window(40, 400)))
                .build();
    }

    private static void assertStripes(JsonNode stripes, String column, BufferedImage rendered) {
        for (int i = 0; i < stripes.size(); i++) {
            JsonNode stripe = stripes.get(i);
            assertEquals(stripe.get(column).asInt(), rendered.getRaster().getSample(i, 0, 0),
                    column + " at HU " + stripe.get("HU").asInt());
        }
    }

    @Test
    void render_l04StripesModalityValuesAreHu() throws Exception {
        JsonNode stripes = TestData.expected("L04").get("stripes");
        StudyImage image = l04Stripes(stripes);

        for (int i = 0; i < stripes.size(); i++) {
            assertEquals(stripes.get(i).get("HU").asDouble(), image.modalityValue(i), "stripe " + i);
        }
    }

    @Test
    void render_l04LinearWindow40_400() throws Exception {
        JsonNode stripes = TestData.expected("L04").get("stripes");

        BufferedImage rendered = DisplayRenderer.render(l04Stripes(stripes), new Window(40, 400));

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, rendered.getType());
        assertStripes(stripes, "LINEAR_40_400", rendered);
    }

    @Test
    void render_l04LinearExactWindow40_400() throws Exception {
        JsonNode stripes = TestData.expected("L04").get("stripes");

        BufferedImage rendered = DisplayRenderer.render(l04Stripes(stripes), new Window(40, 400),
                VoiLutFunction.LINEAR_EXACT);

        assertStripes(stripes, "LINEAR_EXACT_40_400", rendered);
    }

    @Test
    void render_l04SigmoidWindow40_400() throws Exception {
        JsonNode stripes = TestData.expected("L04").get("stripes");

        BufferedImage rendered = DisplayRenderer.render(l04Stripes(stripes), new Window(40, 400),
                VoiLutFunction.SIGMOID);

        assertStripes(stripes, "SIGMOID_40_400", rendered);
    }

    @Test
    void render_l04CtPresets() throws Exception {
        JsonNode stripes = TestData.expected("L04").get("stripes");
        StudyImage image = l04Stripes(stripes);
        List<Window> presets = WindowPresets.forModality("CT");

        assertStripes(stripes, "brain_40_80", DisplayRenderer.render(image, preset(presets, "Brain")));
        assertStripes(stripes, "lung_-600_1500", DisplayRenderer.render(image, preset(presets, "Lung")));
        assertStripes(stripes, "bone_400_1800", DisplayRenderer.render(image, preset(presets, "Bone")));
    }

    private static Window preset(List<Window> presets, String name) {
        return presets.stream().filter(w -> w.explanation().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void render_l01Monochrome1InvertedAfterVoi() throws Exception {
        JsonNode l01 = TestData.expected("L01");
        int[] stored = {l01.get("col0_stored").asInt(), l01.get("col255_stored").asInt()};
        StudyImage image = StudyImage.builder(ImageKind.DICOM)
                .modality("OT")
                .size(2, 1)
                .photometricInterpretation("MONOCHROME1")
                .grey(stored, ModalityTransform.IDENTITY)
                .build();
        Window window = new Window(l01.get("window").get(0).asDouble(), l01.get("window").get(1).asDouble());

        BufferedImage rendered = DisplayRenderer.render(image, window);

        assertEquals(l01.get("col0_display").asInt(), rendered.getRaster().getSample(0, 0, 0));
        assertEquals(l01.get("col255_display").asInt(), rendered.getRaster().getSample(1, 0, 0));
    }

    @Test
    void defaultWindow_firstFileWindow() {
        StudyImage image = StudyImage.builder(ImageKind.DICOM)
                .modality("CT")
                .size(2, 1)
                .grey(new int[] {0, 100}, ModalityTransform.IDENTITY)
                .windows(List.of(new Window(40, 400, "first"), new Window(-600, 1500, "second")))
                .build();

        assertEquals(new Window(40, 400, "first"), DisplayRenderer.defaultWindow(image));
    }

    @Test
    void defaultWindow_minMaxWithoutFileWindow() {
        StudyImage image = StudyImage.builder(ImageKind.DICOM)
                .modality("MR")
                .size(3, 1)
                .grey(new int[] {10, 35, 110}, new ModalityTransform.Rescale(2, -20))
                .build();

        Window window = DisplayRenderer.defaultWindow(image);
        BufferedImage rendered = DisplayRenderer.render(image, window);

        assertEquals(100.5, window.center());
        assertEquals(201, window.width());
        assertEquals(0, rendered.getRaster().getSample(0, 0, 0));
        assertEquals(255, rendered.getRaster().getSample(2, 0, 0));
        // Modality value 50 of 0..200: (50 - 100) / 200 + 0.5 = 0.25, × 255 = 63.75 -> 64.
        assertEquals(64, rendered.getRaster().getSample(1, 0, 0));
    }

    @Test
    void presets_fileWindowsFirstThenCtPresets() {
        StudyImage image = StudyImage.builder(ImageKind.DICOM)
                .modality("CT")
                .size(1, 1)
                .grey(new int[] {0}, ModalityTransform.IDENTITY)
                .windows(List.of(new Window(40, 400, "file")))
                .build();

        List<Window> offered = WindowPresets.forImage(image);

        assertEquals(9, offered.size());
        assertEquals("file", offered.get(0).explanation());
        assertEquals(new Window(40, 80, "Brain"), offered.get(1));
        assertEquals(new Window(75, 215, "Subdural"), offered.get(2));
        assertEquals(new Window(40, 40, "Stroke"), offered.get(3));
        assertEquals(new Window(-600, 1500, "Lung"), offered.get(4));
        assertEquals(new Window(50, 350, "Mediastinum"), offered.get(5));
        assertEquals(new Window(40, 400, "Abdomen"), offered.get(6));
        assertEquals(new Window(60, 160, "Liver"), offered.get(7));
        assertEquals(new Window(400, 1800, "Bone"), offered.get(8));
    }

    @Test
    void presets_noneForMr() {
        assertEquals(List.of(), WindowPresets.forModality("MR"));
        assertEquals(List.of(), WindowPresets.forModality(null));
    }

    @Test
    void window_rejectsWidthBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new Window(40, 0.5));
    }

    @Test
    void voiLutFunction_fromDicomTerms() {
        assertEquals(VoiLutFunction.LINEAR, VoiLutFunction.fromDicom(null));
        assertEquals(VoiLutFunction.LINEAR_EXACT, VoiLutFunction.fromDicom("LINEAR_EXACT"));
        assertEquals(VoiLutFunction.SIGMOID, VoiLutFunction.fromDicom("SIGMOID "));
        assertEquals(VoiLutFunction.LINEAR, VoiLutFunction.fromDicom("UNKNOWN"));
    }
    @Test
    void voiLut_clampsAndScalesEntries() {
        VoiLut lut = new VoiLut(-2, 12, new int[] {0, 1000, 4095}, "");

        assertEquals(0, lut.apply(-100));
        assertEquals(0, lut.apply(-2));
        // 1000 of 0..4095: 1000 × 255 / 4095 = 62.27 -> 62.
        assertEquals(62, lut.apply(-1));
        assertEquals(255, lut.apply(0));
        assertEquals(255, lut.apply(5000));
    }

    @Test
    void render_voiLutInvertsMonochrome1() {
        StudyImage image = StudyImage.builder(ImageKind.DICOM)
                .modality("CR")
                .size(3, 1)
                .photometricInterpretation("MONOCHROME1")
                .grey(new int[] {0, 1, 2}, ModalityTransform.IDENTITY)
                .voiLuts(List.of(new VoiLut(0, 8, new int[] {0, 100, 255}, "")))
                .build();

        BufferedImage rendered = DisplayRenderer.render(image);

        assertEquals(255, rendered.getRaster().getSample(0, 0, 0));
        assertEquals(155, rendered.getRaster().getSample(1, 0, 0));
        assertEquals(0, rendered.getRaster().getSample(2, 0, 0));
    }
}
