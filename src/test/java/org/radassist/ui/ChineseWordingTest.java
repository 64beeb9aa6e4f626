package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Terms of the Simplified Chinese bundle that a new user reads in several places. */
class ChineseWordingTest {

    private final ResourceBundle chinese = FxTestSupport.CHINESE.bundle();

    @Test
    void chineseBundle_usesOneSliceTerm() {
        for (String key : chinese.keySet()) {
            String value = chinese.getString(key);
            assertFalse(value.contains("层"), key + "=" + value);
        }
        assertEquals("第 3 张切片，共 24 张", FxTestSupport.CHINESE.format("slice.position", 3, 24));
    }

    @Test
    void chatCompletionsLabel_hasChineseGloss() {
        String label = chinese.getString("settings.api.chat");

        assertTrue(label.startsWith("Chat completions"), label);
        assertTrue(label.contains("对话补全"), label);
    }
}
