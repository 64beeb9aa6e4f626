package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Decoding of the small bug-report cases and of real files with tricky pixel layouts. */
class PixelDataCasesTest {

    private static final int[] RED = {255, 0, 0};
    private static final int[] GREEN = {0, 255, 0};
    private static final int[] BLUE = {0, 0, 255};
    private static final int[] WHITE = {255, 255, 255};

    @Test
    void signed12Bit_isSignExtended() throws DicomException {
        PixelData pixels = DicomFile.read(Corpus.caseFile("L02_signed12_ramp.dcm")).pixelData();
        int[] values = pixels.readFrame(0);

        assertTrue(pixels.signed());
        assertEquals(12, pixels.bitsStored());
        assertEquals(-2048, Samples.min(values));
        assertEquals(2032, Samples.max(values));
        assertEquals(0, values[128]);
    }

    @Test
    void rawImplicitDataSet_isReadWithoutPreamble() throws DicomException {
        DicomFile dicom = DicomFile.read(Corpus.caseFile("L08_no_preamble_implicit.dcm"));

        assertTrue(dicom.fileMeta().isEmpty());
        assertEquals(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, dicom.transferSyntax());
        assertEquals(40.0, dicom.dataSet().getDouble(Tag.WindowCenter, Double.NaN));
        assertEquals(64 * 64, dicom.pixelData().readFrame(0).length);
    }

    @Test
    void oddLength8Bit_readsNineValuesWithWarning() throws DicomException {
        DicomFile dicom = DicomFile.read(Corpus.caseFile("L10_odd_length_8bit_3x3.dcm"));
        int[] values = dicom.pixelData().readFrame(0);

        assertArrayEquals(new int[] {0, 32, 64, 96, 128, 160, 192, 224, 255}, values);
        assertEquals(1, dicom.warnings().size());
        assertTrue(dicom.warnings().get(0).contains("odd value length 9 of (7FE0,0010)"), dicom.warnings().get(0));
    }

    @Test
    void planarConfiguration1_returnsInterleavedColours() throws DicomException {
        PixelData pixels = DicomFile.read(Corpus.caseFile("L12_rgb_native_planar1.dcm")).pixelData();
        int[] values = pixels.readFrame(0);
        int columns = pixels.columns();

        assertEquals(1, pixels.planarConfiguration());
        assertEquals("RGB", pixels.photometricInterpretation());
        assertArrayEquals(RED, Samples.pixel(values, columns, 3, 16, 16));
        assertArrayEquals(GREEN, Samples.pixel(values, columns, 3, 48, 16));
        assertArrayEquals(BLUE, Samples.pixel(values, columns, 3, 16, 48));
        assertArrayEquals(WHITE, Samples.pixel(values, columns, 3, 48, 48));
    }

    @Test
    void rleGrey8_matchesDcmdrleOutput() throws DicomException {
        PixelData pixels = DicomFile.read(Corpus.caseFile("L13_rle_grey8.dcm")).pixelData();
        int[] values = pixels.readFrame(0);

        // Expected values: dcmdrle (dcmtk 3.6.7) decompressed the file, and the native copy has this CRC.
        assertEquals(0, Samples.min(values));
        assertEquals(252, Samples.max(values));
        assertEquals("a69dff54", Samples.crc32(values, 8));
    }

    @Test
    void jpegYbr422_isConvertedToRgbQuadrants() throws DicomException {
        PixelData pixels = DicomFile.read(Corpus.caseFile("L11a_rgb_quadrants_jpeg_baseline_ybr422.dcm")).pixelData();
        int[] values = pixels.readFrame(0);
        int columns = pixels.columns();

        assertEquals("RGB", pixels.photometricInterpretation());
        assertEquals("YBR_FULL_422", pixels.storedPhotometricInterpretation());
        assertClose(RED, Samples.pixel(values, columns, 3, 16, 16), 8);
        assertClose(GREEN, Samples.pixel(values, columns, 3, 48, 16), 8);
        assertClose(BLUE, Samples.pixel(values, columns, 3, 16, 48), 8);
        assertClose(WHITE, Samples.pixel(values, columns, 3, 48, 48), 8);
    }

    @Test
    void jpeg2000SignMismatch_signExtends() throws DicomException {
        PixelData pixels = DicomFile.read(Corpus.real("ct_j2k_lossless_3win_pr_mismatch.dcm")).pixelData();
        int[] values = pixels.readFrame(0);
        int columns = pixels.columns();
        // pydicom's values for column 279, rows 47 to 56.
        int[] expectedColumn = {621, 412, 138, -193, -520, -767, -907, -966, -988, -995};

        assertEquals(-2000, values[0]);
        for (int i = 0; i < expectedColumn.length; i++) {
            assertEquals(expectedColumn[i], values[(47 + i) * columns + 279], "row " + (47 + i));
        }
    }

    @Test
    void multiFrameJpeg_decodesLastFrame() throws DicomException {
        PixelData pixels = DicomFile.read(Corpus.real("us_jpeg_ybr422_30frames.dcm")).pixelData();
        int[] last = pixels.readFrame(29);

        assertEquals(30, pixels.frames());
        assertEquals(320 * 240 * 3, last.length);
        assertEquals("RGB", pixels.photometricInterpretation());
        DicomException error = assertThrows(DicomException.class, () -> pixels.readFrame(30));
        assertEquals(DicomException.Reason.INVALID_IMAGE, error.reason());
    }

    @Test
    void bigEndian_equalsLittleEndianValues() throws DicomException {
        int[] bigEndian = DicomFile.read(Corpus.real("mr_small_evrbe.dcm")).pixelData().readFrame(0);
        int[] littleEndian = DicomFile.read(Corpus.real("mr_small_evrle.dcm")).pixelData().readFrame(0);

        assertArrayEquals(littleEndian, bigEndian);
    }

    @Test
    void nativeYbrFull422_isExpandedToYbrFull() throws DicomException {
        PixelData subsampled = DicomFile.read(Corpus.real("sc_ybr_full_422_unc.dcm")).pixelData();
        PixelData full = DicomFile.read(Corpus.real("sc_ybr_full_unc.dcm")).pixelData();

        assertEquals("YBR_FULL", subsampled.photometricInterpretation());
        assertEquals("YBR_FULL", full.photometricInterpretation());
        assertArrayEquals(full.readFrame(0), subsampled.readFrame(0));
    }

    @Test
    void ybrFull422Unpacking_repeatsChromaForPixelPairs() throws DicomException {
        int[] values = DicomFile.read(Corpus.real("sc_ybr_full_422_unc.dcm")).pixelData().readFrame(0);

        assertEquals(values[1], values[4], "Cb of pixels 0 and 1");
        assertEquals(values[2], values[5], "Cr of pixels 0 and 1");
    }

    private static void assertClose(int[] expected, int[] actual, int tolerance) {
        for (int i = 0; i < expected.length; i++) {
            int difference = Math.abs(expected[i] - actual[i]);
            assertTrue(difference <= tolerance, "sample " + i + ": expected " + expected[i] + " +/- " + tolerance
                    + " but was " + actual[i]);
        }
    }
}
