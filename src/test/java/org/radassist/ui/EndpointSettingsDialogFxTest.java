package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

@ExtendWith(ApplicationExtension.class)
class EndpointSettingsDialogFxTest {

    private StubWorkbenchService service;
    private TaskExecutor executor;
    private Stage dialogStage;

    @Start
    void start(Stage stage) {
        service = new StubWorkbenchService();
        service.endpoint = new EndpointForm(EndpointForm.OPENAI_COMPATIBLE, "", "", "", "", "", "localhost:8000",
                "google/medgemma-4b-it", EndpointForm.AUTH_NONE, "", false);
        executor = TaskExecutor.forJavaFx();
        EndpointSettingsDialog dialog = new EndpointSettingsDialog(service, FxTestSupport.ENGLISH, executor, null);
        dialogStage = dialog.show();
    }

    @Stop
    void stop() {
        executor.close();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private void waitForLoadedSettings(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> "localhost:8000".equals(field(robot, "#baseUrlField").getText()));
    }

    @Test
    void openAiKind_enablesOnlyItsFields(FxRobot robot) throws Exception {
        waitForLoadedSettings(robot);

        assertEquals("Endpoint settings", dialogStage.getTitle());
        assertFalse(field(robot, "#baseUrlField").isDisabled());
        assertFalse(field(robot, "#modelField").isDisabled());
        assertTrue(field(robot, "#projectField").isDisabled());
        assertTrue(field(robot, "#projectNumberField").isDisabled());
        assertTrue(field(robot, "#apiKeyEnvField").isDisabled());
        assertFalse(robot.lookup("#insecureWarning").query().isVisible());
    }

    @Test
    void kindCombo_switchesEnabledFields(FxRobot robot) throws Exception {
        waitForLoadedSettings(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> kinds = robot.lookup("#kindCombo").queryAs(ComboBox.class);

        robot.interact(() -> kinds.getSelectionModel().select(EndpointForm.VERTEX_STANDARD));

        assertEquals("Vertex AI standard (shared) endpoint", kinds.getConverter().toString(kinds.getValue()));
        assertFalse(field(robot, "#projectField").isDisabled());
        assertFalse(field(robot, "#regionField").isDisabled());
        assertFalse(field(robot, "#endpointIdField").isDisabled());
        assertTrue(field(robot, "#projectNumberField").isDisabled());
        assertTrue(field(robot, "#dedicatedDnsField").isDisabled());
        assertTrue(field(robot, "#baseUrlField").isDisabled());
    }

    @Test
    void serviceAccountAuth_enablesKeyFileAndSavesIt(FxRobot robot) throws Exception {
        waitForLoadedSettings(robot);
        assertTrue(field(robot, "#credentialsFileField").isDisabled());
        assertTrue(robot.lookup("#credentialsBrowseButton").query().isDisabled());
        @SuppressWarnings("unchecked")
        ComboBox<String> auth = robot.lookup("#authCombo").queryAs(ComboBox.class);

        robot.interact(() -> auth.getSelectionModel().select(EndpointForm.AUTH_SERVICE_ACCOUNT_FILE));

        assertEquals("Service-account key file", auth.getConverter().toString(auth.getValue()));
        assertFalse(field(robot, "#credentialsFileField").isDisabled());
        assertFalse(robot.lookup("#credentialsBrowseButton").query().isDisabled());
        robot.interact(() -> {
            field(robot, "#baseUrlField").setText("http://127.0.0.1:8000/v1");
            field(robot, "#credentialsFileField").setText("/keys/radassist-sa.json");
        });
        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> !dialogStage.isShowing());
        assertEquals(EndpointForm.AUTH_SERVICE_ACCOUNT_FILE, service.savedEndpoint.auth());
        assertEquals("/keys/radassist-sa.json", service.savedEndpoint.credentialsFile());
    }

    @Test
    void insecureCheck_showsWarning(FxRobot robot) throws Exception {
        waitForLoadedSettings(robot);

        robot.clickOn("#insecureCheck");

        Label warning = robot.lookup("#insecureWarning").queryAs(Label.class);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().startsWith("Without https the image and the clinical history"));
    }

    @Test
    void save_invalid_showsMessageInline(FxRobot robot) throws Exception {
        waitForLoadedSettings(robot);

        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> !robot.lookup("#validationLabel").queryAs(Label.class).getText().isEmpty());

        assertEquals("base URL 'localhost:8000' is invalid: it must start with http:// or https://",
                robot.lookup("#validationLabel").queryAs(Label.class).getText());
        assertTrue(dialogStage.isShowing());
        assertNull(service.savedEndpoint);
        assertEquals(1, robot.listWindows().size(), "only the settings dialog is open, no error dialog");
    }

    @Test
    void save_valid_closesDialog(FxRobot robot) throws Exception {
        waitForLoadedSettings(robot);
        robot.interact(() -> field(robot, "#baseUrlField").setText("http://127.0.0.1:8000/v1"));

        robot.clickOn("#saveButton");
        FxTestSupport.waitUntil(() -> !dialogStage.isShowing());

        assertEquals("http://127.0.0.1:8000/v1", service.savedEndpoint.baseUrl());
        assertEquals("google/medgemma-4b-it", service.savedEndpoint.model());
        assertEquals(EndpointForm.OPENAI_COMPATIBLE, service.savedEndpoint.kind());
    }
}
