package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The endpoint settings' Max payload hint shows whole in English at the dialog's default size. */
@ExtendWith(ApplicationExtension.class)
class EndpointSettingsHintFxTest {

    private TaskExecutor executor;

    @Start
    void start(Stage stage) {
        StubWorkbenchService service = new StubWorkbenchService();
        service.endpoint = new EndpointForm(EndpointForm.OPENAI_COMPATIBLE, "", "", "", "", "", "localhost:8000",
                "google/medgemma-4b-it", EndpointForm.AUTH_NONE, "", false);
        executor = TaskExecutor.forJavaFx();
        new EndpointSettingsDialog(service, FxTestSupport.ENGLISH, executor, null).show();
    }

    @Stop
    void stop() {
        executor.close();
    }

    @Test
    void maxPayloadHint_wrapsInsteadOfCutting(FxRobot robot) {
        Label hint = robot.lookup("#maxPayloadHint").queryAs(Label.class);

        // The rendered lines of the label, joined, are the whole text: no ellipsis, nothing missing.
        String shown = hint.lookupAll(".text").stream()
                .filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText())
                .collect(Collectors.joining());
        assertEquals(FxTestSupport.ENGLISH.get("settings.maxPayloadDefault"), shown);
    }
}
