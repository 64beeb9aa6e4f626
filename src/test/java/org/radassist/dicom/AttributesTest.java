package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Value access, sequences and character sets of {@link Attributes}. */
class AttributesTest {

    @TempDir
    Path directory;

    @Test
    void getString_trimsLeadingSpaceOfRescaleIntercept() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("ct_evrle_win40_300_spaced_ri.dcm")).dataSet();

        assertEquals("-1024", dataSet.getString(Tag.RescaleIntercept));
        assertEquals(-1024.0, dataSet.getDouble(Tag.RescaleIntercept, 0));
        assertEquals(VR.DS, dataSet.getVR(Tag.RescaleIntercept));
    }

    @Test
    void getStrings_splitsMultipleWindows() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.caseFile("L05_ct_multi_window.dcm")).dataSet();

        assertArrayEquals(new String[] {"40", "-600"}, dataSet.getStrings(Tag.WindowCenter));
        assertArrayEquals(new double[] {400, 1500}, dataSet.getDoubles(Tag.WindowWidth));
        assertEquals(40, dataSet.getInt(Tag.WindowCenter, 0));
    }

    @Test
    void absentElement_returnsDefaults() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("mr_small_evrle.dcm")).dataSet();

        assertNull(dataSet.getString(Tag.RescaleType));
        assertEquals(0, dataSet.getStrings(Tag.RescaleType).length);
        assertEquals(7, dataSet.getInt(Tag.NumberOfFrames, 7));
        assertEquals(0, dataSet.getDoubles(Tag.RescaleSlope).length);
        assertTrue(dataSet.getSequence(Tag.ModalityLUTSequence).isEmpty());
        assertNull(dataSet.getBytes(Tag.ModalityLUTSequence));
        assertNull(dataSet.getVR(Tag.ModalityLUTSequence));
    }

    @Test
    void modalityLutSequence_undefinedLengthItem() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("cr_mono1_modality_lut_seq_jpegll.dcm")).dataSet();
        List<Attributes> items = dataSet.getSequence(Tag.ModalityLUTSequence);

        assertEquals(1, items.size());
        Attributes lut = items.get(0);
        assertArrayEquals(new int[] {1024, 0, 16}, lut.getInts(Tag.LUTDescriptor));
        assertEquals("US", lut.getString(Tag.ModalityLUTType));
        int[] data = lut.getInts(Tag.LUTData);
        assertEquals(1024, data.length);
        assertArrayEquals(new int[] {0, 0, 1, 2, 2, 3}, Arrays.copyOf(data, 6));
        assertEquals(dataSet, lut.parent());
    }

    @Test
    void voiLutSequence_definedLengthItem() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("ot_voilut_seq_8bit.dcm")).dataSet();
        Attributes lut = dataSet.getSequence(Tag.VOILUTSequence).get(0);

        assertArrayEquals(new int[] {256, 0, 16}, lut.getInts(Tag.LUTDescriptor));
        int[] data = lut.getInts(Tag.LUTData);
        assertEquals(256, data.length);
        assertEquals(257, data[1]);
        assertNull(lut.getString(Tag.LUTExplanation));
    }

    @Test
    void implicitSequences_useDictionaryVr() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("rtstruct_no_pixels.dcm")).dataSet();
        List<Attributes> rois = dataSet.getSequence(Tag.StructureSetROISequence);

        assertEquals("RTSTRUCT", dataSet.getString(Tag.Modality));
        assertTrue(rois.size() >= 3, "ROIs: " + rois.size());
        assertEquals("patient", rois.get(0).getString(Tag.ROIName));
        assertEquals("Isocenter 1", rois.get(1).getString(Tag.ROIName));
    }

    @Test
    void directoryRecords_areAllRead() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("DICOMDIR")).dataSet();
        List<Attributes> records = dataSet.getSequence(Tag.DirectoryRecordSequence);

        assertEquals(52, records.size());
        assertEquals("PATIENT", records.get(0).getString(Tag.DirectoryRecordType));
    }

    @Test
    void nestedContentSequence_decodesLatin1Text() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("sr_no_pixels.dcm")).dataSet();

        assertEquals("ISO_IR 100", dataSet.characterSet().term());
        List<String> texts = new ArrayList<>();
        collectTextValues(dataSet, texts);
        assertTrue(texts.contains("A mass of"), texts.toString());
        assertTrue(texts.contains("was detected."), texts.toString());
    }

    @Test
    void elements_areInAscendingTagOrder() throws DicomException {
        Attributes dataSet = DicomFile.read(Corpus.real("mr_small_evrle.dcm")).dataSet();
        int previous = 0;
        for (DataElement element : dataSet.elements()) {
            assertTrue(Integer.compareUnsigned(element.tag(), previous) > 0, Tag.format(element.tag()));
            previous = element.tag();
        }
        assertTrue(dataSet.contains(Tag.PixelData));
        assertEquals(Tag.DataSetTrailingPadding, previous);
    }

    @Test
    void latin1PersonName_isDecoded() throws IOException {
        Attributes dataSet = readDataSet("ISO_IR 100", "M\u00fcller^J\u00fcrgen".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("M\u00fcller^J\u00fcrgen", dataSet.getString(Tag.PatientName));
    }

    @Test
    void utf8PersonName_isDecoded() throws IOException {
        String name = "Wang^XiaoDong=\u738b^\u5c0f\u6771";
        Attributes dataSet = readDataSet("ISO_IR 192", name.getBytes(StandardCharsets.UTF_8));

        assertEquals(name, dataSet.getString(Tag.PatientName));
    }

    @Test
    void gb18030PersonName_isDecoded() throws IOException {
        String name = "Wang^XiaoDong=\u738b^\u5c0f\u4e1c";
        Attributes dataSet = readDataSet("GB18030", name.getBytes(Charset.forName("GB18030")));

        assertEquals(name, dataSet.getString(Tag.PatientName));
    }

    @Test
    void iso2022Ir87PersonName_isDecoded() throws IOException {
        // PS3.5 annex H.3.1: Yamada^Tarou in romaji, kanji and hiragana.
        String encoded = "Yamada^Tarou=\u001b$B;3ED\u001b(B^\u001b$BB@O:\u001b(B=\u001b$B$d$^$@\u001b(B^\u001b$B$?$m$&\u001b(B";
        Attributes dataSet = readDataSet("\\ISO 2022 IR 87", encoded.getBytes(StandardCharsets.US_ASCII));

        assertEquals("Yamada^Tarou=\u5c71\u7530^\u592a\u90ce=\u3084\u307e\u3060^\u305f\u308d\u3046",
                dataSet.getString(Tag.PatientName));
    }

    @Test
    void iso2022Ir149PersonName_isDecoded() throws IOException {
        // PS3.5 annex I.2: Hong^Gildong in romanization, hanja and hangul.
        byte[] encoded = bytes("Hong^Gildong=", 0x1b, '$', ')', 'C', 0xFB, 0xF3, '^', 0x1b, '$', ')', 'C', 0xD1,
                0xCE, 0xD4, 0xD7, '=', 0x1b, '$', ')', 'C', 0xC8, 0xAB, '^', 0x1b, '$', ')', 'C', 0xB1, 0xE6, 0xB5,
                0xBF);
        Attributes dataSet = readDataSet("\\ISO 2022 IR 149", encoded);

        assertEquals("Hong^Gildong=\u6d2a^\u5409\u6d1e=\ud64d^\uae38\ub3d9", dataSet.getString(Tag.PatientName));
    }

    @Test
    void iso2022MultiValued_splitsBeforeDecoding() throws IOException {
        String encoded = "\u001b$B;3ED\u001b(B\\Tarou";
        Attributes dataSet = readDataSet("\\ISO 2022 IR 87", encoded.getBytes(StandardCharsets.US_ASCII),
                Tag.InstitutionName, "LO");

        assertArrayEquals(new String[] {"\u5c71\u7530", "Tarou"}, dataSet.getStrings(Tag.InstitutionName));
    }

    private Attributes readDataSet(String characterSet, byte[] patientName) throws IOException {
        return readDataSet(characterSet, patientName, Tag.PatientName, "PN");
    }

    private Attributes readDataSet(String characterSet, byte[] value, int tag, String vr) throws IOException {
        byte[] dataSet = new TestFiles().text(Tag.SpecificCharacterSet, "CS", characterSet)
                .text(tag, vr, value).toBytes();
        Path file = directory.resolve("charset.dcm");
        Files.write(file, TestFiles.part10(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), dataSet));
        return DicomFile.read(file).dataSet();
    }

    private static byte[] bytes(String ascii, int... more) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[prefix.length + more.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        for (int i = 0; i < more.length; i++) {
            all[prefix.length + i] = (byte) more[i];
        }
        return all;
    }

    private static void collectTextValues(Attributes dataSet, List<String> texts) {
        String text = dataSet.getString(Tag.TextValue);
        if (text != null) {
            texts.add(text);
        }
        for (Attributes item : dataSet.getSequence(Tag.ContentSequence)) {
            collectTextValues(item, texts);
        }
    }
}
