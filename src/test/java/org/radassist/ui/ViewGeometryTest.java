package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Zoom, pan, rotation and flip as device transforms, without a running toolkit. */
class ViewGeometryTest {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 100;

    @Test
    void fit_centresWideImage() {
        DeviceTransform transform = ViewGeometry.FIT.deviceTransform(WIDTH, HEIGHT, 400, 400);

        assertEquals(2.0, transform.scale());
        assertEquals(0.0, transform.deviceX(0, 0));
        assertEquals(100.0, transform.deviceY(0, 0));
        assertEquals(400.0, transform.deviceX(WIDTH, HEIGHT));
        assertEquals(300.0, transform.deviceY(WIDTH, HEIGHT));
    }

    @Test
    void rotateRight_mapsTopLeftCornerToTopRight() {
        ViewGeometry geometry = ViewGeometry.FIT.withOrientation(Orientation.IDENTITY.rotateRight());

        DeviceTransform transform = geometry.deviceTransform(WIDTH, HEIGHT, 400, 400);

        // Turned, the image is 100 wide and 200 high on screen, so it fits at scale 2 into 200 × 400.
        assertEquals(2.0, transform.scale());
        assertEquals(300.0, transform.deviceX(0, 0));
        assertEquals(0.0, transform.deviceY(0, 0));
        assertEquals(100.0, transform.deviceX(0, HEIGHT));
        assertEquals(0.0, transform.deviceY(0, HEIGHT));
        assertEquals(300.0, transform.deviceX(WIDTH, 0));
        assertEquals(400.0, transform.deviceY(WIDTH, 0));
    }

    @Test
    void flipHorizontal_mirrorsColumns() {
        ViewGeometry geometry = ViewGeometry.FIT.withOrientation(Orientation.IDENTITY.flipHorizontal());

        DeviceTransform transform = geometry.deviceTransform(WIDTH, HEIGHT, 400, 400);

        assertEquals(400.0, transform.deviceX(0, 0));
        assertEquals(100.0, transform.deviceY(0, 0));
        assertEquals(0.0, transform.deviceX(WIDTH, 0));
    }

    @Test
    void flipAfterRotation_mirrorsOnScreen() {
        Orientation orientation = Orientation.IDENTITY.rotateRight().flipHorizontal();

        assertTrue(orientation.flipped());
        assertEquals(new Orientation(0, 1, 1, 0), orientation);
        // The image's top-left corner moved to the screen's top-left after turning right and mirroring.
        DeviceTransform transform = ViewGeometry.FIT.withOrientation(orientation).deviceTransform(WIDTH, HEIGHT, 400, 400);
        assertEquals(100.0, transform.deviceX(0, 0));
        assertEquals(0.0, transform.deviceY(0, 0));
    }

    @Test
    void rotationDegrees_namesEveryOrientation() {
        Orientation orientation = Orientation.IDENTITY;
        int[] expected = {0, 90, 180, 270};
        for (int degrees : expected) {
            assertEquals(degrees, orientation.rotationDegrees());
            assertFalse(orientation.flipped());
            assertEquals(degrees, orientation.flipHorizontal().flipVertical().rotateRight().rotateRight()
                    .rotationDegrees(), "a flip in both directions is a half turn");
            orientation = orientation.rotateRight();
        }
        assertEquals(Orientation.IDENTITY, orientation);
        assertEquals(180, Orientation.IDENTITY.flipVertical().rotationDegrees());
        assertTrue(Orientation.IDENTITY.flipVertical().flipped());
        assertEquals(270, Orientation.IDENTITY.rotateLeft().rotationDegrees());
    }

    @Test
    void inverse_returnsImagePoint() {
        ViewGeometry geometry = new ViewGeometry(false, 3, 50, 20, Orientation.IDENTITY.rotateLeft().flipVertical());
        DeviceTransform transform = geometry.deviceTransform(WIDTH, HEIGHT, 333, 251);

        double deviceX = transform.deviceX(12.25, 80.5);
        double deviceY = transform.deviceY(12.25, 80.5);

        assertEquals(12.25, transform.imageX(deviceX, deviceY), 1e-9);
        assertEquals(80.5, transform.imageY(deviceX, deviceY), 1e-9);
    }

    @Test
    void zoomAt_keepsPointUnderCursor() {
        DeviceTransform fitted = ViewGeometry.FIT.deviceTransform(WIDTH, HEIGHT, 400, 400);
        double imageX = fitted.imageX(90, 150);
        double imageY = fitted.imageY(90, 150);

        ViewGeometry zoomed = ViewGeometry.FIT.zoomAt(fitted, 400, 400, 8, 90, 150);
        DeviceTransform transform = zoomed.deviceTransform(WIDTH, HEIGHT, 400, 400);

        assertFalse(zoomed.fit());
        assertEquals(8.0, transform.scale());
        // The image origin is rounded to a whole device pixel, so the point may move by half a pixel.
        assertEquals(90, transform.deviceX(imageX, imageY), 0.5);
        assertEquals(150, transform.deviceY(imageX, imageY), 0.5);
    }

    @Test
    void panBy_movesImageOnScreen() {
        DeviceTransform fitted = ViewGeometry.FIT.deviceTransform(WIDTH, HEIGHT, 400, 400);

        ViewGeometry panned = ViewGeometry.FIT.panBy(fitted, 400, 400, 30, -20);
        DeviceTransform transform = panned.deviceTransform(WIDTH, HEIGHT, 400, 400);

        assertEquals(30.0, transform.deviceX(0, 0));
        assertEquals(80.0, transform.deviceY(0, 0));
        assertEquals(2.0, transform.scale());
    }

    @Test
    void actualSize_placesOriginOnWholeDevicePixel() {
        ViewGeometry geometry = new ViewGeometry(false, 1, 33.3, 17.7, Orientation.IDENTITY);

        DeviceTransform transform = geometry.deviceTransform(WIDTH, HEIGHT, 401, 299);

        assertEquals(Math.rint(transform.tx()), transform.tx());
        assertEquals(Math.rint(transform.ty()), transform.ty());
    }

    @Test
    void scale_isClampedToLimits() {
        assertEquals(ViewGeometry.MAX_SCALE, new ViewGeometry(false, 1000, 0, 0, Orientation.IDENTITY).scale());
        assertEquals(ViewGeometry.MIN_SCALE, new ViewGeometry(false, 0, 0, 0, Orientation.IDENTITY).scale());
    }
}
