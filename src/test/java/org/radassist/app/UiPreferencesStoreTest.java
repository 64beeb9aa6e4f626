package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.ui.Theme;
import org.radassist.ui.UiPreferences;

/** Theme and recent files saved to ui-preferences.json and read back. */
class UiPreferencesStoreTest {

    @TempDir
    Path configDir;

    @Test
    void load_withoutFileReturnsDefaults() {
        assertEquals(UiPreferences.defaults(), new UiPreferencesStore(configDir).load());
    }

    @Test
    void save_themeAndRecentFilesSurviveReload() throws Exception {
        UiPreferences preferences = UiPreferences.defaults().withTheme(Theme.DARK)
                .withRecentFile(Path.of("/data/a.dcm")).withRecentFile(Path.of("/data/study"));

        new UiPreferencesStore(configDir).save(preferences);
        UiPreferences reloaded = new UiPreferencesStore(configDir).load();

        assertEquals(Theme.DARK, reloaded.theme());
        assertEquals(List.of(Path.of("/data/study"), Path.of("/data/a.dcm")), reloaded.recentFiles());
    }

    @Test
    void load_skipsUnknownTheme() throws Exception {
        Files.writeString(configDir.resolve(UiPreferencesStore.FILE_NAME),
                "{\"theme\": \"purple\", \"recentFiles\": [\"/data/a.dcm\"]}");

        UiPreferences reloaded = new UiPreferencesStore(configDir).load();

        assertEquals(Theme.LIGHT, reloaded.theme());
        assertEquals(List.of(Path.of("/data/a.dcm")), reloaded.recentFiles());
    }

    @Test
    void withRecentFile_keepsTenMostRecentOnce() {
        UiPreferences preferences = UiPreferences.defaults();
        for (int i = 0; i < 12; i++) {
            preferences = preferences.withRecentFile(Path.of("/data/" + i + ".dcm"));
        }
        preferences = preferences.withRecentFile(Path.of("/data/5.dcm"));

        assertEquals(10, preferences.recentFiles().size());
        assertEquals(Path.of("/data/5.dcm"), preferences.recentFiles().get(0));
        assertEquals(Path.of("/data/11.dcm"), preferences.recentFiles().get(1));
        assertEquals(Path.of("/data/2.dcm"), preferences.recentFiles().get(9));
    }
}
