package org.radassist.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radassist.ui.Theme;
import org.radassist.ui.UiPreferences;
import org.radassist.ui.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link UiPreferences} as {@code ui-preferences.json} in the configuration
 * directory: {@code {"theme": "dark", "recentFiles": ["/path/a.dcm", ...]}}. Unknown themes and
 * invalid paths are skipped, so a hand-edited file never stops the window from opening.
 */
final class UiPreferencesStore {

    private static final Logger log = LoggerFactory.getLogger(UiPreferencesStore.class);
    static final String FILE_NAME = "ui-preferences.json";

    private final JsonFile file;

    UiPreferencesStore(Path configDir) {
        this.file = new JsonFile(configDir.resolve(FILE_NAME));
    }

    UiPreferences load() {
        JsonNode root = file.read();
        if (root == null || !root.isObject()) {
            return UiPreferences.defaults();
        }
        Theme theme = Theme.LIGHT;
        String themeName = root.path("theme").asText("");
        try {
            if (!themeName.isEmpty()) {
                theme = Theme.valueOf(themeName.toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            log.warn("{}: unknown theme '{}', using light", file.path().getFileName(), themeName);
        }
        List<Path> recent = new ArrayList<>();
        for (JsonNode entry : root.path("recentFiles")) {
            try {
                recent.add(Path.of(entry.asText()));
            } catch (InvalidPathException e) {
                log.warn("{}: skipped an invalid recent file entry", file.path().getFileName());
            }
        }
        return new UiPreferences(theme, recent);
    }

    /** Writes the preferences atomically; throws with reason UNREADABLE_FILE when that fails. */
    void save(UiPreferences preferences) throws WorkbenchException {
        ObjectNode root = JsonFile.MAPPER.createObjectNode();
        root.put("theme", preferences.theme().name().toLowerCase(Locale.ROOT));
        ArrayNode recent = root.putArray("recentFiles");
        preferences.recentFiles().forEach(path -> recent.add(path.toString()));
        try {
            file.write(root);
        } catch (IOException e) {
            throw new WorkbenchException(WorkbenchException.Reason.UNREADABLE_FILE,
                    "The window preferences could not be saved to " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
