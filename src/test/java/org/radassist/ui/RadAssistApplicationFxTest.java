package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Starts the application class on the toolkit TestFX already runs, because
 * {@code Application.launch} works only once per JVM.
 */
@ExtendWith(ApplicationExtension.class)
class RadAssistApplicationFxTest {

    private final RadAssistApplication application = new RadAssistApplication();
    private final AtomicInteger deferredWorkStarts = new AtomicInteger();
    private Stage stage;
    private Node requestSideWhileOpening;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StubWorkbenchService service = new StubWorkbenchService() {
            @Override
            public void startDeferredWork() {
                deferredWorkStarts.incrementAndGet();
            }
        };
        RadAssistApplication.configure(service, StubWorkbenchService.CHEST_XRAY_PNG);
        application.start(stage);
        requestSideWhileOpening = splitPane(stage).getItems().get(1);
    }

    private static SplitPane splitPane(Stage stage) {
        return (SplitPane) stage.getScene().lookup("#splitPane");
    }

    @Stop
    void stop() {
        application.stop();
    }

    @Test
    void start_opensInitialFile(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#imageView").queryAs(ImageView.class).getImage() != null);

        assertEquals("RadAssist", stage.getTitle());
        assertEquals(1100, stage.getMinWidth());
        assertEquals(700, stage.getMinHeight());
        FxTestSupport.waitUntil(() -> robot.lookup("#cautionLabel").tryQuery().isPresent());
        assertNotNull(robot.lookup("#cautionLabel").query());
    }

    @Test
    void start_showsRequestSideAfterFirstImage(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#imageView").queryAs(ImageView.class).getImage() != null);
        FxTestSupport.waitUntil(() -> robot.lookup("#cautionLabel").tryQuery().isPresent());

        assertFalse(requestSideWhileOpening.getStyleClass().contains("request-side"));
        Node side = splitPane(stage).getItems().get(1);
        assertTrue(side.getStyleClass().contains("request-side"));
        assertEquals(2, splitPane(stage).getItems().size());
        assertEquals(0.55, splitPane(stage).getDividerPositions()[0], 0.01);
    }

    @Test
    void start_startsDeferredWorkOnceAfterImage(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#imageView").queryAs(ImageView.class).getImage() != null);
        FxTestSupport.waitUntil(() -> deferredWorkStarts.get() > 0);

        robot.interact(() -> { });
        assertEquals(1, deferredWorkStarts.get());
    }
}
