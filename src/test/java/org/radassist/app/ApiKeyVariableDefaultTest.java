package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The GUI, the CLI and the READMEs name the same default API key variable. */
class ApiKeyVariableDefaultTest {

    @Test
    void toConfig_blankKeyVariable_usesDefault() throws Exception {
        EndpointSettings settings = EndpointSettings.openAiCompatible("local", "http://127.0.0.1:8000/v1",
                "google/medgemma-4b-it", "API_KEY", "", false);

        assertEquals("RADASSIST_API_KEY", EndpointResolver.toConfig(settings).apiKeyEnvVar());
    }

    @Test
    void toConfig_namedKeyVariable_kept() throws Exception {
        EndpointSettings settings = EndpointSettings.openAiCompatible("local", "http://127.0.0.1:8000/v1",
                "google/medgemma-4b-it", "API_KEY", "VLLM_KEY", false);

        assertEquals("VLLM_KEY", EndpointResolver.toConfig(settings).apiKeyEnvVar());
    }

    @Test
    void settingsDialog_placeholderIsDefault() throws Exception {
        String fxml;
        try (InputStream in = getClass().getResourceAsStream("/org/radassist/ui/EndpointSettingsDialog.fxml")) {
            fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(fxml.contains("promptText=\"" + EndpointSettings.DEFAULT_API_KEY_ENV + "\""), fxml);
    }

    @Test
    void readmes_nameDefaultKeyVariable() throws Exception {
        for (String readme : new String[] {"README.md", "README.zh-CN.md"}) {
            String text = Files.readString(Path.of(readme));

            assertTrue(text.contains("`" + EndpointSettings.DEFAULT_API_KEY_ENV + "`"), readme);
            assertTrue(!text.contains("MEDGEMMA_API_KEY"), readme);
        }
    }
}
