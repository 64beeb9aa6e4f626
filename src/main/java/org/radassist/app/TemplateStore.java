package org.radassist.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radassist.inference.PromptTemplate;
import org.radassist.inference.PromptTemplates;
import org.radassist.ui.PromptTemplateChoice;
import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;

/**
 * The prompt templates offered in the window: the built-in templates per modality with the user's
 * edits, followed by the user's own templates. Stored as {@code templates.json} in the configuration
 * directory: {@code {"templates": [{"id", "name", "text"}, ...]}}. An entry whose id is a
 * built-in id replaces that template's name and text; other entries are user templates.
 */
final class TemplateStore {

    static final String FILE_NAME = "templates.json";

    private final JsonFile file;

    TemplateStore(Path configDir) {
        this.file = new JsonFile(configDir.resolve(FILE_NAME));
    }

    /** Returns the built-in templates as shipped; names are bundle keys such as {@code template.ct}. */
    static List<PromptTemplateChoice> builtIn() {
        List<PromptTemplateChoice> choices = new ArrayList<>();
        for (PromptTemplate template : PromptTemplates.all()) {
            // The UI shows names that start with "template." from its resource bundle.
            String key = "template." + ("generic".equals(template.id()) ? "general" : template.id().replace('-', '_'));
            choices.add(new PromptTemplateChoice(template.id(), key, template.text()));
        }
        return choices;
    }

    /** Returns the built-in templates with the stored edits, then the user templates in stored order. */
    List<PromptTemplateChoice> load() {
        Map<String, PromptTemplateChoice> stored = new LinkedHashMap<>();
        JsonNode root = file.read();
        if (root != null) {
            for (JsonNode entry : root.path("templates")) {
                String id = entry.path("id").asText("");
                String text = entry.path("text").asText("");
                if (!id.isBlank() && !text.isBlank()) {
                    stored.put(id, new PromptTemplateChoice(id, entry.path("name").asText(id), text));
                }
            }
        }
        List<PromptTemplateChoice> templates = new ArrayList<>();
        for (PromptTemplateChoice builtIn : builtIn()) {
            PromptTemplateChoice edited = stored.remove(builtIn.id());
            templates.add(edited == null ? builtIn : edited);
        }
        templates.addAll(stored.values());
        return templates;
    }

    /**
     * Stores the whole list. Every built-in template stays: one missing from {@code templates} is
     * kept as shipped.
     *
     * @throws WorkbenchException with reason INVALID_SETTINGS when two templates share an id or one
     *     has an empty text, or UNREADABLE_FILE when the file cannot be written
     */
    void save(List<PromptTemplateChoice> templates) throws WorkbenchException {
        Set<String> ids = new HashSet<>();
        ObjectNode root = JsonFile.MAPPER.createObjectNode();
        ArrayNode entries = root.putArray("templates");
        for (PromptTemplateChoice template : templates) {
            if (!ids.add(template.id())) {
                throw new WorkbenchException(Reason.INVALID_SETTINGS,
                        "Two prompt templates have the id '" + template.id() + "'.");
            }
            if (template.text() == null || template.text().isBlank()) {
                throw new WorkbenchException(Reason.INVALID_SETTINGS,
                        "The prompt template '" + template.name() + "' has no text.");
            }
            ObjectNode entry = entries.addObject();
            entry.put("id", template.id());
            entry.put("name", template.name());
            entry.put("text", template.text());
        }
        try {
            file.write(root);
        } catch (IOException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE,
                    "The prompt templates could not be saved to " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
