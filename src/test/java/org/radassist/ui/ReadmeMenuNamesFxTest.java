package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every menu path that a README or user guide names in bold ("**File → Settings…**") exists in the menu bar of
 * the main window as built in that language, menus added in code included.
 */
@ExtendWith(ApplicationExtension.class)
class ReadmeMenuNamesFxTest {

    private static final Pattern MENU_PATH = Pattern.compile("\\*\\*([^*→]+) → ([^*]+)\\*\\*");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** Builds a main window in {@code text}'s language and lists "Menu → Item" for every item. */
    private static List<String> menuPaths(Localization text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MainView view = new MainView(new StubWorkbenchService(), text, TaskExecutor.direct());
            MenuBar menuBar = (MenuBar) view.root().lookup("#menuBar");
            List<String> paths = new ArrayList<>();
            for (Menu menu : menuBar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getText() != null) {
                        paths.add(menu.getText() + " → " + item.getText());
                    }
                }
            }
            view.dispose();
            return paths;
        }).get();
    }

    private static void assertMenuPathsExist(String readme, Localization text, int expectedCount) throws Exception {
        List<String> paths = menuPaths(text);
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
    void englishDocs_menuPathsExist(FxRobot robot) throws Exception {
        assertMenuPathsExist("README.md", FxTestSupport.ENGLISH, 9);
        assertMenuPathsExist("docs/user-guide.md", FxTestSupport.ENGLISH, 8);
    }

    @Test
    void chineseDocs_menuPathsExist(FxRobot robot) throws Exception {
        assertMenuPathsExist("README.zh-CN.md", FxTestSupport.CHINESE, 9);
        assertMenuPathsExist("docs/user-guide.zh-CN.md", FxTestSupport.CHINESE, 8);
    }
}
