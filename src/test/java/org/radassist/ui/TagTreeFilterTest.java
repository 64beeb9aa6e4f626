package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag browser's search on single nodes. */
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
}
