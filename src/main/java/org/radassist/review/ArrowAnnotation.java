package org.radassist.review;

/** An arrow from {@code tail} to {@code head}, where the arrowhead is drawn. */
public record ArrowAnnotation(String id, ImagePoint tail, ImagePoint head) implements Annotation {

    @Override
    public ArrowAnnotation translated(double dx, double dy) {
        return new ArrowAnnotation(id, tail.translated(dx, dy), head.translated(dx, dy));
    }
}
