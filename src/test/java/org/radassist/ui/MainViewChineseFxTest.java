package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Loads the main window with the Simplified Chinese bundle. */
@ExtendWith(ApplicationExtension.class)
class MainViewChineseFxTest {

    private StubWorkbenchService service;
    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) {
        service = new StubWorkbenchService();
        fixture = MainViewFixture.show(stage, service, FxTestSupport.CHINESE);
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    @Test
    void chineseWindow_showsTranslatedCautionAndButtons(FxRobot robot) {
        Label caution = robot.lookup("#cautionLabel").queryAs(Label.class);

        assertTrue(caution.isVisible());
        assertEquals("输出内容仅为初步结果，需要独立核实；不应直接用于指导诊断或治疗。", caution.getText());
        assertEquals("分析", robot.lookup("#analyzeButton").queryAs(Button.class).getText());
        assertEquals("取消", robot.lookup("#cancelButton").queryAs(Button.class).getText());
    }

    @Test
    void chineseWindow_localisesErrorHeadline(FxRobot robot) throws Exception {
        service.analysisFailure = new WorkbenchException(WorkbenchException.Reason.ENDPOINT_FAILED,
                "127.0.0.1:9: connection refused");
        robot.interact(() -> view.open(StubWorkbenchService.CHEST_XRAY_PNG));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);

        robot.clickOn("#analyzeButton");
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.ERROR);

        assertEquals("分析请求失败", robot.lookup("#errorHeadline").queryAs(Label.class).getText());
        assertEquals("127.0.0.1:9: connection refused", robot.lookup("#errorDetail").queryAs(Label.class).getText());
    }
}
