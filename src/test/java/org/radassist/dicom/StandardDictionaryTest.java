package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The full dictionary generated from DCMTK's dicom.dic, reached through {@link ElementDictionary}. */
class StandardDictionaryTest {

    @Test
    void entryOf_describesTagOutsideCoreTable() {
        DictionaryEntry entry = ElementDictionary.entryOf(0x00082218);

        assertEquals("SQ", entry.vr());
        assertEquals("AnatomicRegionSequence", entry.keyword());
        assertEquals("Anatomic Region Sequence", entry.name());
        assertEquals("1", entry.vm());
        assertFalse(entry.retired());
        assertEquals("AnatomicRegionSequence", ElementDictionary.keywordOf(0x00082218));
    }

    @Test
    void entryOf_writesContextVrAsStandardDoes() {
        assertEquals("OB or OW", ElementDictionary.entryOf(Tag.PixelData).vr());
        assertEquals("US or SS", ElementDictionary.entryOf(Tag.SmallestImagePixelValue).vr());
        assertEquals("1-n", ElementDictionary.entryOf(Tag.SpecificCharacterSet).vm());
    }

    @Test
    void entryOf_matchesRepeatingGroupsAndRetired() {
        DictionaryEntry overlayData = ElementDictionary.entryOf(0x60023000);
        assertEquals("OverlayData", overlayData.keyword());
        assertEquals("OB or OW", overlayData.vr());

        DictionaryEntry sourceImageIds = ElementDictionary.entryOf(0x00203102);
        assertEquals("SourceImageIDs", sourceImageIds.keyword());
        assertTrue(sourceImageIds.retired());
        assertNull(ElementDictionary.entryOf(0x00203101), "the range covers even elements only");
    }

    @Test
    void entryOf_returnsNullForPrivateTag() {
        assertNull(ElementDictionary.entryOf(0x00191001));
        assertNull(ElementDictionary.entryOf(0x00190010));
    }
}
