package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.Corpus;

/** {@code profiles list}, {@code profiles test}, {@code analyze --profile} and {@code --api} against 127.0.0.1. */
class ProfilesCommandTest extends LocalServerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String base() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private void writeLocalProfile(String name, String model) throws Exception {
        cli.writeSettings("{\"activeProfile\":\"" + name + "\",\"profiles\":[{\"name\":\"" + name + "\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"" + base() + "/v1\",\"model\":\"" + model + "\","
                + "\"auth\":\"NONE\"}]}");
    }

    private static MockResponse stopResponse() throws Exception {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build();
    }

    @Test
    void list_marksActiveProfileAndAlwaysHasDemo() throws Exception {
        writeLocalProfile("local-vllm", "google/medgemma-4b-it");

        CliRunner.Result result = cli.run("profiles", "list");

        assertEquals(0, result.status(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), result.out());
        assertTrue(lines.get(0).startsWith("  demo  DEMO"), lines.get(0));
        assertTrue(lines.get(1).startsWith("* local-vllm  OPENAI_COMPATIBLE  chat  " + base() + "/v1"), lines.get(1));
    }

    @Test
    void list_migratesOldSingleEndpointFile() throws Exception {
        cli.writeSettings("{\"endpoint\":{\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:8000/v1\","
                + "\"model\":\"google/medgemma-4b-it\",\"auth\":\"NONE\",\"maxTokens\":400},\"imageFormat\":\"jpeg\","
                + "\"maxSide\":896}");

        CliRunner.Result result = cli.run("profiles", "list");

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("* default  OPENAI_COMPATIBLE  chat  http://127.0.0.1:8000/v1"), result.out());
    }

    @Test
    void test_printsServedModelAndAnswer() throws Exception {
        writeLocalProfile("local-vllm", "google/medgemma-4b-it");
        MockResponse models = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"object\":\"list\",\"data\":[{\"id\":\"google/medgemma-4b-it\",\"object\":\"model\"}]}")
                .build();
        MockResponse answer = stopResponse();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getTarget().endsWith("/models") ? models : answer;
            }
        });

        CliRunner.Result result = cli.run("profiles", "test", "local-vllm");

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("Served models: google/medgemma-4b-it"), result.out());
        assertTrue(result.out().contains("OK in "), result.out());
        assertTrue(result.out().contains("finish reason stop"), result.out());
        List<String> audit = Files.readAllLines(home.resolve("data").resolve("audit.jsonl"));
        assertEquals(1, audit.size());
        JsonNode record = JSON.readTree(audit.get(0));
        assertEquals("local-vllm", record.get("profile").asText());
        assertEquals("profile-test", record.get("template_id").asText());
        assertEquals(64, record.get("image_width").asInt());
    }

    @Test
    void test_failingEndpoint_exits4() throws Exception {
        writeLocalProfile("local-vllm", "google/medgemma-4b-it");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"engine dead\"}}").build();
            }
        });

        CliRunner.Result result = cli.run("profiles", "test", "local-vllm");

        assertEquals(4, result.status(), result.out());
        assertTrue(result.err().contains("engine dead"), result.err());
    }

    @Test
    void test_textOnlyModel_warnsAndFails() throws Exception {
        writeLocalProfile("text-model", "google/medgemma-27b-text-it");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(404).build();
            }
        });

        CliRunner.Result result = cli.run("profiles", "test", "text-model");

        assertEquals(4, result.status(), result.out());
        assertTrue(result.err().contains("Warning: model google/medgemma-27b-text-it is a text-only model"),
                result.err());
        assertTrue(result.err().contains("model accepts text only"), result.err());
    }

    @Test
    void test_unknownProfile_isUsageError() {
        CliRunner.Result result = cli.run("profiles", "test", "nowhere");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("Unknown profile 'nowhere'"), result.err());
    }

    @Test
    void analyzeProfile_sendsToThatProfile() throws Exception {
        cli.writeSettings("{\"activeProfile\":\"demo\",\"profiles\":[{\"name\":\"Local\",\"kind\":\"OPENAI_COMPATIBLE\","
                + "\"baseUrl\":\"" + base() + "/v1\",\"model\":\"google/medgemma-4b-it\",\"auth\":\"NONE\"}]}");
        server.enqueue(stopResponse());

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--profile", "local",
                "--format", "json");

        assertEquals(0, result.status(), result.err());
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request);
        assertEquals("/v1/chat/completions", request.getTarget());
        assertEquals(false, JSON.readTree(result.out()).get("demo").asBoolean());
    }

    @Test
    void analyzeUnknownProfile_listsProfiles() {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--profile", "nowhere");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("Unknown profile 'nowhere': the settings file has demo"), result.err());
    }

    @Test
    void analyzeApiVertexPredict_postsPredictInstances() throws Exception {
        String vertexBase = base() + "/v1beta1/projects/my-project/locations/us-central1/endpoints/123";
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"predictions\":{\"choices\":[{\"message\":{\"content\":\"DIAGNOSIS: Normal\"},"
                        + "\"finish_reason\":\"stop\"}]}}").build());

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint", vertexBase,
                "--auth", "none", "--api", "vertex-predict", "--format", "json");

        assertEquals(0, result.status(), result.err());
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request);
        assertEquals("/v1beta1/projects/my-project/locations/us-central1/endpoints/123:predict", request.getTarget());
        JsonNode instance = JSON.readTree(request.getBody().utf8()).get("instances").get(0);
        assertEquals("chatCompletions", instance.get("@requestFormat").asText());
        assertEquals("Normal", JSON.readTree(result.out()).get("diagnosis").asText());
        assertEquals(vertexBase + ":predict", JSON.readTree(result.out()).get("endpoint").asText());
    }

    @Test
    void analyzeApiUnknown_isUsageError() {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--demo", "--api", "soap");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("Unknown API format 'soap'"), result.err());
    }
}
