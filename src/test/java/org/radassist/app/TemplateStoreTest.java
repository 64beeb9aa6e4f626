package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.ui.PromptTemplateChoice;
import org.radassist.ui.WorkbenchException;

/** Prompt templates saved to templates.json and read back. */
class TemplateStoreTest {

    @TempDir
    Path configDir;

    @Test
    void load_withoutFileReturnsBuiltIns() {
        List<PromptTemplateChoice> templates = new TemplateStore(configDir).load();

        assertEquals(List.of("chest-xray", "ct", "mr", "generic"), templates.stream().map(PromptTemplateChoice::id).toList());
        assertEquals("template.ct", templates.get(1).name());
        assertTrue(templates.get(1).text().startsWith("This is an axial CT slice."));
    }

    @Test
    void save_editAndUserTemplateSurviveReload() throws Exception {
        TemplateStore store = new TemplateStore(configDir);
        List<PromptTemplateChoice> templates = new ArrayList<>(store.load());
        templates.set(1, new PromptTemplateChoice("ct", "CT chest", "Describe this chest CT slice."));
        templates.add(new PromptTemplateChoice("user-1", "Fracture check", "Is there a fracture?"));

        store.save(templates);
        List<PromptTemplateChoice> reloaded = new TemplateStore(configDir).load();

        assertEquals(5, reloaded.size());
        assertEquals(new PromptTemplateChoice("ct", "CT chest", "Describe this chest CT slice."), reloaded.get(1));
        assertEquals(new PromptTemplateChoice("user-1", "Fracture check", "Is there a fracture?"), reloaded.get(4));
        assertFalse(Files.list(configDir).anyMatch(file -> file.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void load_keepsBuiltInMissingFromFile() throws Exception {
        TemplateStore store = new TemplateStore(configDir);
        store.save(List.of(new PromptTemplateChoice("user-1", "Mine", "Text.")));

        List<PromptTemplateChoice> reloaded = store.load();

        assertEquals(List.of("chest-xray", "ct", "mr", "generic", "user-1"),
                reloaded.stream().map(PromptTemplateChoice::id).toList());
    }

    @Test
    void save_rejectsDuplicateIds() {
        TemplateStore store = new TemplateStore(configDir);
        List<PromptTemplateChoice> duplicates = List.of(new PromptTemplateChoice("a", "A", "x"),
                new PromptTemplateChoice("a", "B", "y"));

        WorkbenchException error = assertThrows(WorkbenchException.class, () -> store.save(duplicates));
        assertEquals(WorkbenchException.Reason.INVALID_SETTINGS, error.reason());
    }

    @Test
    void load_movesDamagedFileAside() throws Exception {
        Files.writeString(configDir.resolve(TemplateStore.FILE_NAME), "{not json");

        List<PromptTemplateChoice> templates = new TemplateStore(configDir).load();

        assertEquals(4, templates.size());
        assertFalse(Files.exists(configDir.resolve(TemplateStore.FILE_NAME)));
        assertEquals(1, Files.list(configDir).filter(file -> file.getFileName().toString()
                .startsWith(TemplateStore.FILE_NAME + ".damaged-")).count());
    }
}
