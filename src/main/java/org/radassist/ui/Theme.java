package org.radassist.ui;

/** The colour themes of the window; each has the bundle key {@code theme.<NAME>}. */
public enum Theme {
    LIGHT,
    DARK
}
