package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.radassist.review.ReviewWorkspace;
import org.radassist.testsupport.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The keyboard as a new user meets it: the image keys work right after an image opens, without a
 * click, and the annotation tools have keys of their own. The keys are typed through the robot, so
 * they reach whatever node has the focus.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerKeyboardFxTest {

    @TempDir
    Path home;

    private TaskExecutor executor;
    private MainView view;
    private DesktopWorkbench workbench;

    @Start
    void start(Stage stage) {
        workbench = new DesktopWorkbench(new SettingsStore(home.resolve("config").resolve("settings.json")), null,
                ReviewWorkspace.in(home.resolve("data"), home.resolve("config")));
        executor = TaskExecutor.forJavaFx();
        view = new MainView(workbench, FxTestSupport.ENGLISH, executor);
        RadAssistApplication.showIn(stage, view, FxTestSupport.ENGLISH);
    }

    @Stop
    void stop() {
        view.dispose();
        executor.close();
        workbench.close();
    }

    private void openSampleCt(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(Corpus.SAMPLE_CT));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.LOADING
                && view.review().model().sessionProperty().get() != null);
    }

    private ViewerTool viewerTool() {
        return view.viewModel().viewer().toolProperty().get();
    }

    @Test
    void openImage_givesImageAreaTheFocus(FxRobot robot) throws Exception {
        openSampleCt(robot);

        Node imageArea = robot.lookup("#imageArea").query();
        assertSame(imageArea, imageArea.getScene().getFocusOwner());
        ImageViewport viewport = robot.lookup("#viewport").queryAs(ImageViewport.class);
        robot.type(KeyCode.I);
        assertTrue(viewport.invertProperty().get());
        robot.type(KeyCode.P);
        assertEquals(ViewerTool.PAN, viewerTool());
    }

    @Test
    void toolKeys_chooseAnnotationToolsAndEscapeReturnsToSelect(FxRobot robot) throws Exception {
        openSampleCt(robot);
        AnnotationLayer layer = view.review().layer();

        robot.type(KeyCode.A);
        assertEquals(ViewerTool.ANNOTATE, viewerTool());
        assertEquals(AnnotationTool.ARROW, layer.toolProperty().get());
        assertTrue(robot.lookup("#annotate-arrow").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.B);
        assertEquals(AnnotationTool.RECTANGLE, layer.toolProperty().get());
        assertTrue(robot.lookup("#annotate-rectangle").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.ESCAPE);
        assertEquals(AnnotationTool.SELECT, layer.toolProperty().get());
        assertTrue(robot.lookup("#annotate-select").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.W);
        assertEquals(ViewerTool.WINDOW_LEVEL, viewerTool());
        assertTrue(robot.lookup("#annotate-select").queryAs(ToggleButton.class).getTooltip().getText()
                .equals("Select (S)"));
    }

    @Test
    void toolKeys_typedInHistory_stayText(FxRobot robot) throws Exception {
        openSampleCt(robot);
        TextArea history = robot.lookup("#historyArea").queryAs(TextArea.class);
        robot.interact(history::requestFocus);

        robot.type(KeyCode.L, KeyCode.E, KeyCode.A);

        assertEquals("lea", history.getText());
        assertEquals(ViewerTool.WINDOW_LEVEL, viewerTool());
    }
}
