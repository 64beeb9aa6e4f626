package org.radassist.review;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.UUID;

/**
 * One mark the reviewer drew on the image, in image pixel coordinates (see {@link ImagePoint}).
 * Annotations are immutable: moving or editing one makes a new value with the same {@link #id()}.
 * In JSON the {@code type} property names the kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ArrowAnnotation.class, name = "ARROW"),
        @JsonSubTypes.Type(value = LineAnnotation.class, name = "LINE"),
        @JsonSubTypes.Type(value = EllipseAnnotation.class, name = "ELLIPSE"),
        @JsonSubTypes.Type(value = RectangleAnnotation.class, name = "RECTANGLE"),
        @JsonSubTypes.Type(value = TextAnnotation.class, name = "TEXT")
})
public sealed interface Annotation
        permits ArrowAnnotation, LineAnnotation, RegionOfInterest, TextAnnotation {

    /** Identifier that stays the same when the annotation is moved or edited. */
    String id();

    /** Returns a copy moved by (dx, dy) image pixels; measurements are recomputed by {@link ImageMeasurements}. */
    Annotation translated(double dx, double dy);

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
