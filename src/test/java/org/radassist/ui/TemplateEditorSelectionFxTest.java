package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The template editor opens on the template chosen in the main window. */
@ExtendWith(ApplicationExtension.class)
class TemplateEditorSelectionFxTest {

    @TempDir
    Path configDir;

    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) {
        fixture = MainViewFixture.showDesktop(stage, configDir.resolve("settings.json"));
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    @Test
    void templateEditor_opensOnSelectedTemplate(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> view.viewModel().templates().size() == 4);
        robot.interact(() -> view.viewModel().selectedTemplateProperty().set(view.viewModel().templates().stream()
                .filter(template -> template.id().equals("ct")).findFirst().orElseThrow()));

        robot.interact(() -> robot.lookup("#editTemplatesButton").queryAs(Button.class).fire());
        FxTestSupport.waitUntil(() -> robot.lookup("#templateList").tryQuery().isPresent());

        ListView<?> list = robot.lookup("#templateList").queryAs(ListView.class);
        assertEquals("ct", ((PromptTemplateChoice) list.getSelectionModel().getSelectedItem()).id());
        assertEquals("CT", robot.lookup("#templateNameField").queryAs(TextField.class).getText());
    }
}
