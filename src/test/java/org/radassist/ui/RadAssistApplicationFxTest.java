package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.atomic.AtomicInteger;
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
        assertNotNull(robot.lookup("#cautionLabel").query());
    }

    @Test
    void start_startsDeferredWorkOnceAfterImage(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#imageView").queryAs(ImageView.class).getImage() != null);
        FxTestSupport.waitUntil(() -> deferredWorkStarts.get() > 0);

        robot.interact(() -> { });
        assertEquals(1, deferredWorkStarts.get());
    }
}
