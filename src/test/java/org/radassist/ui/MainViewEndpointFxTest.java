package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The main window's endpoint parts: the insecure-http warning, the thinking toggle and the text-only model headline. */
@ExtendWith(ApplicationExtension.class)
class MainViewEndpointFxTest {

    private static final String WARNING =
            "Profile lab uses plain http to 10.0.0.5: the image and the clinical history travel unencrypted.";

    private StubWorkbenchService service;
    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) {
        service = new StubWorkbenchService() {
            @Override
            public String insecureHttpWarning() {
                return WARNING;
            }
        };
        fixture = MainViewFixture.show(stage, service, FxTestSupport.ENGLISH);
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    @Test
    void insecureProfile_showsWarningBanner(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> !view.viewModel().insecureWarningProperty().get().isEmpty());
        Label banner = robot.lookup("#insecureBanner").queryAs(Label.class);

        assertTrue(banner.isVisible());
        assertEquals(WARNING, banner.getText());
    }

    @Test
    void thinkingCheckBox_reachesAnalysisInput(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(StubWorkbenchService.CHEST_XRAY_PNG));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);
        CheckBox thinking = robot.lookup("#thinkingCheck").queryAs(CheckBox.class);
        assertFalse(thinking.isSelected());

        robot.clickOn("#thinkingCheck");
        robot.clickOn("#analyzeButton");
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.DONE);

        assertTrue(service.lastInput.thinking());
    }

    @Test
    void textOnlyModel_showsClearHeadline(FxRobot robot) throws Exception {
        service.analysisFailure = new WorkbenchException(WorkbenchException.Reason.TEXT_ONLY_MODEL,
                "Endpoint 127.0.0.1: model accepts text only: model google/medgemma-27b-text-it has no image input.");
        robot.interact(() -> view.open(StubWorkbenchService.CHEST_XRAY_PNG));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);

        robot.clickOn("#analyzeButton");
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.ERROR);

        assertEquals("The profile names a text-only model, which cannot read images: choose a multimodal MedGemma"
                + " model such as google/medgemma-4b-it in Settings",
                robot.lookup("#errorHeadline").queryAs(Label.class).getText());
    }
}
