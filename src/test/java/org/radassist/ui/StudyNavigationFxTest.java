package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A study folder through the real window and services: five copies of the sample CT with
 * patched positions, an SR object and a text file, navigated by wheel and keys, then the
 * current slice analysed by the embedded demo endpoint.
 */
@ExtendWith(ApplicationExtension.class)
class StudyNavigationFxTest {

    private static final String AXIAL = "1\\0\\0\\0\\1\\0";
    /** Rows of the bright band that makes each copy differ from the sample CT and from each other. */
    private static final int BAND_ROWS = 96;

    @TempDir
    static Path settingsDir;

    @TempDir
    Path folder;

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

    /**
     * Writes five slices. By position along +z the order is: band at row 0, band at row 96, the
     * unchanged sample CT, band at row 288, band at row 384. File names and Instance Numbers run
     * the other way, so only the position gives this order.
     */
    private void writeStudyFolder() throws Exception {
        SliceFiles.write(Corpus.SAMPLE_CT, folder.resolve("ct").resolve("a.dcm"), "0\\0\\40", AXIAL, "1", 384, BAND_ROWS);
        SliceFiles.write(Corpus.SAMPLE_CT, folder.resolve("ct").resolve("b.dcm"), "0\\0\\30", AXIAL, "2", 288, BAND_ROWS);
        SliceFiles.write(Corpus.SAMPLE_CT, folder.resolve("ct").resolve("c.dcm"), "0\\0\\20", AXIAL, "3", 0, 0);
        SliceFiles.write(Corpus.SAMPLE_CT, folder.resolve("ct").resolve("d.dcm"), "0\\0\\10", AXIAL, "4", 96, BAND_ROWS);
        SliceFiles.write(Corpus.SAMPLE_CT, folder.resolve("ct").resolve("e.dcm"), "0\\0\\0", AXIAL, "5", 0, BAND_ROWS);
        Files.copy(Corpus.real("sr_no_pixels.dcm"), folder.resolve("report.dcm"));
        Files.writeString(folder.resolve("readme.txt"), "not DICOM");
    }

    private String sliceLabel(FxRobot robot) {
        return robot.lookup("#sliceLabel").queryAs(Label.class).getText();
    }

    private void waitForSlice(FxRobot robot, String expected) throws Exception {
        FxTestSupport.waitUntil(() -> expected.equals(sliceLabel(robot)));
        assertEquals(expected, sliceLabel(robot));
    }

    private int[] shownPixels() {
        return view.viewModel().displayPixelsProperty().get().argb().clone();
    }

    private String shownFile() {
        return view.viewModel().imageProperty().get().fileName();
    }

    /**
     * Turns the mouse wheel over the image by {@code notches}, positive towards the user. The
     * event is fired directly because Monocle's robot reports TestFX's wheel-down as deltaY +1,
     * while desktop JavaFX reports a turn towards the user as a negative deltaY.
     */
    private static void wheel(FxRobot robot, int notches) {
        Node imageArea = robot.lookup("#imageArea").query();
        robot.interact(() -> Event.fireEvent(imageArea, new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10,
                false, false, false, false, false, false, 0, -40.0 * notches, 0, -40.0 * notches,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES,
                -notches, 0, null)));
    }

    private void analyzeAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#analyzeButton");
        fixture.waitForAnalysisEnd();
        assertEquals(WorkbenchState.DONE, view.viewModel().stateProperty().get(),
                robot.lookup("#errorDetail").queryAs(Label.class).getText());
    }

    @Test
    void studyFolder_navigatesSlicesAndAnalysesCurrent(FxRobot robot) throws Exception {
        writeStudyFolder();

        robot.interact(() -> view.open(folder));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.LOADING);

        assertEquals(WorkbenchState.READY, view.viewModel().stateProperty().get(),
                robot.lookup("#errorDetail").queryAs(Label.class).getText());
        waitForSlice(robot, "Slice 1 of 5");
        assertEquals("e.dcm", shownFile());
        assertEquals(2, robot.lookup("#seriesList").queryAs(ListView.class).getItems().size());
        assertTrue(FxTestSupport.shown(robot, "#seriesList"));
        assertTrue(FxTestSupport.shown(robot, "#problemsPane"));
        assertEquals("Skipped files: 1", robot.lookup("#problemsPane").queryAs(TitledPane.class).getText());
        assertNotNull(view.viewModel().displayPixelsProperty().get());
        int[] first = shownPixels();

        wheel(robot, 1);
        waitForSlice(robot, "Slice 2 of 5");
        assertEquals("d.dcm", shownFile());
        assertFalse(Arrays.equals(first, shownPixels()), "the second slice shows a different image");

        robot.clickOn("#imageArea").type(KeyCode.DOWN);
        waitForSlice(robot, "Slice 3 of 5");
        assertEquals("c.dcm", shownFile());

        robot.type(KeyCode.END);
        waitForSlice(robot, "Slice 5 of 5");
        assertEquals("a.dcm", shownFile());

        robot.type(KeyCode.HOME);
        waitForSlice(robot, "Slice 1 of 5");
        assertEquals("e.dcm", shownFile());
        assertTrue(Arrays.equals(first, shownPixels()), "back on the first slice, its image shows again");

        robot.type(KeyCode.PAGE_DOWN);
        waitForSlice(robot, "Slice 2 of 5");

        wheel(robot, -1);
        waitForSlice(robot, "Slice 1 of 5");

        // The band at row 0 keeps the slice from matching the recorded sample CT, so the demo returns its generic text.
        analyzeAndWait(robot);
        assertEquals("Not available in demo mode", robot.lookup("#diagnosisLabel").queryAs(Label.class).getText());

        robot.clickOn("#imageArea").type(KeyCode.DOWN).type(KeyCode.DOWN);
        waitForSlice(robot, "Slice 3 of 5");
        assertEquals("c.dcm", shownFile());
        analyzeAndWait(robot);
        assertEquals("No acute abnormality", robot.lookup("#diagnosisLabel").queryAs(Label.class).getText());
        assertTrue(FxTestSupport.shown(robot, "#demoBanner"));
    }

    @Test
    void scrolling_keepsSelectedWindowPreset(FxRobot robot) throws Exception {
        writeStudyFolder();
        robot.interact(() -> view.open(folder));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.LOADING);
        waitForSlice(robot, "Slice 1 of 5");
        WindowPreset lung = null;
        for (WindowPreset preset : view.viewModel().presets()) {
            if (preset.name().equals("preset.lung")) {
                lung = preset;
            }
        }
        assertNotNull(lung, "CT slices offer the lung preset");
        WindowPreset chosen = lung;
        robot.interact(() -> view.viewModel().selectedPresetProperty().set(chosen));

        robot.clickOn("#imageArea").type(KeyCode.DOWN);
        waitForSlice(robot, "Slice 2 of 5");

        assertSame(chosen, view.viewModel().selectedPresetProperty().get());
    }

    @Test
    void multiFrameFile_navigatesFrames(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(Corpus.real("us_jpeg_ybr422_30frames.dcm")));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.LOADING);
        waitForSlice(robot, "Slice 1 of 30");
        assertFalse(FxTestSupport.shown(robot, "#seriesList"), "a single series needs no list");
        int[] firstFrame = shownPixels();

        robot.clickOn("#imageArea").type(KeyCode.END);
        waitForSlice(robot, "Slice 30 of 30");
        assertFalse(Arrays.equals(firstFrame, shownPixels()), "the last frame shows a different image");

        robot.type(KeyCode.PAGE_UP);
        waitForSlice(robot, "Slice 27 of 30");
        wheel(robot, 1);
        waitForSlice(robot, "Slice 28 of 30");
    }
}
