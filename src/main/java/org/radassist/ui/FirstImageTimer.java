package org.radassist.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up steps tied to the first image. One logs, once, how long after the process started the
 * first image reached the screen, in the JavaFX pulse that lays it out and then paints it
 * (bench/gui-first-image.sh reads that line). The other starts deferred work after the first open.
 */
final class FirstImageTimer {

    static final String LOG_MESSAGE = "First image shown";

    private static final Logger LOG = LoggerFactory.getLogger(FirstImageTimer.class);

    private FirstImageTimer() {
    }

    /** Logs the first time {@code pixels} becomes non-null and the scene has laid it out. */
    static void logWhenShown(Scene scene, ObservableValue<DisplayPixels> pixels) {
        ChangeListener<DisplayPixels> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends DisplayPixels> observable, DisplayPixels old,
                    DisplayPixels shown) {
                if (shown == null) {
                    return;
                }
                pixels.removeListener(this);
                runAfterNextLayout(scene, () -> logElapsed(shown));
            }
        };
        pixels.addListener(listener);
    }

    /**
     * Runs {@code work} once, two pulses after {@code state} first leaves LOADING (the image was
     * painted, or the open failed).
     */
    static void runWhenOpened(Scene scene, ObservableValue<WorkbenchState> state, Runnable work) {
        ChangeListener<WorkbenchState> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends WorkbenchState> observable, WorkbenchState old,
                    WorkbenchState current) {
                if (current == WorkbenchState.LOADING) {
                    return;
                }
                state.removeListener(this);
                // One pulse later, so the work starts after the pulse that paints the image.
                runAfterNextLayout(scene, () -> runAfterNextLayout(scene, work));
            }
        };
        state.addListener(listener);
    }

    /** Runs {@code work} once after the next pulse's layout pass. */
    static void runAfterNextLayout(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                work.run();
            }
        });
        Platform.requestNextPulse();
    }

    private static void logElapsed(DisplayPixels shown) {
        Optional<Instant> processStart = ProcessHandle.current().info().startInstant();
        if (processStart.isEmpty()) {
            LOG.info("{} ({} x {}); the process start time is unknown", LOG_MESSAGE, shown.width(), shown.height());
            return;
        }
        long millis = Duration.between(processStart.get(), Instant.now()).toMillis();
        LOG.info("{} {} ms after the process started ({} x {})", LOG_MESSAGE, millis, shown.width(), shown.height());
    }
}
