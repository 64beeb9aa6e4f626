package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every menu path that a README names in bold ("**File → Settings…**") exists in the menu bar. */
class ReadmeMenuNamesTest {

    private static final Pattern MENU_PATH = Pattern.compile("\\*\\*([^*→]+) → ([^*]+)\\*\\*");

    /** Menu and item keys of MainView.fxml. */
    private static final String[][] MENU_ITEMS = {
        {"menu.file", "menu.open"}, {"menu.file", "menu.openFolder"}, {"menu.file", "menu.settings"},
        {"menu.file", "menu.quit"}, {"menu.help", "menu.audit"}, {"menu.help", "menu.about"},
    };

    private static List<String> menuPaths(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.radassist.i18n.messages", locale);
        List<String> paths = new ArrayList<>();
        for (String[] item : MENU_ITEMS) {
            paths.add(bundle.getString(item[0]) + " → " + bundle.getString(item[1]));
        }
        return paths;
    }

    private static void assertMenuPathsExist(String readme, Locale locale, int expectedCount) throws Exception {
        List<String> paths = menuPaths(locale);
        Matcher matcher = MENU_PATH.matcher(Files.readString(Path.of(readme)));
        int count = 0;
        while (matcher.find()) {
            String path = matcher.group(1).trim() + " → " + matcher.group(2).trim();
            assertTrue(paths.contains(path), readme + " names " + path + ", the menus are " + paths);
            count++;
        }
        assertEquals(expectedCount, count, readme + ": menu paths found");
    }

    @Test
    void englishReadme_menuPathsExist() throws Exception {
        assertMenuPathsExist("README.md", Locale.ROOT, 6);
    }

    @Test
    void chineseReadme_menuPathsExist() throws Exception {
        assertMenuPathsExist("README.zh-CN.md", Locale.SIMPLIFIED_CHINESE, 6);
    }
}
