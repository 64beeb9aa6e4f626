package org.radassist.cli;

import java.util.Locale;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.imaging.WindowPresets;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --window} option of {@code render}: absent means the file's own VOI (its first
 * window with its VOI LUT Function, else its VOI LUT, else min–max), {@code auto} means min–max
 * of the modality values, {@code CENTER,WIDTH} is an explicit window and any other word names a
 * preset such as {@code lung}. The value is checked before any file is read.
 */
final class WindowOption {

    private static final WindowOption FILE_DEFAULT = new WindowOption(null, false);

    /** Explicit or preset window, or {@code null} for the file's own VOI and for {@code auto}. */
    private final Window fixedWindow;
    private final boolean minMax;

    private WindowOption(Window fixedWindow, boolean minMax) {
        this.fixedWindow = fixedWindow;
        this.minMax = minMax;
    }

    /**
     * Parses the option value, or throws a ParameterException naming it when it is empty, not
     * two finite numbers with a width of at least 1, or an unknown preset.
     */
    static WindowOption parse(String value, CommandSpec spec) {
        if (value == null) {
            return FILE_DEFAULT;
        }
        String text = value.trim();
        if (text.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid --window '" + value
                    + "': the value is empty. Use auto, CENTER,WIDTH or a preset name, or leave the option out.");
        }
        if (text.equalsIgnoreCase("auto")) {
            return new WindowOption(null, true);
        }
        if (text.contains(",")) {
            return new WindowOption(parseCenterWidth(value, text, spec), false);
        }
        StringBuilder names = new StringBuilder();
        for (Window preset : WindowPresets.forModality("CT")) {
            String name = preset.explanation().toLowerCase(Locale.ROOT);
            if (name.equals(text.toLowerCase(Locale.ROOT))) {
                return new WindowOption(preset, false);
            }
            names.append(names.length() == 0 ? "" : ", ").append(name);
        }
        throw new ParameterException(spec.commandLine(), "Unknown --window preset '" + value
                + "': use auto, CENTER,WIDTH or one of " + names + ".");
    }

    private static Window parseCenterWidth(String value, String text, CommandSpec spec) {
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                double center = Double.parseDouble(parts[0].trim());
                double width = Double.parseDouble(parts[1].trim());
                // parseDouble accepts "NaN" and "Infinity", which no window can use.
                if (Double.isFinite(center) && Double.isFinite(width) && width >= 1) {
                    return new Window(center, width, "custom");
                }
            }
        } catch (NumberFormatException e) {
            // Reported below together with the other invalid forms.
        }
        throw new ParameterException(spec.commandLine(), "Invalid --window '" + value
                + "': expected CENTER,WIDTH as finite numbers with a width of at least 1, e.g. 40,400.");
    }

    /** Returns whether the option was left out, so the file's own VOI applies. */
    boolean isFileDefault() {
        return fixedWindow == null && !minMax;
    }

    /** Returns the window for a grey image; call it only when {@link #isFileDefault()} is false. */
    Window resolve(StudyImage image) {
        if (minMax) {
            return Window.ofRange(image.minModalityValue(), image.maxModalityValue());
        }
        return fixedWindow;
    }
}
