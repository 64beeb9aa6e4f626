package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcut registry and its bundle keys. */
class ShortcutsTest {

    @Test
    void registered_descriptionsExistInBothBundles() {
        for (Shortcuts.Shortcut shortcut : Shortcuts.registered()) {
            assertTrue(FxTestSupport.ENGLISH.has(shortcut.descriptionKey()), shortcut.descriptionKey());
            assertTrue(FxTestSupport.CHINESE.has(shortcut.descriptionKey()), shortcut.descriptionKey());
            if (shortcut.keys().startsWith("shortcut.")) {
                assertTrue(FxTestSupport.CHINESE.has(shortcut.keys()), shortcut.keys());
            }
        }
    }

    @Test
    void register_addsOnceAndDialogLocalises() {
        // Registering a built-in entry again leaves the JVM-wide list unchanged for the other tests.
        int before = Shortcuts.registered().size();
        Shortcuts.register("Home / End", "shortcut.sliceEnds");

        assertEquals(before, Shortcuts.registered().size());
        List<ShortcutsDialog.Row> rows = ShortcutsDialog.rows(FxTestSupport.CHINESE, null);
        assertTrue(rows.contains(new ShortcutsDialog.Row("鼠标滚轮", "上一张或下一张切片")), rows.toString());
    }

    @Test
    void dialogRows_listViewerAndAnnotationKeys() {
        List<ShortcutsDialog.Row> rows = ShortcutsDialog.rows(FxTestSupport.ENGLISH, null);

        assertTrue(rows.contains(new ShortcutsDialog.Row("W", "Window/level tool: drag to change the window")),
                rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Row("[ / ]", "Rotate 90° counter-clockwise or clockwise")),
                rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Row("M", "Mark or unmark the slice for a multi-slice analysis")),
                rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Row("Delete or Backspace", "Delete the selected annotation")),
                rows.toString());
    }

    @Test
    void dialogRows_translateMouseKeysInChinese() {
        List<ShortcutsDialog.Row> rows = ShortcutsDialog.rows(FxTestSupport.CHINESE, null);

        assertTrue(rows.contains(new ShortcutsDialog.Row("中键拖动或 Shift+拖动", "移动图像")), rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Row("空格键", "播放或暂停切片或帧")), rows.toString());
    }
}
