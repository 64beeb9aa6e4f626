package org.radassist.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radassist.imaging.Window;
import org.radassist.imaging.WindowPresets;
import org.radassist.review.AtomicFiles;
import org.radassist.ui.WindowPreset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The viewer's window presets per modality in {@code window-presets.json} of the configuration
 * directory, for example {@code {"version":1,"modalities":{"CT":[{"name":"preset.lung",
 * "center":-600,"width":1500}]}}}. Names that start with {@code preset.} are bundle keys. A
 * missing file gives the built-in presets. An unreadable file is moved aside and the built-in
 * presets are used. An invalid preset inside a readable file is skipped. Saving writes a temporary file and moves it over the old one.
 */
public final class WindowPresetStore {

    /** File name in the configuration directory. */
    public static final String FILE_NAME = "window-presets.json";

    private static final Logger log = LoggerFactory.getLogger(WindowPresetStore.class);
    private static final int VERSION = 1;

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public WindowPresetStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Returns the built-in presets: the CT presets of {@link WindowPresets} under their bundle keys,
     * and empty lists for CR, DX, MG and MR, whose useful windows depend on each image (the file's
     * own windows and the computed auto windows cover them).
     */
    public static Map<String, List<WindowPreset>> defaults() {
        Map<String, List<WindowPreset>> presets = new LinkedHashMap<>();
        List<WindowPreset> ct = new ArrayList<>();
        for (Window window : WindowPresets.forModality("CT")) {
            ct.add(new WindowPreset("preset." + window.explanation().toLowerCase(Locale.ROOT),
                    window.center(), window.width()));
        }
        presets.put("CT", List.copyOf(ct));
        for (String modality : List.of("CR", "DX", "MG", "MR")) {
            presets.put(modality, List.of());
        }
        return presets;
    }

    /** Reads the presets, or returns {@link #defaults()} when the file is missing or damaged. */
    public Map<String, List<WindowPreset>> load() {
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            return parse(mapper.readTree(file.toFile()));
        } catch (IOException | IllegalArgumentException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            try {
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                log.warn("Window presets file {} is invalid ({}); moved to {}, using the built-in presets",
                        file, e.getMessage(), aside);
            } catch (IOException moveError) {
                log.warn("Window presets file {} is invalid ({}) and could not be moved aside: {}",
                        file, e.getMessage(), moveError.getMessage());
            }
            return defaults();
        }
    }

    /** Writes the presets; modality keys are stored in upper case. */
    public void save(Map<String, List<WindowPreset>> presets) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        ObjectNode modalities = root.putObject("modalities");
        for (Map.Entry<String, List<WindowPreset>> entry : presets.entrySet()) {
            ArrayNode list = modalities.putArray(entry.getKey().trim().toUpperCase(Locale.ROOT));
            for (WindowPreset preset : entry.getValue()) {
                list.addObject().put("name", preset.name()).put("center", preset.center()).put("width", preset.width());
            }
        }
        AtomicFiles.write(file, mapper.writeValueAsBytes(root));
        log.info("Saved window presets to {}", file);
    }

    private static Map<String, List<WindowPreset>> parse(JsonNode root) {
        JsonNode modalities = root.path("modalities");
        if (!root.isObject() || !modalities.isObject()) {
            throw new IllegalArgumentException("expected an object with a \"modalities\" object");
        }
        Map<String, List<WindowPreset>> presets = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = modalities.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            List<WindowPreset> list = new ArrayList<>();
            for (JsonNode item : field.getValue()) {
                String name = item.path("name").asText("").strip();
                double center = item.path("center").asDouble(Double.NaN);
                double width = item.path("width").asDouble(Double.NaN);
                if (name.isEmpty() || !Double.isFinite(center) || !(width >= 1) || Double.isInfinite(width)) {
                    log.warn("Skipped an invalid {} window preset: name, finite center and width >= 1 are required",
                            field.getKey());
                    continue;
                }
                list.add(new WindowPreset(name, center, width));
            }
            presets.put(field.getKey().trim().toUpperCase(Locale.ROOT), List.copyOf(list));
        }
        return presets;
    }
}
