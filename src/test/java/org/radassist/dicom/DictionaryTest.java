package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Tag}, {@link ElementDictionary}, {@link VR} and {@link TransferSyntax} lookups. */
class DictionaryTest {

    @Test
    void tagFormat_printsGroupAndElement() {
        assertEquals("(0028,0010)", Tag.format(Tag.Rows));
        assertEquals("(7FE0,0010)", Tag.format(Tag.PixelData));
        assertEquals("(FFFE,E000)", Tag.format(0xFFFEE000));
    }

    @Test
    void dictionary_returnsVrKeywordAndName() {
        assertEquals(VR.US, ElementDictionary.vrOf(Tag.Rows));
        assertEquals(VR.SQ, ElementDictionary.vrOf(Tag.ModalityLUTSequence));
        assertEquals("WindowCenterWidthExplanation", ElementDictionary.keywordOf(Tag.WindowCenterWidthExplanation));
        assertEquals("Window Center Width Explanation", ElementDictionary.nameOf(Tag.WindowCenterWidthExplanation));
        assertEquals("SOP Class UID", ElementDictionary.nameOf(Tag.SOPClassUID));
        assertEquals("VOI LUT Function", ElementDictionary.nameOf(Tag.VOILUTFunction));
        assertEquals("RT ROI Observations Sequence", ElementDictionary.nameOf(Tag.RTROIObservationsSequence));
        assertEquals("Patient ID", ElementDictionary.nameOf(Tag.PatientID));
        assertEquals("KVP", ElementDictionary.nameOf(Tag.KVP));
        assertEquals("Region Location Min X0", ElementDictionary.nameOf(Tag.RegionLocationMinX0));
    }

    @Test
    void dictionary_coversRepeatingOverlayGroups() {
        assertEquals(VR.US, ElementDictionary.vrOf(0x60020010));
        assertEquals("OverlayRows", ElementDictionary.keywordOf(0x601E0010));
    }

    @Test
    void dictionary_fallsBackForUnknownTags() {
        assertEquals(VR.UL, ElementDictionary.vrOf(0x00190000));
        assertEquals(VR.LO, ElementDictionary.vrOf(0x00190010));
        assertEquals(VR.UN, ElementDictionary.vrOf(0x00191001));
        assertNull(ElementDictionary.keywordOf(0x00191001));
    }

    @Test
    void vr_parsesExplicitVrBytes() {
        assertSame(VR.OW, VR.fromCode('O', 'W'));
        assertNull(VR.fromCode('X', 'X'));
        assertNull(VR.fromCode(0, 0));
        assertTrue(VR.UT.hasLongLength());
        assertFalse(VR.US.hasLongLength());
    }

    @Test
    void transferSyntax_knowsStandardNames() {
        TransferSyntax jpegLs = TransferSyntax.forUid("1.2.840.10008.1.2.4.80");

        assertEquals("JPEG-LS Lossless Image Compression", jpegLs.name());
        assertTrue(jpegLs.encapsulated());
        assertFalse(jpegLs.decodable());
        assertTrue(TransferSyntax.forUid("1.2.840.10008.1.2.2").bigEndian());
        assertTrue(TransferSyntax.forUid("1.2.840.10008.1.2.1.99").deflated());
        assertFalse(TransferSyntax.forUid("1.2.840.10008.1.2").explicitVr());
        assertTrue(TransferSyntax.forUid("1.2.840.10008.1.2.4.91").decodable());
    }

    @Test
    void transferSyntax_namesUnknownUids() {
        TransferSyntax unknown = TransferSyntax.forUid("1.2.3.4 ");

        assertEquals("1.2.3.4", unknown.uid());
        assertEquals("Unknown transfer syntax", unknown.name());
        assertFalse(unknown.decodable());
        assertEquals("Retired or unknown JPEG transfer syntax", TransferSyntax.forUid("1.2.840.10008.1.2.4.53").name());
    }
}
