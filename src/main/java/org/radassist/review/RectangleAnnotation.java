package org.radassist.review;

/** A rectangular region of interest. */
public record RectangleAnnotation(String id, ImageBounds bounds, RoiStatistics statistics)
        implements RegionOfInterest {

    @Override
    public RectangleAnnotation translated(double dx, double dy) {
        return new RectangleAnnotation(id, bounds.translated(dx, dy), statistics);
    }

    /** Returns whether x0 ≤ x &lt; x1 and y0 ≤ y &lt; y1, so adjoining rectangles share no pixel. */
    @Override
    public boolean contains(double x, double y) {
        return x >= bounds.x() && x < bounds.maxX() && y >= bounds.y() && y < bounds.maxY();
    }
}
