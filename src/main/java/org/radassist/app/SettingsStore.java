package org.radassist.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.radassist.review.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link Settings} as JSON. Saving writes a temporary file and moves it over the
 * old one, so a crash mid-save leaves the previous settings intact. A settings file that is not a
 * JSON object is moved aside (never silently overwritten) and the defaults are used; a damaged
 * profile inside a readable file is skipped with a warning (see {@link SettingsReader}).
 */
public final class SettingsStore {

    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private String loadWarning;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Returns the message about a damaged settings file found by the last {@link #load()}, or null. */
    public String loadWarning() {
        return loadWarning;
    }

    public Settings load() {
        loadWarning = null;
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            SettingsReader reader = new SettingsReader(mapper);
            Settings settings = reader.read(mapper.readTree(file.toFile()));
            if (!reader.warnings().isEmpty()) {
                loadWarning = "Settings file " + file + ": " + String.join(" ", reader.warnings());
                log.warn(loadWarning);
            }
            return settings;
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                loadWarning = "Settings file " + file + " could not be read (" + oneLine(e)
                        + "); it was moved to " + aside + " and the defaults are used.";
            } catch (IOException moveError) {
                loadWarning = "Settings file " + file + " could not be read (" + oneLine(e)
                        + ") and could not be moved aside; the defaults are used for this run.";
            }
            log.warn(loadWarning);
            return Settings.defaults();
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, toJson(settings));
        log.info("Saved settings to {}", file);
    }

    private byte[] toJson(Settings settings) throws JsonProcessingException {
        return mapper.writeValueAsBytes(settings);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
