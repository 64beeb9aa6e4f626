package org.radassist.cli;

import java.util.Locale;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.imaging.WindowPresets;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Resolves the {@code --window} option of {@code render}: absent means the file's first window
 * (else min–max), {@code auto} means min–max of the modality values, {@code CENTER,WIDTH} is an
 * explicit window and any other word names a preset such as {@code lung}.
 */
final class WindowOption {

    private WindowOption() {
    }

    static Window resolve(String value, StudyImage image, CommandSpec spec) {
        if (value == null || value.isBlank()) {
            return DisplayRenderer.defaultWindow(image);
        }
        String text = value.trim();
        if (text.equalsIgnoreCase("auto")) {
            return Window.ofRange(image.minModalityValue(), image.maxModalityValue());
        }
        if (text.contains(",")) {
            String[] parts = text.split(",", -1);
            try {
                if (parts.length == 2) {
                    double center = Double.parseDouble(parts[0].trim());
                    double width = Double.parseDouble(parts[1].trim());
                    if (width >= 1) {
                        return new Window(center, width, "custom");
                    }
                }
            } catch (NumberFormatException e) {
                // Reported below together with the other invalid forms.
            }
            throw new ParameterException(spec.commandLine(), "Invalid --window '" + value
                    + "': expected CENTER,WIDTH with a width of at least 1, e.g. 40,400.");
        }
        StringBuilder names = new StringBuilder();
        for (Window preset : WindowPresets.forModality("CT")) {
            if (preset.explanation().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return preset;
            }
            names.append(names.length() == 0 ? "" : ", ").append(preset.explanation().toLowerCase(Locale.ROOT));
        }
        throw new ParameterException(spec.commandLine(), "Unknown --window preset '" + value
                + "': use auto, CENTER,WIDTH or one of " + names + ".");
    }
}
