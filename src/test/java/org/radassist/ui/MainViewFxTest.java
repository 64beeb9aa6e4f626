package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the main window with a stub service, on Monocle's headless platform. */
@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {

    private StubWorkbenchService service;
    private MainViewFixture fixture;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        service = new StubWorkbenchService();
        fixture = MainViewFixture.show(stage, service, FxTestSupport.ENGLISH);
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    private void analyzeAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#analyzeButton");
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.ANALYZING);
    }

    @Test
    void window_hasTitleAndMinimumSize() {
        assertEquals("RadAssist", stage.getTitle());
        assertEquals(1100, stage.getMinWidth());
        assertEquals(700, stage.getMinHeight());
    }

    @Test
    void startup_showsCautionAndEndpoint(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> !view.viewModel().templates().isEmpty());

        Label caution = robot.lookup("#cautionLabel").queryAs(Label.class);
        assertTrue(caution.isVisible());
        assertEquals("Output is preliminary and needs independent verification; it is not meant to directly "
                + "inform diagnosis or treatment.", caution.getText());
        assertEquals("Endpoint: Profile demo: demo endpoint (recorded answers, not model output)",
                robot.lookup("#statusLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#analyzeButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());
        assertFalse(FxTestSupport.shown(robot, "#errorHeadline"));
        assertFalse(FxTestSupport.shown(robot, "#demoBanner"));
        assertFalse(FxTestSupport.shown(robot, "#truncatedWarning"));
    }

    @Test
    void open_png_showsImageAndSummary(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);

        ImageView imageView = robot.lookup("#imageView").queryAs(ImageView.class);
        Image image = imageView.getImage();
        assertNotNull(image);
        assertTrue(imageView.getFitWidth() > 100);
        assertEquals(imageView.getFitWidth(), imageView.getFitHeight());
        assertEquals(imageView.getFitWidth(), image.getWidth(), "one image pixel per device pixel at render scale 1");
        assertEquals(imageView.getFitHeight(), image.getHeight());
        assertEquals(512, robot.lookup("#viewport").queryAs(ImageViewport.class).pixels().width());
        assertEquals("PNG, 512 × 512, 8 bits", robot.lookup("#imageSummaryLabel").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#analyzeButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void viewport_keepsAspectRatioInNarrowWindow(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);
        ImageViewport viewport = robot.lookup("#viewport").queryAs(ImageViewport.class);

        robot.interact(() -> stage.setHeight(720));
        WaitForAsyncUtils.waitForFxEvents();

        ImageView imageView = robot.lookup("#imageView").queryAs(ImageView.class);
        assertEquals(imageView.getFitWidth(), imageView.getFitHeight());
        assertTrue(imageView.getFitHeight() <= viewport.getHeight());
        assertTrue(imageView.getFitWidth() <= viewport.getWidth());
        double gapX = viewport.getWidth() - imageView.getFitWidth();
        double gapY = viewport.getHeight() - imageView.getFitHeight();
        assertTrue(gapX < 1 || gapY < 1, "the image fills the viewport in one direction");
    }

    @Test
    void viewport_checkerboardStaysBlackAndWhite(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, StubWorkbenchService.CHECKER_PNG);

        ImageView imageView = robot.lookup("#imageView").queryAs(ImageView.class);
        assertNotEquals(512.0, imageView.getFitWidth(), "the viewport must scale the image for this test to mean anything");
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> imageView.snapshot(null, null)).get();
        PixelReader reader = snapshot.getPixelReader();
        TreeSet<Integer> greyLevels = new TreeSet<>();
        for (int y = 0; y < (int) snapshot.getHeight(); y++) {
            for (int x = 0; x < (int) snapshot.getWidth(); x++) {
                greyLevels.add(reader.getArgb(x, y) & 0xFF);
            }
        }
        assertEquals(new TreeSet<>(List.of(0, 255)), greyLevels);
    }

    @Test
    void presetCombo_rendersChosenWindow(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);
        @SuppressWarnings("unchecked")
        ComboBox<WindowPreset> presets = robot.lookup("#presetCombo").queryAs(ComboBox.class);
        assertEquals(List.of(StubWorkbenchService.FULL_RANGE, StubWorkbenchService.NARROW), presets.getItems());

        robot.interact(() -> presets.getSelectionModel().select(StubWorkbenchService.NARROW));
        FxTestSupport.waitUntil(() -> service.renderCount.get() == 2);

        assertEquals(StubWorkbenchService.NARROW, service.lastRenderedPreset);
    }

    @Test
    void templateCombo_showsTemplateText(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> !view.viewModel().templates().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<PromptTemplateChoice> templates = robot.lookup("#templateCombo").queryAs(ComboBox.class);

        robot.interact(() -> templates.getSelectionModel().select(StubWorkbenchService.TEMPLATES.get(2)));

        assertEquals("Custom prompt text.", robot.lookup("#promptArea").queryAs(TextArea.class).getText());
        assertEquals("My own template", templates.getConverter().toString(templates.getValue()));
        assertEquals("Chest X-ray", templates.getConverter().toString(StubWorkbenchService.TEMPLATES.get(1)));
    }

    @Test
    void analyze_showsDiagnosisAndFindings(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);
        robot.clickOn("#historyArea").write("Cough for three weeks.");

        analyzeAndWait(robot);

        assertEquals("Cough for three weeks.", service.lastInput.clinicalHistory());
        assertEquals("Right upper lobe pneumonia", robot.lookup("#diagnosisLabel").queryAs(Label.class).getText());
        assertTrue(FxTestSupport.shown(robot, "#diagnosisLabel"));
        @SuppressWarnings("unchecked")
        ListView<String> findings = robot.lookup("#findingsList").queryAs(ListView.class);
        assertEquals(List.of("Consolidation in the right upper lobe", "No pleural effusion"), findings.getItems());
        assertEquals("Findings consistent with pneumonia.", robot.lookup("#impressionLabel").queryAs(Label.class).getText());
        assertFalse(FxTestSupport.shown(robot, "#recommendationsLabel"));
        assertFalse(FxTestSupport.shown(robot, "#truncatedWarning"));
        assertFalse(FxTestSupport.shown(robot, "#demoBanner"));
        assertFalse(FxTestSupport.shown(robot, "#errorHeadline"));
        assertTrue(FxTestSupport.shown(robot, "#cautionLabel"));
        assertEquals("Endpoint: Profile demo: demo endpoint (recorded answers, not model output) · Model: google/medgemma-4b-it",
                robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }

    @Test
    void analyzeFailure_showsHeadlineKeepsHistory(FxRobot robot) throws Exception {
        service.analysisFailure = new WorkbenchException(WorkbenchException.Reason.ENDPOINT_FAILED,
                "127.0.0.1:9: connection refused");
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);
        robot.clickOn("#historyArea").write("Fever.");

        analyzeAndWait(robot);

        Node findingsPane = robot.lookup("#findingsPane").query();
        Label headline = robot.from(findingsPane).lookup("#errorHeadline").queryAs(Label.class);
        assertTrue(FxTestSupport.shown(robot, "#errorHeadline"));
        assertEquals("The analysis request failed", headline.getText());
        assertEquals("127.0.0.1:9: connection refused", robot.lookup("#errorDetail").queryAs(Label.class).getText());
        assertEquals("Fever.", robot.lookup("#historyArea").queryAs(TextArea.class).getText());
        assertFalse(FxTestSupport.shown(robot, "#diagnosisLabel"));
        assertEquals(1, robot.listWindows().size(), "no dialog opens for an error");
        assertFalse(robot.lookup("#analyzeButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void open_missingFile_showsHeadline(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, Path.of("src/test/resources/testdata/missing.png"));

        assertEquals("The file cannot be read", robot.lookup("#errorHeadline").queryAs(Label.class).getText());
        assertTrue(FxTestSupport.shown(robot, "#errorHeadline"));
        assertNull(robot.lookup("#imageView").queryAs(ImageView.class).getImage());
        assertEquals(1, robot.listWindows().size());
    }

    @Test
    void analyze_truncated_showsWarning(FxRobot robot) throws Exception {
        service.outcome = StubWorkbenchService.outcome("Cardiomegaly", true, false);
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);

        analyzeAndWait(robot);

        Label warning = robot.lookup("#truncatedWarning").queryAs(Label.class);
        assertTrue(FxTestSupport.shown(robot, "#truncatedWarning"));
        assertEquals("The answer was cut off at the maximum number of tokens and is incomplete.", warning.getText());
        assertTrue(warning.getStyleClass().contains("truncated-warning"));
        assertFalse(FxTestSupport.shown(robot, "#demoBanner"));
    }

    @Test
    void analyze_demo_showsBanner(FxRobot robot) throws Exception {
        service.outcome = StubWorkbenchService.outcome("Cardiomegaly", false, true);
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);

        analyzeAndWait(robot);

        assertTrue(FxTestSupport.shown(robot, "#demoBanner"));
        assertEquals("Recorded demo answer — not model output", robot.lookup("#demoBanner").queryAs(Label.class).getText());
        assertFalse(FxTestSupport.shown(robot, "#truncatedWarning"));
    }

    @Test
    void analyze_unstructured_expandsFullAnswer(FxRobot robot) throws Exception {
        service.outcome = StubWorkbenchService.unstructuredOutcome();
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);

        analyzeAndWait(robot);

        assertTrue(FxTestSupport.shown(robot, "#unstructuredNote"));
        assertTrue(robot.lookup("#rawPane").queryAs(TitledPane.class).isExpanded());
        assertEquals("<unused94>thought\nThe lungs look clear.<unused95>The image shows clear lungs.",
                robot.lookup("#rawArea").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#thoughtPane").query().isVisible());
        assertEquals("The lungs look clear.", robot.lookup("#thoughtArea").queryAs(TextArea.class).getText());
        assertEquals("", robot.lookup("#diagnosisLabel").queryAs(Label.class).getText());
    }

    @Test
    void analyze_structured_hidesThoughtAndNote(FxRobot robot) throws Exception {
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);

        analyzeAndWait(robot);

        assertFalse(FxTestSupport.shown(robot, "#unstructuredNote"));
        assertFalse(robot.lookup("#rawPane").queryAs(TitledPane.class).isExpanded());
        assertFalse(robot.lookup("#thoughtPane").query().isVisible());
    }

    @Test
    void cancelButton_stopsRunningAnalysis(FxRobot robot) throws Exception {
        service.analysisGate = new CountDownLatch(1);
        fixture.openAndWait(robot, StubWorkbenchService.CHEST_XRAY_PNG);
        robot.clickOn("#historyArea").write("Dyspnoea.");

        robot.clickOn("#analyzeButton");
        service.analysisStarted.await();
        FxTestSupport.waitUntil(() -> !robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#analyzeButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#cancelButton");
        service.analysisGate.countDown();
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);

        assertEquals(1, service.cancelActionsRun.get());
        assertEquals("Analysis cancelled", robot.lookup("#activityLabel").queryAs(Label.class).getText());
        assertEquals("Dyspnoea.", robot.lookup("#historyArea").queryAs(TextArea.class).getText());
        assertFalse(FxTestSupport.shown(robot, "#errorHeadline"));
    }
}
