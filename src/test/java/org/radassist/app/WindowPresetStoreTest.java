package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.ui.WindowPreset;

/** The viewer's window presets file: defaults, save and reload, damaged files. */
class WindowPresetStoreTest {

    @TempDir
    Path folder;

    @Test
    void load_missingFileGivesBuiltInPresets() {
        Map<String, List<WindowPreset>> presets = new WindowPresetStore(folder.resolve("window-presets.json")).load();

        List<WindowPreset> ct = presets.get("CT");
        assertEquals(8, ct.size());
        assertEquals(new WindowPreset("preset.brain", 40, 80), ct.get(0));
        assertEquals(new WindowPreset("preset.subdural", 75, 215), ct.get(1));
        assertEquals(new WindowPreset("preset.stroke", 40, 40), ct.get(2));
        assertEquals(new WindowPreset("preset.lung", -600, 1500), ct.get(3));
        assertEquals(new WindowPreset("preset.mediastinum", 50, 350), ct.get(4));
        assertEquals(new WindowPreset("preset.abdomen", 40, 400), ct.get(5));
        assertEquals(new WindowPreset("preset.liver", 60, 160), ct.get(6));
        assertEquals(new WindowPreset("preset.bone", 400, 1800), ct.get(7));
        assertEquals(List.of(), presets.get("CR"));
    }

    @Test
    void save_thenLoadReturnsSamePresets() throws Exception {
        Path file = folder.resolve("config").resolve("window-presets.json");
        Map<String, List<WindowPreset>> presets = new LinkedHashMap<>();
        presets.put("CT", List.of(new WindowPreset("preset.lung", -600, 1500), new WindowPreset("Sinus", 400, 2500.5)));
        presets.put("cr", List.of(new WindowPreset("Chest soft", 2048, 1024)));

        new WindowPresetStore(file).save(presets);
        Map<String, List<WindowPreset>> reloaded = new WindowPresetStore(file).load();

        assertEquals(List.of("CT", "CR"), List.copyOf(reloaded.keySet()));
        assertEquals(presets.get("CT"), reloaded.get("CT"));
        assertEquals(presets.get("cr"), reloaded.get("CR"));
        try (var leftovers = Files.list(file.getParent())) {
            assertEquals(List.of(file), leftovers.toList(), "no temporary file stays behind");
        }
    }

    @Test
    void load_damagedFileIsMovedAside() throws Exception {
        Path file = folder.resolve("window-presets.json");
        Files.writeString(file, "{ not json");

        Map<String, List<WindowPreset>> presets = new WindowPresetStore(file).load();

        assertEquals(WindowPresetStore.defaults(), presets);
        assertFalse(Files.exists(file));
        assertEquals("{ not json", Files.readString(folder.resolve("window-presets.json.damaged")));
    }

    @Test
    void load_skipsInvalidPreset() throws Exception {
        Path file = folder.resolve("window-presets.json");
        Files.writeString(file, "{\"version\":1,\"modalities\":{\"MR\":[{\"name\":\"T2\",\"center\":300,\"width\":0},"
                + "{\"name\":\"T1\",\"center\":500,\"width\":1000}]}}");

        Map<String, List<WindowPreset>> presets = new WindowPresetStore(file).load();

        assertEquals(Map.of("MR", List.of(new WindowPreset("T1", 500, 1000))), presets);
        assertTrue(Files.exists(file));
    }

    @Test
    void desktopWorkbench_savesBesideSettings() throws Exception {
        Path settings = folder.resolve("settings.json");
        try (DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(settings))) {
            workbench.saveWindowPresets(Map.of("MG", List.of(new WindowPreset("Dense", 2500, 1200))));

            assertEquals(List.of(new WindowPreset("Dense", 2500, 1200)), workbench.windowPresets().get("MG"));
        }
        assertTrue(Files.isRegularFile(folder.resolve(WindowPresetStore.FILE_NAME)));
    }
}
