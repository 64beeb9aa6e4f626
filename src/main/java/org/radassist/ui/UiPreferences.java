package org.radassist.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The window's own preferences, stored apart from the endpoint settings.
 *
 * @param theme the colour theme
 * @param recentFiles the files and folders opened last, most recent first, at most
 *     {@link #MAX_RECENT_FILES}
 */
public record UiPreferences(Theme theme, List<Path> recentFiles) {

    public static final int MAX_RECENT_FILES = 10;

    public UiPreferences {
        theme = Objects.requireNonNullElse(theme, Theme.LIGHT);
        recentFiles = recentFiles == null ? List.of()
                : List.copyOf(recentFiles.subList(0, Math.min(recentFiles.size(), MAX_RECENT_FILES)));
    }

    public static UiPreferences defaults() {
        return new UiPreferences(Theme.LIGHT, List.of());
    }

    public UiPreferences withTheme(Theme newTheme) {
        return new UiPreferences(newTheme, recentFiles);
    }

    /** Returns these preferences with {@code file} first in the recent files, listed once. */
    public UiPreferences withRecentFile(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        files.add(normalised);
        for (Path recent : recentFiles) {
            if (!recent.equals(normalised)) {
                files.add(recent);
            }
        }
        return new UiPreferences(theme, files);
    }
}
