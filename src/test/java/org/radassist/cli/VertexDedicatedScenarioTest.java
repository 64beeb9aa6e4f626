package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.ServiceAccountKeyFiles;

/**
 * The whole path of {@code analyze --profile NAME} to a local server shaped like a Vertex AI
 * dedicated endpoint: a saved VERTEX_DEDICATED profile whose pasted DNS name is
 * {@code http://127.0.0.1:PORT}, a service-account key file whose token endpoint is a second local
 * server, one HTTP 429 RESOURCE_EXHAUSTED, one HTTP 401 for an expired token, then the answer.
 */
class VertexDedicatedScenarioTest extends TokenServerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/v1beta1/projects/radassist-test/locations/us-central1/endpoints/1234567890"
            + "/chat/completions";
    private static final String FIRST_TOKEN = "ya29.scenario-first-4d1e";
    private static final String SECOND_TOKEN = "ya29.scenario-second-9b02";
    private static final String THIRD_TOKEN = "ya29.scenario-third-51aa";
    private static final String HISTORY = "Patient Joe Bloggs, 71, night sweats and weight loss";

    @BeforeEach
    void writeProfile() throws Exception {
        Path keyFile = ServiceAccountKeyFiles.write(home.resolve("service-account.json"),
                "http://127.0.0.1:" + tokenServer.getPort() + "/token");
        cli.writeSettings(JSON.createObjectNode().put("activeProfile", "demo").set("profiles",
                JSON.createArrayNode().add(JSON.createObjectNode().put("name", "vertex-local")
                        .put("kind", "VERTEX_DEDICATED").put("project", "radassist-test")
                        .put("region", "us-central1").put("endpointId", "1234567890")
                        .put("projectNumber", "123456789012")
                        .put("dedicatedDns", "http://127.0.0.1:" + server.getPort())
                        .put("auth", "ADC").put("credentialsFile", keyFile.toString()))).toString());
    }

    private static MockResponse answer() throws Exception {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build();
    }

    private RecordedRequest nextRequest(MockWebServer server) throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "a request is missing");
        return request;
    }

    @Test
    void analyzeProfile_survivesQuotaAndExpiredToken() throws Exception {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse(FIRST_TOKEN));
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse(SECOND_TOKEN));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "0")
                .body("{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\",\"message\":\"Quota exceeded for"
                        + " aiplatform.googleapis.com/online_prediction_requests_per_base_model.\"}}").build());
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\",\"message\":\"Request had invalid"
                        + " authentication credentials. Expected OAuth 2 access token.\"}}").build());
        server.enqueue(answer());

        CliRunner.Result first = cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--profile", "vertex-local",
                "--history", HISTORY);

        assertEquals(ExitCodes.OK, first.status(), first.err());
        assertTrue(first.out().contains("DIAGNOSIS: Right lower lobe pneumonia"), first.out());
        assertTrue(first.out().contains("  - Consolidation in the right lower lobe with air bronchograms."),
                first.out());
        assertTrue(first.out().contains("Model: google/medgemma-4b-it at http://127.0.0.1:" + server.getPort()
                + PATH), first.out());
        assertTrue(first.err().contains("HTTP 429 from 127.0.0.1: retry 1 of 2 in 0.0 s"), first.err());
        assertEquals(3, server.getRequestCount());
        assertEquals(2, tokenServer.getRequestCount(), "one token, then exactly one refresh");
        List<String> authorizations = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = nextRequest(server);
            assertEquals("POST", request.getMethod());
            assertEquals(PATH, request.getTarget(), "request " + (i + 1));
            authorizations.add(request.getHeaders().get("Authorization"));
        }
        assertEquals(List.of("Bearer " + FIRST_TOKEN, "Bearer " + FIRST_TOKEN, "Bearer " + SECOND_TOKEN),
                authorizations);
        for (int i = 0; i < 2; i++) {
            RecordedRequest tokenRequest = nextRequest(tokenServer);
            assertEquals("/token", tokenRequest.getTarget());
            assertTrue(tokenRequest.getBody().utf8().contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type"
                    + "%3Ajwt-bearer"), "token request " + (i + 1));
        }

        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse(THIRD_TOKEN));
        server.enqueue(answer());
        CliRunner.Result second = cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--profile", "VERTEX-LOCAL",
                "--history", HISTORY);

        assertEquals(ExitCodes.OK, second.status(), second.err());
        assertEquals(4, server.getRequestCount());
        assertEquals("Bearer " + THIRD_TOKEN, nextRequest(server).getHeaders().get("Authorization"));

        Path auditFile = home.resolve("data").resolve("audit.jsonl");
        List<String> lines = Files.readAllLines(auditFile);
        assertEquals(2, lines.size(), "one audit line per analyze request");
        JsonNode record = JSON.readTree(lines.get(0));
        assertEquals("vertex-local", record.get("profile").asText());
        assertEquals("127.0.0.1", record.get("endpoint_host").asText());
        assertEquals("chat", record.get("api_format").asText());
        assertEquals("ok", record.get("status").asText());
        assertEquals(1, record.get("retries").asInt(), "the 429 counts as a retry; the 401 refresh does not");
        assertEquals(HISTORY.length(), record.get("history_length").asInt());
        assertEquals(1, record.get("images").size());
        assertEquals(0, JSON.readTree(lines.get(1)).get("retries").asInt());

        List<Path> written;
        try (Stream<Path> files = Files.walk(home.resolve("data"))) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertTrue(written.contains(logFile), written.toString());
        assertTrue(Files.readString(logFile).contains("HTTP 401, retrying once with refreshed credentials"),
                "the log file recorded nothing useful");
        for (Path file : written) {
            String text = Files.readString(file);
            for (String secret : List.of(FIRST_TOKEN, SECOND_TOKEN, THIRD_TOKEN, "Joe Bloggs", "night sweats")) {
                assertFalse(text.contains(secret), file.getFileName() + " contains " + secret);
            }
        }
    }
}
