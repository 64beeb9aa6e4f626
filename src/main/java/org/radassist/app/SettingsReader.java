package org.radassist.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a settings tree field by field, so one damaged profile costs only that profile. Settings
 * files written before profiles existed have a single {@code endpoint} object; it becomes the
 * profile {@value EndpointSettings#MIGRATED_NAME} and the active one.
 */
final class SettingsReader {

    private final ObjectMapper mapper;
    private final List<String> warnings = new ArrayList<>();

    SettingsReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Returns the problems found by the last {@link #read}, one sentence each. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Builds settings from the tree; fields that are missing or damaged take their defaults.
     *
     * @throws IOException when the root is not a JSON object
     */
    Settings read(JsonNode root) throws IOException {
        warnings.clear();
        if (root == null || !root.isObject()) {
            throw new IOException("the top level is not a JSON object");
        }
        Settings defaults = Settings.defaults();
        List<EndpointSettings> profiles = new ArrayList<>();
        String active = text(root, "activeProfile", null);

        JsonNode list = root.get("profiles");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                readProfile(list.get(i), "profile " + (i + 1)).ifPresent(profiles::add);
            }
        } else if (list != null && !list.isNull()) {
            warnings.add("The profiles field is not a list and was ignored.");
        }

        JsonNode legacy = root.get("endpoint");
        if (legacy != null && legacy.isObject() && profiles.stream()
                .noneMatch(p -> EndpointSettings.MIGRATED_NAME.equalsIgnoreCase(p.name()))) {
            ObjectNode named = ((ObjectNode) legacy.deepCopy()).put("name", EndpointSettings.MIGRATED_NAME);
            var migrated = readProfile(named, "the endpoint");
            if (migrated.isPresent() && !migrated.get().isDemo()) {
                profiles.add(migrated.get());
                if (active == null) {
                    active = EndpointSettings.MIGRATED_NAME;
                }
            }
        }

        int maxSide = root.path("maxSide").canConvertToInt() ? root.path("maxSide").asInt() : defaults.maxSide();
        return new Settings(profiles, active, text(root, "imageFormat", defaults.imageFormat()), maxSide,
                text(root, "ctWindows", defaults.ctWindows()));
    }

    private java.util.Optional<EndpointSettings> readProfile(JsonNode node, String label) {
        try {
            EndpointSettings profile = mapper.treeToValue(node, EndpointSettings.class);
            if (profile == null || profile.name() == null || profile.name().isBlank()) {
                warnings.add("The settings file's " + label + " has no name and was ignored.");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(profile);
        } catch (IOException | IllegalArgumentException e) {
            warnings.add("The settings file's " + label + " is damaged and was ignored ("
                    + firstLine(e.getMessage()) + ").");
            return java.util.Optional.empty();
        }
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode value = root.get(field);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
