package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.radassist.testsupport.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tag browser on the corpus' structured report, read by the real services. dcmdump shows the
 * expected values: PredecessorDocumentsSequence contains three nested levels of items, and the
 * verifying observer's name is "Riesmeier^Jörg" in ISO_IR 100.
 */
@ExtendWith(ApplicationExtension.class)
class TagBrowserFxTest {

    private static final Path SR = Corpus.real("sr_no_pixels.dcm");

    @TempDir
    static Path configDir;

    private DesktopWorkbench workbench;
    private TaskExecutor executor;
    private final SimpleBooleanProperty hideIdentifiers = new SimpleBooleanProperty(true);
    private TagBrowserDialog dialog;

    @Start
    void start(Stage stage) {
        workbench = new DesktopWorkbench(new SettingsStore(configDir.resolve("settings.json")));
        executor = TaskExecutor.forJavaFx();
        dialog = new TagBrowserDialog(workbench, FxTestSupport.ENGLISH, executor, null, SR, hideIdentifiers);
        dialog.show();
    }

    @Stop
    void stop() {
        dialog.stage().close();
        executor.close();
        workbench.close();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<TagRow> table(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = robot.lookup("#tagTable").queryAs(TreeTableView.class);
        FxTestSupport.waitUntil(() -> table.getRoot() != null && !table.getRoot().getChildren().isEmpty());
        return table;
    }

    private static TreeItem<TagRow> child(TreeItem<TagRow> parent, String tag) {
        return parent.getChildren().stream().filter(item -> item.getValue().node().tag().equals(tag)).findFirst()
                .orElseThrow(() -> new AssertionError(tag + " not under " + parent.getValue()));
    }

    private void search(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup("#tagSearchField").queryAs(TextField.class).setText(query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String shownValue(TreeItem<TagRow> item, boolean hide) {
        return item.getValue().valueText(FxTestSupport.ENGLISH, hide);
    }

    @Test
    void tree_showsItemsNestedThreeLevels(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = table(robot);

        TreeItem<TagRow> predecessors = child(table.getRoot(), "(0040,A360)");
        assertEquals("1 item", shownValue(predecessors, true));
        TreeItem<TagRow> item = predecessors.getChildren().get(0);
        assertEquals("Item 1", item.getValue().nameText(FxTestSupport.ENGLISH));
        assertEquals("2 elements", shownValue(item, true));
        assertEquals("1 matching element", FxTestSupport.ENGLISH.format("tags.matches", 1));
        assertEquals("5 个元素", FxTestSupport.CHINESE.format("tags.count", 5));
        TreeItem<TagRow> series = child(item, "(0008,1115)");
        TreeItem<TagRow> sops = child(series.getChildren().get(0), "(0008,1199)");
        TreeItem<TagRow> instance = child(sops.getChildren().get(0), "(0008,1155)");
        assertEquals("ReferencedSOPInstanceUID", instance.getValue().node().keyword());
        assertEquals("Referenced SOP Instance UID", instance.getValue().nameText(FxTestSupport.ENGLISH));
        assertEquals("1.2.276.0.7230010.3.1.4.2139363186.7819.982086466.1", shownValue(instance, true));
    }

    @Test
    void search_byKeywordExpandsMatchingBranch(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = table(robot);

        search(robot, "referencedsopinstanceuid");

        List<TreeItem<TagRow>> top = table.getRoot().getChildren();
        assertEquals(List.of("(0040,A360)", "(0040,A730)"), top.stream().map(item -> item.getValue().node().tag()).toList(),
                "dcmdump lists ReferencedSOPInstanceUID in PredecessorDocumentsSequence and ContentSequence");
        TreeItem<TagRow> predecessors = top.get(0);
        assertTrue(predecessors.isExpanded());
        TreeItem<TagRow> item = predecessors.getChildren().get(0);
        assertTrue(item.isExpanded());
        TreeItem<TagRow> series = child(item, "(0008,1115)");
        assertTrue(series.isExpanded());
        assertEquals(1, item.getChildren().size(), "StudyInstanceUID does not match and is left out");
    }

    @Test
    void search_byValueIgnoresCase(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = table(robot);

        search(robot, "offis e.v.");

        TreeItem<TagRow> observers = child(table.getRoot(), "(0040,A073)");
        assertEquals(1, table.getRoot().getChildren().size());
        assertEquals(1, observers.getChildren().size(), "only the first observer's item matches");
        TreeItem<TagRow> organisation = child(observers.getChildren().get(0), "(0040,A027)");
        assertEquals("OFFIS e.V.", shownValue(organisation, true));
    }

    @Test
    void search_byTagWithAndWithoutComma(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = table(robot);

        search(robot, "0008,0060");
        assertEquals(List.of("(0008,0060)"), table.getRoot().getChildren().stream()
                .map(item -> item.getValue().node().tag()).toList());

        search(robot, "00080060");
        assertEquals(List.of("(0008,0060)"), table.getRoot().getChildren().stream()
                .map(item -> item.getValue().node().tag()).toList());
    }

    @Test
    void hiddenIdentifiers_showHiddenAndNeverMatch(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = table(robot);
        TreeItem<TagRow> patientName = child(table.getRoot(), "(0010,0010)");
        assertEquals("hidden", shownValue(patientName, true));
        assertTrue(robot.lookup(".tree-table-cell").queryAll().stream()
                .anyMatch(cell -> "hidden".equals(((javafx.scene.control.Labeled) cell).getText())));

        search(robot, "Test^S R");
        assertTrue(table.getRoot().getChildren().isEmpty(), "a hidden value must not match");
        search(robot, "Riesmeier");
        assertTrue(table.getRoot().getChildren().isEmpty(), "an observer name inside an item is hidden too");

        robot.interact(() -> hideIdentifiers.set(false));
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<TagRow> observers = child(table.getRoot(), "(0040,A073)");
        TreeItem<TagRow> name = child(observers.getChildren().get(0), "(0040,A075)");
        assertEquals("Riesmeier^Jörg", shownValue(name, false));
    }

    @Test
    void copyValue_putsValueOnClipboard(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = table(robot);
        search(robot, "0008,0060");
        robot.interact(() -> table.getSelectionModel().select(table.getRoot().getChildren().get(0)));
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().select(table.getRoot().getChildren().get(0)));

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("SR", WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
    }

    @Test
    void copyValue_refusesHiddenValue(FxRobot robot) throws Exception {
        TreeTableView<TagRow> table = table(robot);
        search(robot, "0010,0010");
        robot.interact(() -> table.getSelectionModel().select(table.getRoot().getChildren().get(0)));

        assertFalse(WaitForAsyncUtils.asyncFx(dialog::copySelectedValue).get());
    }
}
