package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Copy and Analyze again in the findings pane, with the stub service's fixed outcome. */
@ExtendWith(ApplicationExtension.class)
class FindingsActionsFxTest {

    private StubWorkbenchService service;
    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) {
        service = new StubWorkbenchService();
        fixture = MainViewFixture.show(stage, service, FxTestSupport.ENGLISH);
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    private void openAndAnalyze(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(StubWorkbenchService.CHEST_XRAY_PNG));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);
        robot.interact(() -> view.viewModel().historyProperty().set("Cough for three weeks."));
        robot.clickOn("#analyzeButton");
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.DONE);
    }

    @Test
    void copy_putsPlainFindingsOnClipboard(FxRobot robot) throws Exception {
        openAndAnalyze(robot);

        robot.clickOn("#copyFindingsButton");
        WaitForAsyncUtils.waitForFxEvents();

        String expected = "Diagnosis:\nRight upper lobe pneumonia\n\n"
                + "Findings:\n- Consolidation in the right upper lobe\n- No pleural effusion\n\n"
                + "Impression:\nFindings consistent with pneumonia.\n\n"
                + "Output is preliminary and needs independent verification; it is not meant to directly "
                + "inform diagnosis or treatment.\n";
        assertEquals(expected, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
    }

    @Test
    void analyzeAgain_sendsSameInputAgain(FxRobot robot) throws Exception {
        openAndAnalyze(robot);
        AnalysisInput first = service.lastInput;

        robot.clickOn("#analyzeAgainButton");
        FxTestSupport.waitUntil(() -> service.analyzeCount.get() == 2
                && view.viewModel().stateProperty().get() == WorkbenchState.DONE);

        AnalysisInput second = service.lastInput;
        assertEquals(first.clinicalHistory(), second.clinicalHistory());
        assertEquals(first.promptText(), second.promptText());
        assertEquals(first.templateId(), second.templateId());
        assertEquals(first.image().path(), second.image().path());
    }
}
