package org.radassist.imaging;

import java.util.Objects;

/**
 * VOI window: center and width in modality values (HU for CT), as DICOM's Window Center
 * (0028,1050) and Window Width (0028,1051) define them.
 *
 * @param center window center in modality values
 * @param width window width in modality values; at least 1 because the LINEAR function divides
 *     by {@code width - 1}
 * @param explanation Window Center &amp; Width Explanation or a preset name, empty when none
 */
public record Window(double center, double width, String explanation) {

    public Window {
        if (!Double.isFinite(center)) {
            throw new IllegalArgumentException("Window center must be a finite number: " + center);
        }
        if (!Double.isFinite(width) || width < 1) {
            throw new IllegalArgumentException("Window width must be at least 1: " + width);
        }
        explanation = Objects.requireNonNullElse(explanation, "");
    }

    public Window(double center, double width) {
        this(center, width, "");
    }

    /**
     * Returns the window that maps {@code min} to black and {@code max} to white under the LINEAR
     * function: center (min + max + 1) / 2 and width max - min + 1, as dcmtk's min-max window.
     */
    public static Window ofRange(double min, double max) {
        if (max < min) {
            throw new IllegalArgumentException("Range maximum " + max + " is below minimum " + min);
        }
        return new Window((min + max + 1) / 2, max - min + 1, "min-max");
    }

    /** Returns this window's center and width as "C/W", for logs and status text. */
    public String toShortString() {
        return formatNumber(center) + "/" + formatNumber(width);
    }

    private static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
