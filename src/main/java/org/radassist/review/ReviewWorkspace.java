package org.radassist.review;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The review storage on the user's machine: the session store in the data directory and the
 * reviewer's preferences in the configuration directory.
 */
public record ReviewWorkspace(SessionStore sessions, ReviewerPreferencesStore preferences) {

    public ReviewWorkspace {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(preferences, "preferences");
    }

    /** Uses {@code <dataDir>/sessions} and {@code <configDir>/review-preferences.json}. */
    public static ReviewWorkspace in(Path dataDir, Path configDir) {
        return new ReviewWorkspace(new SessionStore(sessionsDirectory(dataDir)),
                new ReviewerPreferencesStore(configDir.resolve("review-preferences.json")));
    }

    public static Path sessionsDirectory(Path dataDir) {
        return dataDir.resolve("sessions");
    }
}
