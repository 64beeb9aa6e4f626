package org.radassist.imaging;

import java.util.BitSet;
import java.util.Objects;

/**
 * One overlay plane of repeating group 60xx for one frame: a bitmap of Overlay Rows × Overlay
 * Columns whose first pixel sits at Overlay Origin (1-based row and column of the image).
 *
 * @param group the overlay group, 0x6000 to 0x601E
 * @param rows Overlay Rows (60xx,0010)
 * @param columns Overlay Columns (60xx,0011)
 * @param originRow first value of Overlay Origin (60xx,0050), 1 for the image's first row
 * @param originColumn second value of Overlay Origin, 1 for the image's first column
 * @param type Overlay Type (60xx,0040): "G" for graphics, "R" for a region of interest
 * @param bits the overlay pixels in row order; a set bit marks a pixel of the overlay
 */
public record OverlayPlane(int group, int rows, int columns, int originRow, int originColumn, String type,
        BitSet bits) {

    public OverlayPlane {
        if (rows <= 0 || columns <= 0) {
            throw new IllegalArgumentException("Overlay size must be positive: " + rows + "x" + columns);
        }
        type = Objects.requireNonNullElse(type, "G");
        bits = (BitSet) bits.clone();
    }

    /** Returns whether the overlay pixel at 0-based {@code row} and {@code column} of the plane is set. */
    public boolean isSet(int row, int column) {
        return bits.get(row * columns + column);
    }
}
