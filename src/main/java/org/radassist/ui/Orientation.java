package org.radassist.ui;

/**
 * How the image is turned and mirrored on screen: a 2 × 2 matrix with entries -1, 0 or 1 that
 * maps image axes to view axes (x to the right, y downwards), so {@code view = O · image}. The
 * eight values are the rotations by quarter turns, each with or without a horizontal flip.
 */
public record Orientation(int xx, int xy, int yx, int yy) {

    /** The image as stored: rows left to right, top to bottom. */
    public static final Orientation IDENTITY = new Orientation(1, 0, 0, 1);

    public Orientation {
        boolean axisAligned = (xx != 0 && xy == 0 && yx == 0 && yy != 0) || (xx == 0 && xy != 0 && yx != 0 && yy == 0);
        if (!axisAligned || Math.abs(xx + xy) != 1 || Math.abs(yx + yy) != 1) {
            throw new IllegalArgumentException("not a quarter-turn orientation: " + xx + " " + xy + " " + yx + " " + yy);
        }
    }

    /** Turns the picture by 90° clockwise as the viewer sees it. */
    public Orientation rotateRight() {
        return then(0, -1, 1, 0);
    }

    /** Turns the picture by 90° counter-clockwise as the viewer sees it. */
    public Orientation rotateLeft() {
        return then(0, 1, -1, 0);
    }

    /** Mirrors the picture left to right as the viewer sees it, whatever its rotation. */
    public Orientation flipHorizontal() {
        return then(-1, 0, 0, 1);
    }

    /** Mirrors the picture top to bottom as the viewer sees it, whatever its rotation. */
    public Orientation flipVertical() {
        return then(1, 0, 0, -1);
    }

    /** Returns true when image columns run vertically on screen (a quarter or three-quarter turn). */
    public boolean swapsAxes() {
        return xx == 0;
    }

    /** Returns true for a mirrored picture (determinant -1). */
    public boolean flipped() {
        return xx * yy - xy * yx < 0;
    }

    /**
     * Returns the clockwise rotation in degrees (0, 90, 180 or 270) applied after an optional
     * horizontal flip: this orientation is {@code rotate(degrees) · flipHorizontal^flipped()}.
     */
    public int rotationDegrees() {
        // Undo the flip first (F is its own inverse), leaving a pure rotation [[c, -s], [s, c]].
        int cos = flipped() ? -xx : xx;
        int sin = flipped() ? -yx : yx;
        if (cos == 1) {
            return 0;
        }
        if (sin == 1) {
            return 90;
        }
        return cos == -1 ? 180 : 270;
    }

    private Orientation then(int axx, int axy, int ayx, int ayy) {
        return new Orientation(axx * xx + axy * yx, axx * xy + axy * yy, ayx * xx + ayy * yx, ayx * xy + ayy * yy);
    }
}
