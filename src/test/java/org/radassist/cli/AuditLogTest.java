package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.ServiceAccountKeyFiles;

/**
 * The audit log of {@code analyze}: one line per request with the agreed fields, and neither the
 * token, nor the clinical history, nor a DICOM identifier in it or in the log file.
 */
class AuditLogTest extends TokenServerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIRST_TOKEN = "ya29.first-secret-token-8c1f";
    private static final String SECOND_TOKEN = "ya29.second-secret-token-77aa";
    private static final String HISTORY = "Patient Jane Roe, haemoptysis since Monday";

    private void writeAdcProfile(Path keyFile) throws Exception {
        String json = JSON.createObjectNode().put("activeProfile", "adc-local").set("profiles", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("name", "adc-local").put("kind", "OPENAI_COMPATIBLE")
                        .put("baseUrl", "http://127.0.0.1:" + server.getPort() + "/v1")
                        .put("model", "google/medgemma-4b-it").put("auth", "ADC")
                        .put("credentialsFile", keyFile.toString()))).toString();
        cli.writeSettings(json);
    }

    @Test
    void analyzeAfter401_auditHasFieldsAndNoSecrets() throws Exception {
        Path keyFile = ServiceAccountKeyFiles.write(home.resolve("sa.json"),
                "http://127.0.0.1:" + tokenServer.getPort() + "/token");
        writeAdcProfile(keyFile);
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse(FIRST_TOKEN));
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse(SECOND_TOKEN));
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\",\"message\":\"bad token\"}}").build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build());

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--history", HISTORY);

        assertEquals(0, result.status(), result.err());
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertEquals("Bearer " + FIRST_TOKEN, first.getHeaders().get("Authorization"));
        assertEquals("Bearer " + SECOND_TOKEN, second.getHeaders().get("Authorization"));

        Path auditFile = home.resolve("data").resolve("audit.jsonl");
        List<String> lines = Files.readAllLines(auditFile);
        assertEquals(1, lines.size());
        JsonNode record = JSON.readTree(lines.get(0));
        assertEquals("adc-local", record.get("profile").asText());
        assertEquals("127.0.0.1", record.get("endpoint_host").asText());
        assertEquals("google/medgemma-4b-it", record.get("model").asText());
        assertEquals("chat", record.get("api_format").asText());
        assertTrue(Pattern.matches("[0-9a-f]{64}", record.get("image_sha256").asText()), record.toString());
        assertEquals(512, record.get("image_width").asInt());
        assertEquals(512, record.get("image_height").asInt());
        assertEquals("JPEG", record.get("image_format").asText());
        assertEquals("ct", record.get("template_id").asText());
        assertEquals(HISTORY.length(), record.get("history_length").asInt());
        assertEquals("ok", record.get("status").asText());
        assertTrue(record.get("error_class").isNull());
        assertEquals(474, record.get("total_tokens").asInt());
        assertEquals("stop", record.get("finish_reason").asText());
        assertEquals(0, record.get("retries").asInt());
        assertTrue(record.get("latency_ms").asLong() >= 0);

        String audit = Files.readString(auditFile);
        String log = Files.readString(logFile);
        for (String secret : List.of(FIRST_TOKEN, SECOND_TOKEN, "Jane Roe", "haemoptysis")) {
            assertFalse(audit.contains(secret), "audit contains " + secret);
            assertFalse(log.contains(secret), "log contains " + secret);
        }
        assertTrue(log.contains("HTTP 401"), "the log file recorded nothing useful: " + log);
    }

    @Test
    void failedAnalysis_auditRecordsErrorClassAndRetries() throws Exception {
        cli.writeSettings("{\"activeProfile\":\"local\",\"profiles\":[{\"name\":\"local\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:" + server.getPort() + "/v1\","
                + "\"auth\":\"NONE\"}]}");
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1")
                    .body("{\"error\":{\"message\":\"model loading\"}}").build());
        }

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--history", HISTORY,
                "--max-retries", "1");

        assertEquals(4, result.status());
        assertTrue(result.err().contains("HTTP 503 from 127.0.0.1: retry 1 of 1 in 1.0 s"), result.err());
        JsonNode record = JSON.readTree(Files.readAllLines(home.resolve("data").resolve("audit.jsonl")).get(0));
        assertEquals("failed", record.get("status").asText());
        assertEquals("SERVER", record.get("error_class").asText());
        assertEquals(503, record.get("http_status").asInt());
        assertEquals(1, record.get("retries").asInt());
        assertTrue(record.get("total_tokens").isNull());
    }
}
