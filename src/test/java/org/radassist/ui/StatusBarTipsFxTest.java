package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A status line longer than the window is elided and its tooltip carries the full text. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTipsFxTest {

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
    void longActivity_elidedWithFullTooltip(FxRobot robot) throws Exception {
        String activity = "Analysis finished: " + "a long summary of the request and the answer, ".repeat(12);
        Label label = robot.lookup("#activityLabel").queryAs(Label.class);

        robot.interact(() -> view.viewModel().activityProperty().set(activity));
        FxTestSupport.waitUntil(() -> label.getTooltip() != null);

        assertEquals(activity, label.getTooltip().getText());
        Text shown = (Text) label.lookup(".text");
        assertNotEquals(activity, shown.getText());
        robot.interact(() -> view.viewModel().activityProperty().set(""));
        assertNull(label.getTooltip());
    }
}
