package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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

    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) {
        fixture = MainViewFixture.showDesktop(stage, settingsDir.resolve("settings.json"));
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    @Test
    void analyzeSampleCt_showsRecordedDiagnosisBesideImage(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, Corpus.SAMPLE_CT);
        assertNotNull(robot.lookup("#imageView").queryAs(ImageView.class).getImage(), "the CT is on screen");

        robot.clickOn("#historyArea").write(HISTORY);
        robot.clickOn("#analyzeButton");
        fixture.waitForAnalysisEnd();

        assertEquals(WorkbenchState.DONE, view.viewModel().stateProperty().get(),
                robot.lookup("#errorDetail").queryAs(Label.class).getText());
        assertEquals("No acute abnormality", robot.lookup("#diagnosisLabel").queryAs(Label.class).getText());
        assertEquals(6, robot.lookup("#findingsList").queryAs(ListView.class).getItems().size());
        assertEquals("No acute cardiopulmonary abnormality on this slice.",
                robot.lookup("#impressionLabel").queryAs(Label.class).getText());
        assertTrue(FxTestSupport.shown(robot, "#demoBanner"), "a demo answer is labelled as recorded");
        assertTrue(FxTestSupport.shown(robot, "#cautionLabel"));
        assertEquals(HISTORY, robot.lookup("#historyArea").queryAs(TextArea.class).getText());
    }

    @Test
    void openJpegLs_showsErrorKeepsHistory(FxRobot robot) throws Exception {
        robot.clickOn("#historyArea").write(HISTORY);

        fixture.openAndWait(robot, Corpus.real("ct1_jpegls_lossless.dcm"));

        assertTrue(FxTestSupport.shown(robot, "#errorHeadline"));
        String detail = robot.lookup("#errorDetail").queryAs(Label.class).getText();
        assertTrue(detail.contains("ct1_jpegls_lossless.dcm"), detail);
        assertTrue(detail.contains("1.2.840.10008.1.2.4.80"), detail);
        assertEquals(HISTORY, robot.lookup("#historyArea").queryAs(TextArea.class).getText());
    }
}
