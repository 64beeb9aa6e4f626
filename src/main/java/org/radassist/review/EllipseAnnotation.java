package org.radassist.review;

/** An elliptical region of interest inscribed in {@code bounds}. */
public record EllipseAnnotation(String id, ImageBounds bounds, RoiStatistics statistics) implements RegionOfInterest {

    @Override
    public EllipseAnnotation translated(double dx, double dy) {
        return new EllipseAnnotation(id, bounds.translated(dx, dy), statistics);
    }

    /** Returns whether ((x − cx) / rx)² + ((y − cy) / ry)² ≤ 1; a zero-size ellipse contains nothing. */
    @Override
    public boolean contains(double x, double y) {
        double radiusX = bounds.width() / 2;
        double radiusY = bounds.height() / 2;
        if (radiusX <= 0 || radiusY <= 0) {
            return false;
        }
        double nx = (x - bounds.centerX()) / radiusX;
        double ny = (y - bounds.centerY()) / radiusY;
        return nx * nx + ny * ny <= 1;
    }
}
