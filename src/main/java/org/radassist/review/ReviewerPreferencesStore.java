package org.radassist.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link ReviewerPreferences} as JSON with atomic writes. An unreadable file gives
 * the defaults and a warning in the log, and is replaced by the next save.
 */
public final class ReviewerPreferencesStore {

    private static final Logger log = LoggerFactory.getLogger(ReviewerPreferencesStore.class);

    private final Path file;

    public ReviewerPreferencesStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    public ReviewerPreferences load() {
        if (!Files.isRegularFile(file)) {
            return ReviewerPreferences.defaults();
        }
        try {
            return ReviewJson.mapper().readValue(file.toFile(), ReviewerPreferences.class);
        } catch (IOException e) {
            log.warn("Reviewer preferences {} could not be read, using the defaults: {}", file, e.getMessage());
            return ReviewerPreferences.defaults();
        }
    }

    public void save(ReviewerPreferences preferences) throws IOException {
        AtomicFiles.write(file, ReviewJson.mapper().writeValueAsBytes(preferences));
    }
}
