package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Labels of computed windows in the window list: rounded for reading, exact for rendering. */
@ExtendWith(ApplicationExtension.class)
class WindowLabelsFxTest {

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
    @SuppressWarnings("unchecked")
    void autoWindowLabel_ctRoundsToWholeNumbers(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(Corpus.SAMPLE_CT));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() == WorkbenchState.READY);
        ComboBox<WindowPreset> combo = robot.lookup("#presetCombo").queryAs(ComboBox.class);
        WindowPreset auto = combo.getItems().stream()
                .filter(preset -> preset.name().equals("preset.auto"))
                .findFirst()
                .orElseThrow();

        String label = combo.getConverter().toString(auto);

        assertEquals("Auto (C " + Math.round(auto.center()) + ", W " + Math.round(auto.width()) + ")", label);
        // The exact window stays in the list for rendering; the sample CT's is not a whole number.
        assertNotEquals(Math.rint(auto.center()), auto.center());
        assertTrue(label.matches("Auto \\(C -?\\d+, W \\d+\\)"), label);
    }
}
