package org.radassist.ui;

/**
 * The mapping from image coordinates to the viewport's device pixels: {@code device = scale · O ·
 * image + (tx, ty)}. Image coordinates have their origin at the top-left corner of pixel (0, 0),
 * so pixel (i, j) covers [i, i + 1) × [j, j + 1); device pixel (x, y) likewise covers
 * [x, x + 1) × [y, y + 1) of the viewport's content area.
 *
 * @param imageWidth image columns
 * @param imageHeight image rows
 * @param scale device pixels per image pixel along each axis
 * @param orientation rotation and flip
 * @param tx device x of the image origin
 * @param ty device y of the image origin
 */
public record DeviceTransform(int imageWidth, int imageHeight, double scale, Orientation orientation,
        double tx, double ty) {

    public DeviceTransform {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("invalid image size " + imageWidth + " x " + imageHeight);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
    }

    public double deviceX(double imageX, double imageY) {
        return scale * (orientation.xx() * imageX + orientation.xy() * imageY) + tx;
    }

    public double deviceY(double imageX, double imageY) {
        return scale * (orientation.yx() * imageX + orientation.yy() * imageY) + ty;
    }

    /** Maps a device point back to image coordinates; O is orthogonal, so its inverse is its transpose. */
    public double imageX(double deviceX, double deviceY) {
        return (orientation.xx() * (deviceX - tx) + orientation.yx() * (deviceY - ty)) / scale;
    }

    public double imageY(double deviceX, double deviceY) {
        return (orientation.xy() * (deviceX - tx) + orientation.yy() * (deviceY - ty)) / scale;
    }

    /** Returns the device x of the image's left edge on screen (after rotation and flip). */
    public double minDeviceX() {
        return Math.min(deviceX(0, 0), deviceX(imageWidth, imageHeight));
    }

    public double maxDeviceX() {
        return Math.max(deviceX(0, 0), deviceX(imageWidth, imageHeight));
    }

    public double minDeviceY() {
        return Math.min(deviceY(0, 0), deviceY(imageWidth, imageHeight));
    }

    public double maxDeviceY() {
        return Math.max(deviceY(0, 0), deviceY(imageWidth, imageHeight));
    }
}
