package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.radassist.testsupport.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The tag browser's keyboard: the search field has the focus when it opens, and Escape closes it. */
@ExtendWith(ApplicationExtension.class)
class TagBrowserKeysFxTest {

    @TempDir
    static Path configDir;

    private DesktopWorkbench workbench;
    private TaskExecutor executor;
    private TagBrowserDialog dialog;

    @Start
    void start(Stage stage) {
        workbench = new DesktopWorkbench(new SettingsStore(configDir.resolve("settings.json")));
        executor = TaskExecutor.forJavaFx();
        dialog = new TagBrowserDialog(workbench, FxTestSupport.ENGLISH, executor, null,
                Corpus.real("sr_no_pixels.dcm"), new SimpleBooleanProperty(true));
        dialog.show();
    }

    @Stop
    void stop() {
        dialog.stage().close();
        executor.close();
        workbench.close();
    }

    @Test
    void open_focusesSearchAndTypingSearches(FxRobot robot) throws Exception {
        TextField search = robot.lookup("#tagSearchField").queryAs(TextField.class);
        FxTestSupport.waitUntil(() -> dialog.stage().getScene().getFocusOwner() == search);

        robot.type(KeyCode.S, KeyCode.R);

        assertSame(search, dialog.stage().getScene().getFocusOwner());
        assertTrue(search.getText().equalsIgnoreCase("sr"), search.getText());
    }

    @Test
    void escape_closesBrowser(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> dialog.stage().isShowing());

        robot.type(KeyCode.ESCAPE);

        FxTestSupport.waitUntil(() -> !dialog.stage().isShowing());
        assertFalse(dialog.stage().isShowing());
    }
}
