package org.radassist.review;

import java.util.Objects;

/** A text note anchored at {@code position}, the top left of the text. */
public record TextAnnotation(String id, ImagePoint position, String text) implements Annotation {

    public TextAnnotation {
        text = Objects.requireNonNullElse(text, "");
    }

    @Override
    public TextAnnotation translated(double dx, double dy) {
        return new TextAnnotation(id, position.translated(dx, dy), text);
    }

    public TextAnnotation withText(String newText) {
        return new TextAnnotation(id, position, newText);
    }
}
