package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.inference.ApiFormat;
import org.radassist.inference.EndpointConfig;
import org.radassist.inference.EndpointKind;

/** Profiles in {@code settings.json}: migration, damaged entries, the demo profile and round trips. */
class SettingsStoreTest {

    @TempDir
    Path dir;

    private Settings load(String json) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, json);
        return new SettingsStore(file).load();
    }

    private static List<String> names(Settings settings) {
        return settings.profiles().stream().map(EndpointSettings::name).toList();
    }

    @Test
    void load_oldEndpointField_becomesActiveDefaultProfile() throws Exception {
        Settings settings = load("{\"endpoint\":{\"kind\":\"VERTEX_STANDARD\",\"project\":\"my-project\","
                + "\"region\":\"us-central1\",\"endpointId\":\"123\",\"auth\":\"ADC\",\"maxTokens\":400},"
                + "\"imageFormat\":\"png\",\"maxSide\":768,\"ctWindows\":\"SERVING_CODE\"}");

        assertEquals(List.of("demo", "default"), names(settings));
        assertEquals("default", settings.active().name());
        assertEquals(400, settings.active().maxTokens());
        assertEquals("png", settings.imageFormat());
        assertEquals(768, settings.maxSide());
        assertEquals("SERVING_CODE", settings.ctWindows());
    }

    @Test
    void load_oldDemoEndpoint_keepsOnlyDemo() throws Exception {
        Settings settings = load("{\"endpoint\":{\"kind\":\"DEMO\"},\"maxSide\":896}");

        assertEquals(List.of("demo"), names(settings));
        assertEquals("demo", settings.active().name());
    }

    @Test
    void load_damagedProfile_skippedWithWarning() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"activeProfile\":\"good\",\"profiles\":[{\"name\":\"bad\",\"maxTokens\":\"many\"},"
                + "{\"name\":\"good\",\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:8000/v1\"},"
                + "{\"kind\":\"OPENAI_COMPATIBLE\"}]}");
        SettingsStore store = new SettingsStore(file);

        Settings settings = store.load();

        assertEquals(List.of("demo", "good"), names(settings));
        assertEquals("good", settings.active().name());
        assertTrue(store.loadWarning().contains("profile 1 is damaged and was ignored"), store.loadWarning());
        assertTrue(store.loadWarning().contains("profile 3 has no name and was ignored"), store.loadWarning());
        assertTrue(Files.exists(file), "a readable file with one damaged profile stays in place");
    }

    @Test
    void load_notJson_movedAsideAndDefaultsUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"profiles\": [");
        SettingsStore store = new SettingsStore(file);

        Settings settings = store.load();

        assertEquals(List.of("demo"), names(settings));
        assertFalse(Files.exists(file));
        assertTrue(store.loadWarning().contains("was moved to"), store.loadWarning());
    }

    @Test
    void load_unknownActiveProfile_selectsDemo() throws Exception {
        Settings settings = load("{\"activeProfile\":\"gone\",\"profiles\":[]}");

        assertEquals("demo", settings.active().name());
        assertFalse(settings.endpointConfigured());
    }

    @Test
    void load_profileNamedDemo_cannotReplaceDemo() throws Exception {
        Settings settings = load("{\"profiles\":[{\"name\":\"Demo\",\"kind\":\"OPENAI_COMPATIBLE\","
                + "\"baseUrl\":\"http://127.0.0.1:8000/v1\"}]}");

        assertEquals(List.of("demo"), names(settings));
        assertTrue(settings.active().isDemo());
    }

    @Test
    void saveThenLoad_keepsProfilesAndActive() throws Exception {
        Path file = dir.resolve("sub").resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        EndpointSettings vllm = EndpointSettings.openAiCompatible("vllm", "http://127.0.0.1:8000/v1",
                "google/medgemma-1.5-4b-it", "NONE", "", false).withApi("chat").withMaxPayloadBytes(2_000_000);
        store.save(Settings.defaults().withProfile(vllm).withActiveProfile("vllm"));

        Settings loaded = store.load();

        assertNull(store.loadWarning());
        assertEquals(List.of("demo", "vllm"), names(loaded));
        assertEquals(vllm, loaded.active());
        assertFalse(Files.readString(file).contains("\"endpoint\""), "the old single endpoint field is not written");
    }

    @Test
    void withoutProfile_activeFallsBackToDemo() {
        Settings settings = Settings.defaults()
                .withProfile(EndpointSettings.openAiCompatible("a", "http://127.0.0.1:1/v1", null, "NONE", "", false))
                .withActiveProfile("a");

        Settings removed = settings.withoutProfile("A");

        assertEquals(List.of("demo"), names(removed));
        assertEquals("demo", removed.activeProfile());
        assertEquals(List.of("demo"), names(removed.withoutProfile("demo")));
    }

    @Test
    void toConfig_profileLimitsAndDefaults() throws Exception {
        EndpointSettings standard = new EndpointSettings("std", "VERTEX_STANDARD", "vertex-predict", "my-project",
                "us-central1", "123", "", "", "", "", "ADC", "", "", false, 0, 0, 0, 0, null);

        EndpointConfig config = EndpointResolver.toConfig(standard);

        assertEquals(EndpointKind.VERTEX_STANDARD, config.kind());
        assertEquals(ApiFormat.VERTEX_PREDICT, config.api());
        assertEquals(1_500_000L, config.maxPayloadBytes());
        assertEquals(32768, config.maxContextTokens());
        assertEquals(1, config.maxImages());
        assertEquals(10_000_000L, EndpointResolver.toConfig(new EndpointSettings("ded", "VERTEX_DEDICATED", "chat",
                "my-project", "us-central1", "123", "456", "", "", "", "ADC", "", "", false, 0, 0, 0, 0, null))
                .maxPayloadBytes());
        assertEquals(Long.MAX_VALUE, EndpointResolver.toConfig(EndpointSettings.openAiCompatible("v",
                "http://127.0.0.1:8000/v1", null, "NONE", "", false)).maxPayloadBytes());
        assertEquals(3_000_000L, EndpointResolver.toConfig(standard.withMaxPayloadBytes(3_000_000)).maxPayloadBytes());
    }

    @Test
    void toConfig_unknownApi_invalid() {
        EndpointSettings profile = EndpointSettings.openAiCompatible("v", "http://127.0.0.1:8000/v1", null, "NONE",
                "", false).withApi("grpc");

        InvalidEndpointException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidEndpointException.class,
                () -> EndpointResolver.toConfig(profile));

        assertEquals("Profile 'v': Unknown API format 'grpc': valid values are chat, vertex-predict,"
                + " vertex-predict-legacy.", error.getMessage());
    }
}
