package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.radassist.testsupport.ThreeWindowReference;

/**
 * The lookup-table paths of the CT three-window RGB and the 8-bit window rendering against the
 * per-pixel formulas they replace, pixel by pixel.
 */
class StoredValueTablesTest {

    private static final int SIDE = 128;

    @Test
    void range_unsignedFrameStartsAtZero() {
        assertEquals(new StoredValueTables.Range(0, 4096), StoredValueTables.Range.around(0, 4095, 512 * 512));
        assertEquals(new StoredValueTables.Range(0, 4096), StoredValueTables.Range.around(17, 2049, 512 * 512));
        assertEquals(new StoredValueTables.Range(0, 256), StoredValueTables.Range.around(0, 3, 4));
    }

    @Test
    void range_signedFrameIsSymmetric() {
        assertEquals(new StoredValueTables.Range(-4096, 8192),
                StoredValueTables.Range.around(-2000, 3071, 512 * 512));
        assertEquals(new StoredValueTables.Range(-32768, 65536),
                StoredValueTables.Range.around(-32768, 32767, 512 * 512));
    }

    @Test
    void range_tooWideOrTooLargeIsNull() {
        assertNull(StoredValueTables.Range.around(0, 65536, 1 << 20));
        assertNull(StoredValueTables.Range.around(-32769, 0, 1 << 20));
        assertNull(StoredValueTables.Range.around(0, 40000, 4));
    }

    @Test
    void ctThreeWindow_corpusCtMatchesReference() throws Exception {
        StudyImage ct = ImageLoader.load(TestData.file("codecs/ct_s16_evrle.dcm"));
        assertNotNull(StoredValueTables.rangeOf(ct), "the table path must be taken");

        int[] rgb = ModelInputConversion.ctThreeWindow(ct, CtWindowSet.NOTEBOOK);

        for (int i = 0; i < rgb.length; i++) {
            assertEquals(ThreeWindowReference.rgb(ct.modalityValue(i)), rgb[i], "pixel " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(CtWindowSet.class)
    void ctThreeWindow_fractionalRescaleMatchesDirectFormula(CtWindowSet windows) {
        StudyImage image = syntheticGrey(-3000, 3000, new ModalityTransform.Rescale(0.37, -1024.25), null, "");
        assertNotNull(StoredValueTables.rangeOf(image));

        int[] rgb = ModelInputConversion.ctThreeWindow(image, windows);

        int[] stored = image.storedValues();
        for (int i = 0; i < rgb.length; i++) {
            assertEquals(windows.toRgb(stored[i] * 0.37 + -1024.25), rgb[i], "pixel " + i);
        }
    }

    @Test
    void ctThreeWindow_modalityLutMatchesDirectFormula() {
        int[] entries = new int[4096];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = (i * 7919) % 4096;
        }
        ModalityTransform lut = new ModalityTransform.LookupTable(-100, 16, entries, "");
        StudyImage image = syntheticGrey(-200, 4200, lut, null, "");
        assertNotNull(StoredValueTables.rangeOf(image));

        int[] rgb = ModelInputConversion.ctThreeWindow(image, CtWindowSet.NOTEBOOK);

        int[] stored = image.storedValues();
        for (int i = 0; i < rgb.length; i++) {
            assertEquals(ThreeWindowReference.rgb(lut.apply(stored[i])), rgb[i], "pixel " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(VoiLutFunction.class)
    void window_monochrome2MatchesDirectFormula(VoiLutFunction function) {
        StudyImage image = syntheticGrey(-1500, 2500, new ModalityTransform.Rescale(1.5, -1000.5), null,
                "MONOCHROME2");
        Window window = new Window(40.5, 401);

        assertGreyEqualsFormula(image, window, function);
    }

    @ParameterizedTest
    @EnumSource(VoiLutFunction.class)
    void window_monochrome1WithPaddingMatchesDirectFormula(VoiLutFunction function) {
        StudyImage image = syntheticGrey(0, 4095, new ModalityTransform.Rescale(1, 0), new PixelPadding(0, 99),
                "MONOCHROME1");
        Window window = new Window(2047.5, 4096);

        assertGreyEqualsFormula(image, window, function);
    }

    @Test
    void window_largeCrMatchesDirectFormula() throws Exception {
        StudyImage cr = ImageLoader.load(TestData.file("real/dicom/cr_mono1_modality_lut_seq_jpegll.dcm"));
        assertNotNull(StoredValueTables.rangeOf(cr), "the table path must be taken");

        assertGreyEqualsFormula(cr, DisplayRenderer.defaultWindow(cr), VoiLutFunction.LINEAR);
        assertGreyEqualsFormula(cr, new Window(1000, 300), VoiLutFunction.SIGMOID);
    }

    @ParameterizedTest
    @EnumSource(VoiLutFunction.class)
    void projectionGrey_matchesApplyRounded(VoiLutFunction function) {
        StudyImage image = StudyImage.builder(ImageKind.DICOM).modality("CR").size(SIDE, SIDE)
                .photometricInterpretation("MONOCHROME2").bitsStored(12)
                .grey(randomValues(0, 4095), new ModalityTransform.Rescale(0.25, 3))
                .windows(java.util.List.of(new Window(500, 700))).voiLutFunction(function).build();
        assertNotNull(StoredValueTables.rangeOf(image));

        int[] grey = ModelInputConversion.projectionGrey(image);

        float[] values = image.modalityValues();
        for (int i = 0; i < grey.length; i++) {
            assertEquals(function.applyRounded(values[i], new Window(500, 700)), grey[i], "pixel " + i);
        }
    }

    @Test
    void tables_areSharedBySlicesOfOneSeries() {
        ModalityTransform rescale = new ModalityTransform.Rescale(1, -1024);
        StudyImage first = syntheticGrey(0, 3000, rescale, null, "");
        StudyImage second = syntheticGrey(10, 4000, rescale, null, "");

        int[] firstTable = StoredValueTables.threeWindowRgb(rescale, CtWindowSet.NOTEBOOK,
                StoredValueTables.rangeOf(first));
        int[] secondTable = StoredValueTables.threeWindowRgb(new ModalityTransform.Rescale(1, -1024),
                CtWindowSet.NOTEBOOK, StoredValueTables.rangeOf(second));

        assertSame(firstTable, secondTable);
    }

    @Test
    void modelInputImage_wrapsPixelsAsIntRgb() {
        StudyImage image = syntheticGrey(-1024, 2000, new ModalityTransform.Rescale(1, 0), null, "");

        BufferedImage prepared = ModelInputBuilder.prepareImage(image,
                ModelInputOptions.defaults().withMaxSide(0));

        assertEquals(BufferedImage.TYPE_INT_RGB, prepared.getType());
        int[] pixels = ((DataBufferInt) prepared.getRaster().getDataBuffer()).getData();
        int[] stored = image.storedValues();
        for (int i = 0; i < pixels.length; i++) {
            assertEquals(ThreeWindowReference.rgb(stored[i]), pixels[i], "pixel " + i);
            assertEquals(ThreeWindowReference.rgb(stored[i]) | 0xFF000000, prepared.getRGB(i % SIDE, i / SIDE));
        }
    }

    /** Renders through the table and compares with the formula the renderer used before the tables. */
    private static void assertGreyEqualsFormula(StudyImage image, Window window, VoiLutFunction function) {
        BufferedImage rendered = DisplayRenderer.render(image, window, function);

        byte[] pixels = ((DataBufferByte) rendered.getRaster().getDataBuffer()).getData();
        float[] values = image.modalityValues();
        int[] stored = image.storedValues();
        boolean invert = image.monochrome1();
        for (int i = 0; i < pixels.length; i++) {
            int expected = (int) Math.round(function.apply(values[i], window.center(), window.width()));
            if (invert) {
                expected = 255 - expected;
            }
            if (image.pixelPadding().isPresent() && image.pixelPadding().get().contains(stored[i])) {
                expected = invert ? 255 : 0;
            }
            assertEquals(expected, pixels[i] & 0xFF, "pixel " + i);
        }
    }

    /** A 128×128 grey image with values spread over min..max, both ends included. */
    private static StudyImage syntheticGrey(int min, int max, ModalityTransform transform, PixelPadding padding,
            String photometric) {
        return StudyImage.builder(ImageKind.DICOM).modality("CT").size(SIDE, SIDE)
                .photometricInterpretation(photometric.isEmpty() ? "MONOCHROME2" : photometric).bitsStored(16)
                .grey(randomValues(min, max), transform).pixelPadding(padding).build();
    }

    private static int[] randomValues(int min, int max) {
        Random random = new Random(min * 31L + max);
        int[] values = new int[SIDE * SIDE];
        for (int i = 0; i < values.length; i++) {
            values[i] = min + random.nextInt(max - min + 1);
        }
        values[0] = min;
        values[1] = max;
        return values;
    }
}
