package org.radassist.ui;

import java.util.Set;

/**
 * Rounding of computed windows for display. Windows computed from the pixel values, such as Auto,
 * come out with many decimals; labels show them rounded while rendering keeps the exact values.
 */
final class WindowLabels {

    /** Names of the windows computed from the pixel values rather than read from the file or a preset. */
    private static final Set<String> COMPUTED = Set.of("preset.auto", "preset.highContrast", "preset.minMax",
            ImageDisplay.CUSTOM_WINDOW);

    /** A value range of at least this many units gets whole-number windows, as a window drag does. */
    static final double WHOLE_NUMBER_RANGE = 256;

    private WindowLabels() {
    }

    /**
     * Returns the window as labels show it: a computed window rounded to whole numbers when the
     * image's value range is 256 or more, otherwise to two decimals, and any other window unchanged.
     *
     * @param details the image the window belongs to, or {@code null} when unknown
     */
    static WindowPreset shown(WindowPreset window, ImageDetails details) {
        if (window == null || !COMPUTED.contains(window.name())) {
            return window;
        }
        double range = details == null ? Double.NaN : details.maxValue() - details.minValue();
        double scale = range >= WHOLE_NUMBER_RANGE ? 1 : 100;
        return new WindowPreset(window.name(), Math.round(window.center() * scale) / scale,
                Math.round(window.width() * scale) / scale);
    }
}
