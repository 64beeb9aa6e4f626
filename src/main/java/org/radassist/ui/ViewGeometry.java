package org.radassist.ui;

import java.util.Objects;

/**
 * Zoom, pan, rotation and flip of the viewport, independent of its size. In fit mode the image
 * fills the viewport in one direction and is centred; otherwise {@code scale} device pixels
 * cover one image pixel and the image point ({@code centerX}, {@code centerY}) sits at the
 * viewport's centre.
 *
 * @param fit whether the scale follows the viewport size
 * @param scale device pixels per image pixel when not in fit mode
 * @param centerX image x at the viewport centre when not in fit mode
 * @param centerY image y at the viewport centre when not in fit mode
 * @param orientation rotation and flip
 */
public record ViewGeometry(boolean fit, double scale, double centerX, double centerY, Orientation orientation) {

    /** Smallest zoom: one device pixel shows 50 × 50 image pixels. */
    public static final double MIN_SCALE = 0.02;
    /** Largest zoom: one image pixel covers 64 × 64 device pixels. */
    public static final double MAX_SCALE = 64;

    /** The image fitted to the viewport, as stored. */
    public static final ViewGeometry FIT = new ViewGeometry(true, 1, 0, 0, Orientation.IDENTITY);

    public ViewGeometry {
        Objects.requireNonNull(orientation, "orientation");
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    /**
     * Places the image in a viewport of {@code deviceWidth × deviceHeight} device pixels. The
     * image origin lands on a whole device pixel, so at scale 1 (and any whole scale) each image
     * pixel covers whole device pixels.
     */
    public DeviceTransform deviceTransform(int imageWidth, int imageHeight, int deviceWidth, int deviceHeight) {
        double s = fit ? fitScale(imageWidth, imageHeight, deviceWidth, deviceHeight) : scale;
        double cx = fit ? imageWidth / 2.0 : centerX;
        double cy = fit ? imageHeight / 2.0 : centerY;
        double tx = deviceWidth / 2.0 - s * (orientation.xx() * cx + orientation.xy() * cy);
        double ty = deviceHeight / 2.0 - s * (orientation.yx() * cx + orientation.yy() * cy);
        return new DeviceTransform(imageWidth, imageHeight, s, orientation, Math.round(tx), Math.round(ty));
    }

    /** Returns the scale at which the turned image just fits the viewport. */
    public double fitScale(int imageWidth, int imageHeight, int deviceWidth, int deviceHeight) {
        int shownWidth = orientation.swapsAxes() ? imageHeight : imageWidth;
        int shownHeight = orientation.swapsAxes() ? imageWidth : imageHeight;
        double s = Math.min((double) deviceWidth / shownWidth, (double) deviceHeight / shownHeight);
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    /** Returns a fitted view that keeps the rotation and flip. */
    public ViewGeometry fitted() {
        return new ViewGeometry(true, scale, centerX, centerY, orientation);
    }

    /**
     * Zooms to {@code newScale} keeping the image point under device point ({@code deviceX},
     * {@code deviceY}) in place.
     */
    public ViewGeometry zoomAt(DeviceTransform current, int deviceWidth, int deviceHeight, double newScale,
            double deviceX, double deviceY) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        double imageX = current.imageX(deviceX, deviceY);
        double imageY = current.imageY(deviceX, deviceY);
        // The new centre c satisfies s · O · (q - c) = p - D / 2 for the fixed image point q.
        double viewDx = (deviceWidth / 2.0 - deviceX) / s;
        double viewDy = (deviceHeight / 2.0 - deviceY) / s;
        double cx = imageX + orientation.xx() * viewDx + orientation.yx() * viewDy;
        double cy = imageY + orientation.xy() * viewDx + orientation.yy() * viewDy;
        return new ViewGeometry(false, s, cx, cy, orientation);
    }

    /** Shows the image at {@code newScale} around the image point now at the viewport centre. */
    public ViewGeometry scaledAtCenter(DeviceTransform current, int deviceWidth, int deviceHeight, double newScale) {
        return zoomAt(current, deviceWidth, deviceHeight, newScale, deviceWidth / 2.0, deviceHeight / 2.0);
    }

    /** Moves the image by a device-pixel distance on screen. */
    public ViewGeometry panBy(DeviceTransform current, int deviceWidth, int deviceHeight, double dx, double dy) {
        double centreX = current.imageX(deviceWidth / 2.0 - dx, deviceHeight / 2.0 - dy);
        double centreY = current.imageY(deviceWidth / 2.0 - dx, deviceHeight / 2.0 - dy);
        return new ViewGeometry(false, current.scale(), centreX, centreY, orientation);
    }

    public ViewGeometry withOrientation(Orientation newOrientation) {
        return new ViewGeometry(fit, scale, centerX, centerY, newOrientation);
    }
}
