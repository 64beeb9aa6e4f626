package org.radassist.ui;

/**
 * The action of a left-button drag on the image. Middle-drag and Shift+drag always pan, and the
 * mouse wheel scrolls slices (with Ctrl, zooms) whatever the tool.
 */
public enum ViewerTool {
    /** Horizontal drag changes the window width, vertical drag the window center. */
    WINDOW_LEVEL,
    /** Drag moves the image. */
    PAN,
    /** Vertical drag zooms around the point where the drag started. */
    ZOOM,
    /**
     * The annotation layer takes the mouse: {@link ImageViewport#annotationLayer()} stops being
     * mouse-transparent and the viewport leaves left-button events to it.
     */
    ANNOTATE
}
