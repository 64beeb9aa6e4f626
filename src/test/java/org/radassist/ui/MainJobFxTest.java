package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
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

/**
 * The main job through the real window: the real services, the sample CT from the bundled assets
 * and the embedded demo endpoint on 127.0.0.1, on Monocle's headless platform.
 */
@ExtendWith(ApplicationExtension.class)
class MainJobFxTest {

    private static final String HISTORY = "65-year-old with cough and fever for five days.";

    @TempDir
    static Path settingsDir;

    private DesktopWorkbench workbench;
    private TaskExecutor executor;
    private MainView view;

    @Start
    void start(Stage stage) {
        workbench = new DesktopWorkbench(new SettingsStore(settingsDir.resolve("settings.json")));
        executor = TaskExecutor.forJavaFx();
        view = new MainView(workbench, FxTestSupport.ENGLISH, executor);
        RadAssistApplication.showIn(stage, view, FxTestSupport.ENGLISH);
    }

    @Stop
    void stop() {
        view.viewModel().dispose();
        executor.close();
        workbench.close();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> view.open(file));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.LOADING);
    }

    private static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.getParent().isVisible();
    }

    @Test
    void analyzeSampleCt_showsRecordedDiagnosisBesideImage(FxRobot robot) throws Exception {
        open(robot, Corpus.SAMPLE_CT);
        assertNotNull(robot.lookup("#imageView").queryAs(ImageView.class).getImage(), "the CT is on screen");

        robot.clickOn("#historyArea").write(HISTORY);
        robot.clickOn("#analyzeButton");
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.DONE
                || view.viewModel().stateProperty().get() == WorkbenchState.ERROR);

        assertEquals(WorkbenchState.DONE, view.viewModel().stateProperty().get(),
                robot.lookup("#errorDetail").queryAs(Label.class).getText());
        assertEquals("No acute abnormality", robot.lookup("#diagnosisLabel").queryAs(Label.class).getText());
        assertEquals(6, robot.lookup("#findingsList").queryAs(ListView.class).getItems().size());
        assertEquals("No acute cardiopulmonary abnormality on this slice.",
                robot.lookup("#impressionLabel").queryAs(Label.class).getText());
        assertTrue(shown(robot, "#demoBanner"), "a demo answer is labelled as recorded");
        assertTrue(shown(robot, "#cautionLabel"));
        assertEquals(HISTORY, robot.lookup("#historyArea").queryAs(TextArea.class).getText());
    }

    @Test
    void openJpegLs_showsErrorKeepsHistory(FxRobot robot) throws Exception {
        robot.clickOn("#historyArea").write(HISTORY);

        open(robot, Corpus.real("ct1_jpegls_lossless.dcm"));

        assertTrue(shown(robot, "#errorHeadline"));
        String detail = robot.lookup("#errorDetail").queryAs(Label.class).getText();
        assertTrue(detail.contains("ct1_jpegls_lossless.dcm"), detail);
        assertTrue(detail.contains("1.2.840.10008.1.2.4.80"), detail);
        assertEquals(HISTORY, robot.lookup("#historyArea").queryAs(TextArea.class).getText());
    }
}
