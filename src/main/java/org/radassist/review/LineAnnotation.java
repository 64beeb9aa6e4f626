package org.radassist.review;

/**
 * A distance measurement between two points.
 *
 * @param length the measured length; {@code null} until {@link ImageMeasurements#measure} has run
 */
public record LineAnnotation(String id, ImagePoint start, ImagePoint end, LengthMeasurement length)
        implements Annotation {

    @Override
    public LineAnnotation translated(double dx, double dy) {
        return new LineAnnotation(id, start.translated(dx, dy), end.translated(dx, dy), length);
    }
}
