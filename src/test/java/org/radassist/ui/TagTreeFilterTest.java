package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag browser's search and the value text of single rows. */
class TagTreeFilterTest {

    private static final TagNode PATIENT_NAME = new TagNode(TagNode.Kind.ELEMENT, "(0010,0010)", "PN", "PatientName",
            "Patient Name", "Doe^Jane", 8, true, List.of());
    private static final TagNode MODALITY = new TagNode(TagNode.Kind.ELEMENT, "(0008,0060)", "CS", "Modality",
            "Modality", "CT", 2, false, List.of());

    @Test
    void matches_tagInEveryNotation() {
        for (String query : List.of("0010,0010", "00100010", "(0010,0010)", " 0010, 0010 ")) {
            assertTrue(new TagTreeFilter(query, true).matches(PATIENT_NAME), query);
            assertFalse(new TagTreeFilter(query, true).matches(MODALITY), query);
        }
    }

    @Test
    void matches_keywordAndNameIgnoringCase() {
        assertTrue(new TagTreeFilter("patientname", true).matches(PATIENT_NAME));
        assertTrue(new TagTreeFilter("Patient N", true).matches(PATIENT_NAME));
    }

    @Test
    void matches_valueOnlyWhenNotHidden() {
        assertTrue(new TagTreeFilter("ct", true).matches(MODALITY));
        assertFalse(new TagTreeFilter("jane", true).matches(PATIENT_NAME));
        assertTrue(new TagTreeFilter("jane", false).matches(PATIENT_NAME));
    }

    @Test
    void matches_everythingWhenBlank() {
        assertTrue(new TagTreeFilter("  ", true).matches(PATIENT_NAME));
        assertTrue(new TagTreeFilter(null, true).isBlank());
    }

    @Test
    void tagRow_summarisesEncapsulatedPixelData() {
        TagNode fragment = new TagNode(TagNode.Kind.FRAGMENT, "(FFFE,E000)", "", "Item", "", "", 4, false, List.of());
        TagNode pixels = new TagNode(TagNode.Kind.ENCAPSULATED_PIXEL_DATA, "(7FE0,0010)", "OB", "PixelData",
                "Pixel Data", "", 248334, false, List.of(fragment, fragment));

        assertEquals("Encapsulated pixel data: 248,334 bytes in 2 fragments",
                new TagRow(pixels, 0).valueText(FxTestSupport.ENGLISH, true));
        assertEquals("Fragment, 4 bytes", new TagRow(fragment, 1).valueText(FxTestSupport.ENGLISH, true));
        assertEquals("Item 1", new TagRow(fragment, 1).nameText(FxTestSupport.ENGLISH));
    }

    @Test
    void tagRow_shortensLongBinaryValue() {
        TagNode overlay = new TagNode(TagNode.Kind.ELEMENT, "(6000,3000)", "OW", "OverlayData", "Overlay Data",
                "0000\\0001", 32768, false, List.of());

        assertEquals("0000\\0001 … (32,768 bytes)", new TagRow(overlay, 0).valueText(FxTestSupport.ENGLISH, true));
    }
}
