package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.review.ReviewSession;
import org.radassist.review.WindowSetting;
import org.radassist.testsupport.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The window list after a saved review session reopens with its window. */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowRestoreFxTest {

    @TempDir
    Path home;

    private Stage stage;
    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Stop
    void stop() {
        closeWindow();
    }

    private void showWindow(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            fixture = MainViewFixture.showWithReviews(stage, home);
            view = fixture.view();
        });
    }

    private void closeWindow() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
            view = null;
        }
    }

    private ReviewSession session() {
        return view.review().model().sessionProperty().get();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<WindowPreset> presetCombo() {
        ComboBox<WindowPreset> combo = (ComboBox<WindowPreset>) view.root().lookup("#presetCombo");
        assertNotNull(combo, "#presetCombo");
        return combo;
    }

    /** Returns the text the closed combo box shows. Reading the display node updates it, so it runs on the FX thread. */
    private String shownWindow(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            ComboBoxListViewSkin<?> skin = (ComboBoxListViewSkin<?>) presetCombo().getSkin();
            text.set(((ListCell<?>) skin.getDisplayNode()).getText());
        });
        return text.get();
    }

    private void reopen(FxRobot robot) throws Exception {
        robot.interact(() -> stage.close());
        robot.interact(this::closeWindow);
        showWindow(robot);
        robot.interact(() -> view.open(Corpus.SAMPLE_CT));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.LOADING
                && session() != null);
        FxTestSupport.waitUntil(() -> presetCombo().getValue() != null
                && presetCombo().getValue().center() == session().window().center());
    }

    @Test
    void reopenedPresetWindow_showsPresetName(FxRobot robot) throws Exception {
        showWindow(robot);
        robot.interact(() -> view.open(Corpus.SAMPLE_CT));
        FxTestSupport.waitUntil(() -> session() != null && !presetCombo().getItems().isEmpty());
        WindowPreset lung = presetCombo().getItems().stream()
                .filter(preset -> preset.name().equals("preset.lung")).findFirst().orElseThrow();
        robot.interact(() -> presetCombo().setValue(lung));
        FxTestSupport.waitUntil(() -> new WindowSetting(-600, 1500).equals(session().window()));

        reopen(robot);

        assertEquals(lung, presetCombo().getValue());
        assertEquals("Lung (C -600, W 1500)", shownWindow(robot));
    }

    // On a real X display (Xvfb with Openbox) a combo box value that was not among its items showed
    // as an empty field after a reopen, so the custom window is offered as an item too.
    @Test
    void reopenedCustomWindow_showsCustomLabel(FxRobot robot) throws Exception {
        showWindow(robot);
        robot.interact(() -> view.open(Corpus.SAMPLE_CT));
        FxTestSupport.waitUntil(() -> session() != null && !presetCombo().getItems().isEmpty());
        robot.interact(() -> view.viewModel().selectedPresetProperty()
                .set(new WindowPreset(ImageDisplay.CUSTOM_WINDOW, 249, 2012)));
        FxTestSupport.waitUntil(() -> new WindowSetting(249, 2012).equals(session().window()));
        assertEquals("Custom (C 249, W 2012)", shownWindow(robot));

        reopen(robot);

        assertEquals("Custom (C 249, W 2012)", shownWindow(robot));
        assertTrue(presetCombo().getItems().contains(presetCombo().getValue()));
        assertEquals(1, presetCombo().getItems().stream()
                .filter(preset -> ImageDisplay.CUSTOM_WINDOW.equals(preset.name())).count());
    }
}
