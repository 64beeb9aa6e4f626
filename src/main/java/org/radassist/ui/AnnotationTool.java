package org.radassist.ui;

/** The action of a left-button drag on the image while the viewer tool is {@link ViewerTool#ANNOTATE}. */
public enum AnnotationTool {
    /** Click selects an annotation, drag moves it, Delete removes it, double-click edits a text note. */
    SELECT,
    ARROW,
    LINE,
    ELLIPSE,
    RECTANGLE,
    /** Click places a text note. */
    TEXT
}
