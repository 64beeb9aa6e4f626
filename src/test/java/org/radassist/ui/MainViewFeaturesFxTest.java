package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The main window's templates, reasoning warning, start screen, recent files, theme and
 * shortcuts, with the real services and a fresh configuration directory per test.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewFeaturesFxTest {

    private static final Path MISSING = Path.of("/nonexistent/radassist-test/old-study");

    @TempDir
    Path configDir;

    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) throws IOException {
        Files.writeString(configDir.resolve("ui-preferences.json"),
                "{\"theme\": \"light\", \"recentFiles\": [\"" + MISSING + "\"]}");
        fixture = MainViewFixture.showDesktop(stage, configDir.resolve("settings.json"));
        view = fixture.view();
    }

    @Stop
    void stop() {
        view.features().dispose();
        fixture.close();
        Application.setUserAgentStylesheet(null);
    }

    private DesktopWorkbench reopenedWorkbench() {
        return new DesktopWorkbench(new SettingsStore(configDir.resolve("settings.json")));
    }

    private MenuItem menuItem(String id) {
        MenuBar menuBar = (MenuBar) view.root().lookup("#menuBar");
        return menuBar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .flatMap(item -> item instanceof Menu submenu
                        ? Stream.concat(Stream.of(item), submenu.getItems().stream())
                        : Stream.of(item))
                .filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private void waitForFile(Path file, String expected) throws Exception {
        FxTestSupport.waitUntil(() -> {
            try {
                return Files.isRegularFile(file) && Files.readString(file).contains(expected);
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void templateEdit_savedAndReloaded(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> view.viewModel().templates().size() == 4);
        robot.clickOn("#editTemplatesButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#templateList").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#templateList").queryAs(ListView.class);

        robot.interact(() -> {
            list.getSelectionModel().select(1);
            robot.lookup("#templateTextArea").queryAs(TextArea.class).setText("Describe this CT slice.");
        });
        robot.clickOn("#templateAddButton");
        robot.interact(() -> {
            robot.lookup("#templateNameField").queryAs(TextField.class).setText("Fracture check");
            robot.lookup("#templateTextArea").queryAs(TextArea.class).setText("Is there a fracture?");
        });
        robot.clickOn("#templateSaveButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#templateList").tryQuery().isEmpty());

        assertEquals(5, view.viewModel().templates().size());
        assertEquals("Fracture check", view.viewModel().templates().get(4).name());
        try (DesktopWorkbench reopened = reopenedWorkbench()) {
            List<PromptTemplateChoice> reloaded = reopened.templates();
            assertEquals(new PromptTemplateChoice("ct", "template.ct", "Describe this CT slice."), reloaded.get(1));
            assertEquals(new PromptTemplateChoice("user-1", "Fracture check", "Is there a fracture?"), reloaded.get(4));
        }
    }

    @Test
    void templateEditor_resetsBuiltInAndDeletesUserTemplate(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> view.viewModel().templates().size() == 4);
        String shippedCtText = view.viewModel().templates().get(1).text();
        robot.clickOn("#editTemplatesButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#templateList").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#templateList").queryAs(ListView.class);
        TextArea textArea = robot.lookup("#templateTextArea").queryAs(TextArea.class);

        robot.interact(() -> {
            list.getSelectionModel().select(1);
            textArea.setText("Edited CT text.");
        });
        assertFalse(robot.lookup("#templateResetButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#templateDeleteButton").queryButton().isDisabled(), "built-ins cannot be deleted");
        robot.clickOn("#templateResetButton");
        assertEquals(shippedCtText, textArea.getText());

        robot.clickOn("#templateAddButton");
        assertEquals(5, list.getItems().size());
        assertTrue(robot.lookup("#templateResetButton").queryButton().isDisabled(), "user templates have no reset");
        robot.clickOn("#templateDeleteButton");
        assertEquals(4, list.getItems().size());
        robot.clickOn("#templateSaveButton");
        FxTestSupport.waitUntil(() -> robot.lookup("#templateList").tryQuery().isEmpty());

        try (DesktopWorkbench reopened = reopenedWorkbench()) {
            assertEquals(4, reopened.templates().size());
            assertEquals(shippedCtText, reopened.templates().get(1).text());
        }
    }

    @Test
    void reasoningWarning_followsHistoryAndPrompt(FxRobot robot) throws Exception {
        Node warning = robot.lookup("#reasoningWarning").query();
        assertFalse(warning.isVisible());

        robot.interact(() -> view.viewModel().historyProperty().set("Cough for three weeks. Think step by step."));
        assertTrue(warning.isVisible());

        robot.interact(() -> view.viewModel().historyProperty().set("Cough for three weeks."));
        assertFalse(warning.isVisible());

        robot.interact(() -> view.viewModel().promptTextProperty().set("请逐步分析这张图像。"));
        assertTrue(warning.isVisible());
    }

    @Test
    void startScreen_clickOnSampleOpensIt(FxRobot robot) throws Exception {
        FlowPane gallery = robot.lookup("#sampleGallery").queryAs(FlowPane.class);
        FxTestSupport.waitUntil(() -> gallery.getChildren().size() == 2 && gallery.getChildren().stream()
                .allMatch(tile -> ((ImageView) ((Button) tile).getGraphic()).getImage() != null));
        Button ctTile = (Button) gallery.getChildren().get(0);
        assertEquals("chest-ct-nema-ct1.dcm", ctTile.getText());

        robot.clickOn(ctTile);
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);

        assertEquals("chest-ct-nema-ct1.dcm", view.viewModel().imageProperty().get().fileName());
        assertFalse(robot.lookup("#startScreen").query().isVisible());
        Path opened = ((Path) ctTile.getUserData()).toAbsolutePath().normalize();
        waitForFile(configDir.resolve("ui-preferences.json"), opened.toString());
        try (DesktopWorkbench reopened = reopenedWorkbench()) {
            assertEquals(List.of(opened, MISSING), reopened.uiPreferences().recentFiles());
        }
    }

    @Test
    void startScreen_greysOutMissingRecentFile(FxRobot robot) throws Exception {
        VBox recent = robot.lookup("#recentFiles").queryAs(VBox.class);
        FxTestSupport.waitUntil(() -> recent.getChildren().size() == 1);

        Hyperlink link = (Hyperlink) recent.getChildren().get(0);
        assertEquals(MISSING + " (not found)", link.getText());
        assertTrue(link.isDisabled());
    }

    @Test
    void themeSwitch_setsStylesheetAndPersists(FxRobot robot) throws Exception {
        robot.interact(() -> menuItem("themeDARKMenuItem").fire());

        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(view.root().getStyleClass().contains("theme-dark"));
        waitForFile(configDir.resolve("ui-preferences.json"), "\"dark\"");
        try (DesktopWorkbench reopened = reopenedWorkbench()) {
            assertEquals(Theme.DARK, reopened.uiPreferences().theme());
        }
    }

    @Test
    void f1_listsMenuAcceleratorsAndRegisteredShortcuts(FxRobot robot) throws Exception {
        robot.clickOn("#historyArea");
        robot.push(KeyCode.F1);
        FxTestSupport.waitUntil(() -> robot.lookup("#shortcutTable").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        List<ShortcutsDialog.Row> rows = robot.lookup("#shortcutTable").queryAs(TableView.class).getItems();
        assertTrue(rows.contains(new ShortcutsDialog.Row("Ctrl+O", "File → Open…")), rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Row("Ctrl+T", "View → DICOM tags…")), rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Row("F1", "Help → Keyboard shortcuts")), rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Row("Mouse wheel", "Previous or next slice")), rows.toString());
    }

    @Test
    void ctrlT_opensTagBrowserForOpenImage(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(Path.of("assets/samples/chest-ct-nema-ct1.dcm")));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);

        robot.clickOn("#historyArea");
        robot.press(KeyCode.CONTROL).press(KeyCode.T).release(KeyCode.T).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#tagTable").tryQuery().isPresent());

        TreeTableView<?> table = robot.lookup("#tagTable").queryAs(TreeTableView.class);
        FxTestSupport.waitUntil(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        assertEquals("(0002,0000)", ((TagRow) table.getRoot().getChildren().get(0).getValue()).node().tag());
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }
}
