package org.radassist.review;

/**
 * A point in image pixel space: x grows to the right along a row and y down along a column. Pixel
 * (column c, row r) covers the square from (c, r) to (c + 1, r + 1), so its centre is at
 * (c + 0.5, r + 0.5).
 */
public record ImagePoint(double x, double y) {

    public ImagePoint translated(double dx, double dy) {
        return new ImagePoint(x + dx, y + dy);
    }
}
