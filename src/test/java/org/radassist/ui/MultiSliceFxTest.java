package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.AuditLog;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.radassist.inference.DemoEndpoint;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Multi-slice requests through the real window and services. Slices marked with the M key and the
 * Mark slice button go to a demo endpoint behind an OpenAI-compatible profile that allows three
 * images, and a choice over that limit is rejected before sending.
 */
@ExtendWith(ApplicationExtension.class)
class MultiSliceFxTest {

    @TempDir
    static Path dir;

    @TempDir
    Path folder;

    private DemoEndpoint demo;
    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoEndpoint.start();
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, "{\"activeProfile\":\"local\",\"profiles\":[{\"name\":\"local\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"" + demo.baseUrl() + "\",\"model\":\"radassist-demo\","
                + "\"auth\":\"NONE\",\"maxImages\":3}]}");
        DesktopWorkbench workbench =
                new DesktopWorkbench(new SettingsStore(settings), new AuditLog(dir.resolve("audit.jsonl")));
        fixture = MainViewFixture.show(stage, workbench, FxTestSupport.ENGLISH);
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
        demo.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void waitForState(FxRobot robot) throws Exception {
        fixture.waitForAnalysisEnd();
    }

    @Test
    void markedSlices_sentTogether_overLimitRejected(FxRobot robot) throws Exception {
        for (int i = 0; i < 5; i++) {
            SliceFiles.write(Corpus.SAMPLE_CT, folder.resolve("s" + i + ".dcm"), "0\\0\\" + (10 * i), SliceFiles.AXIAL,
                    String.valueOf(i + 1), 96 * i, 32);
        }
        robot.interact(() -> view.open(folder));
        FxTestSupport.waitUntil(() -> "Slice 1 of 5".equals(text(robot, "#sliceLabel")));
        FxTestSupport.waitUntil(() -> view.viewModel().slices().maxImagesProperty().get() == 3);
        assertTrue(FxTestSupport.shown(robot, "#markSliceButton"));
        assertFalse(FxTestSupport.shown(robot, "#multiImageWarning"));

        robot.clickOn("#imageArea").type(KeyCode.M);
        assertEquals("Slice 1 of 5 · marked", text(robot, "#sliceLabel"));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        FxTestSupport.waitUntil(() -> "Slice 3 of 5".equals(text(robot, "#sliceLabel")));
        assertFalse(robot.lookup("#markSliceButton").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#markSliceButton");
        assertTrue(robot.lookup("#markSliceButton").queryAs(ToggleButton.class).isSelected());
        assertEquals("Marked (2): 1, 3", text(robot, "#markedSlicesLabel"));

        robot.interact(() -> view.viewModel().slices().modeProperty().set(SliceSelection.Mode.MARKED));
        assertTrue(FxTestSupport.shown(robot, "#multiImageWarning"));
        robot.clickOn("#analyzeButton");
        waitForState(robot);
        assertEquals(WorkbenchState.DONE, view.viewModel().stateProperty().get(), text(robot, "#errorDetail"));
        assertTrue(FxTestSupport.shown(robot, "#demoBanner"));
        String audit = Files.readString(dir.resolve("audit.jsonl"));
        assertTrue(audit.contains("\"images\":[{\"sha256\":"), audit);
        assertEquals(2, audit.split("\"sha256\"", -1).length - 1, audit);

        robot.interact(() -> {
            view.viewModel().slices().modeProperty().set(SliceSelection.Mode.EVEN);
            view.viewModel().slices().sampleCountProperty().set(5);
        });
        robot.clickOn("#analyzeButton");
        waitForState(robot);
        assertEquals(WorkbenchState.ERROR, view.viewModel().stateProperty().get());
        assertEquals("Too many images for this endpoint profile", text(robot, "#errorHeadline"));
        assertEquals(1, Files.readAllLines(dir.resolve("audit.jsonl")).size(), "the rejected request was not sent");
    }
}
