package org.radassist.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Viewer settings that other features read: whether patient and study identifiers are hidden
 * (screenshots and exports must leave them out too), the active tool and the cine frame rate.
 * Change the properties on the JavaFX thread.
 */
public final class ViewerState {

    /** Cine frame rate when the viewer opens, in frames per second. */
    public static final int DEFAULT_FRAMES_PER_SECOND = 10;
    public static final int MIN_FRAMES_PER_SECOND = 1;
    public static final int MAX_FRAMES_PER_SECOND = 60;

    private final BooleanProperty hideIdentifiers = new SimpleBooleanProperty(this, "hideIdentifiers");
    private final ObjectProperty<ViewerTool> tool = new SimpleObjectProperty<>(this, "tool", ViewerTool.WINDOW_LEVEL);
    private final IntegerProperty framesPerSecond =
            new SimpleIntegerProperty(this, "framesPerSecond", DEFAULT_FRAMES_PER_SECOND);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    /** True once the user has set the identifier toggle, after which the endpoint no longer sets it. */
    private boolean hideIdentifiersChosen;
    private boolean applyingDefault;

    public ViewerState() {
        hideIdentifiers.addListener((observable, old, hidden) -> {
            if (!applyingDefault) {
                hideIdentifiersChosen = true;
            }
        });
    }

    /**
     * Whether every patient and study identifier (name, ID, birth date, study date, accession
     * number, study description) is left out of the screen, screenshots and exports. It is on by
     * default while the active profile is the demo endpoint, until the user sets it.
     */
    public BooleanProperty hideIdentifiersProperty() {
        return hideIdentifiers;
    }

    /** The tool for left-button drags on the image. */
    public ObjectProperty<ViewerTool> toolProperty() {
        return tool;
    }

    /** Cine frame rate in frames per second, from 1 to 60. */
    public IntegerProperty framesPerSecondProperty() {
        return framesPerSecond;
    }

    /** Whether cine plays through the slices or frames. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /**
     * Sets the identifier toggle to follow the active endpoint (hidden for the demo endpoint),
     * unless the user has set the toggle.
     */
    void applyEndpointDefault(boolean demoEndpoint) {
        if (hideIdentifiersChosen) {
            return;
        }
        applyingDefault = true;
        try {
            hideIdentifiers.set(demoEndpoint);
        } finally {
            applyingDefault = false;
        }
    }
}
