package org.radassist.ui;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Plays the slices or frames of the current series at {@link ViewerState#framesPerSecondProperty()},
 * wrapping from the last to the first. Each slice is read and rendered in the background by
 * {@link SeriesNavigation}; a tick that comes while the previous slice is still loading is
 * skipped, so a slow disk lowers the frame rate instead of blocking the JavaFX thread or
 * cancelling every read.
 */
final class CinePlayer {

    private final SeriesNavigation navigation;
    private final ViewerState state;
    private final Timeline timeline = new Timeline();

    CinePlayer(SeriesNavigation navigation, ViewerState state) {
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.state = Objects.requireNonNull(state, "state");
        timeline.setCycleCount(Animation.INDEFINITE);
        updateRate();
        state.framesPerSecondProperty().addListener((observable, old, rate) -> updateRate());
        state.playingProperty().addListener((observable, old, playing) -> {
            if (playing) {
                timeline.play();
            } else {
                timeline.stop();
            }
        });
        navigation.sliceCountProperty().addListener((observable, old, count) -> {
            if (count.intValue() < 2) {
                state.playingProperty().set(false);
            }
        });
    }

    /** Starts or pauses playback; a series of one slice does not play. */
    void toggle() {
        boolean play = !state.playingProperty().get() && navigation.sliceCountProperty().get() > 1;
        state.playingProperty().set(play);
    }

    /** Shows the next slice, or the first after the last, unless the previous one is still loading. */
    void advance() {
        int count = navigation.sliceCountProperty().get();
        if (count < 2 || navigation.loading()) {
            return;
        }
        int next = navigation.sliceIndexProperty().get() + 1;
        navigation.goTo(next >= count ? 0 : next);
    }

    private void updateRate() {
        int rate = Math.max(ViewerState.MIN_FRAMES_PER_SECOND,
                Math.min(ViewerState.MAX_FRAMES_PER_SECOND, state.framesPerSecondProperty().get()));
        boolean running = timeline.getStatus() == Animation.Status.RUNNING;
        timeline.stop();
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.millis(1000.0 / rate), event -> advance()));
        if (running) {
            timeline.play();
        }
    }
}
