package org.radassist.review;

/**
 * An axis-aligned rectangle in image pixel space (see {@link ImagePoint}); width and height are
 * never negative.
 */
public record ImageBounds(double x, double y, double width, double height) {

    public ImageBounds {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("Bounds size must not be negative: " + width + " x " + height);
        }
    }

    /** Returns the rectangle with the two points as opposite corners, in either order. */
    public static ImageBounds spanning(ImagePoint a, ImagePoint b) {
        return new ImageBounds(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()),
                Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    public ImageBounds translated(double dx, double dy) {
        return new ImageBounds(x + dx, y + dy, width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
