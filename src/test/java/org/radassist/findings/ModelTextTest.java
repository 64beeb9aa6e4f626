package org.radassist.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ModelTextTest {

    @Test
    void stripControlCharacters_removesAnsiColour() {
        assertEquals("Pneumonia, right lower lobe",
                ModelText.stripControlCharacters("\u001B[31mPneumonia\u001B[0m, right lower lobe"));
    }

    @Test
    void stripControlCharacters_removesBidiControls() {
        assertEquals("abcdefghi", ModelText.stripControlCharacters(
                "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068\u2069i"));
    }

    @Test
    void stripControlCharacters_removesC0AndC1ExceptNewlineAndTab() {
        assertEquals("line 1\nline\t2x", ModelText.stripControlCharacters("line 1\r\nline\t2\u0007\u0000\u007F\u009Bx"));
    }

    @Test
    void stripControlCharacters_keepsChineseAndArabicText() {
        assertEquals("右下肺炎 التهاب", ModelText.stripControlCharacters("右下肺炎 التهاب"));
    }

    @Test
    void stripControlCharacters_null() {
        assertNull(ModelText.stripControlCharacters(null));
    }
}
