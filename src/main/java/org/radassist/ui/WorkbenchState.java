package org.radassist.ui;

/** Activity of the main window, from which the view enables or disables its controls. */
public enum WorkbenchState {
    /** No image opened yet. */
    IDLE,
    /** A file is being read and rendered. */
    LOADING,
    /** An image is shown and no analysis result is on screen. */
    READY,
    /** A request to the endpoint is running. */
    ANALYZING,
    /** The findings of the last analysis are shown. */
    DONE,
    /** The last open or analysis failed; the findings pane shows the error. */
    ERROR
}
