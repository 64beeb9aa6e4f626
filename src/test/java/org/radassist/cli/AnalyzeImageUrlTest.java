package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.Corpus;

/**
 * {@code analyze --image-url}: the endpoint receives the public https URL as {@code image_url.url}
 * instead of image bytes. The URL's host is example.org, which no test contacts: only the server on
 * 127.0.0.1 receives the request.
 */
class AnalyzeImageUrlTest extends LocalServerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE_URL = "https://example.org/studies/chest-pa.png?size=896";
    private static final String VERTEX_PATH = "/v1beta1/projects/radassist-test/locations/us-central1/endpoints/42";

    private JsonNode sentBody() throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "no request reached the server");
        return JSON.readTree(request.getBody().utf8());
    }

    private void enqueueStop() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build());
    }

    @Test
    void chat_sendsUrlAsImagePart() throws Exception {
        enqueueStop();

        CliRunner.Result result = cli.run("analyze", "--image-url", IMAGE_URL,
                "--endpoint", "http://127.0.0.1:" + server.getPort() + "/v1");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        JsonNode content = sentBody().path("messages").path(0).path("content");
        assertEquals(2, content.size());
        assertEquals("text", content.path(0).path("type").asText());
        assertEquals("image_url", content.path(1).path("type").asText());
        assertEquals(IMAGE_URL, content.path(1).path("image_url").path("url").asText());
        assertTrue(result.out().contains("Image sent: URL on host example.org, downloaded by the endpoint"),
                result.out());

        List<String> lines = Files.readAllLines(home.resolve("data").resolve("audit.jsonl"));
        assertEquals(1, lines.size());
        JsonNode record = JSON.readTree(lines.get(0));
        assertEquals("example.org", record.path("image_url_host").asText());
        assertTrue(record.path("image_sha256").isNull(), record.toString());
        assertEquals("URL", record.path("image_format").asText());
        assertEquals(0, record.path("images").size());
        assertFalse(lines.get(0).contains("chest-pa"), "the audit line records the host only");
    }

    @Test
    void vertexPredict_sendsUrlInInstance() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"predictions\":{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"content\":"
                        + "\"DIAGNOSIS: Normal chest\"}}]},\"deployedModelId\":\"7\"}").build());

        CliRunner.Result result = cli.run("analyze", "--image-url", IMAGE_URL, "--api", "vertex-predict",
                "--auth", "none", "--endpoint", "http://127.0.0.1:" + server.getPort() + VERTEX_PATH,
                "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        JsonNode instance = sentBody().path("instances").path(0);
        assertEquals("chatCompletions", instance.path("@requestFormat").asText());
        assertEquals(IMAGE_URL, instance.path("messages").path(0).path("content").path(1).path("image_url")
                .path("url").asText());
        JsonNode output = JSON.readTree(result.out());
        assertEquals("url", output.path("image").path("format").asText());
        assertEquals("example.org", output.path("images").path(0).path("url_host").asText());
    }

    @Test
    void legacyPredict_rejectedUnsent() {
        CliRunner.Result result = cli.run("analyze", "--image-url", IMAGE_URL, "--api", "vertex-predict-legacy",
                "--auth", "none", "--endpoint", "http://127.0.0.1:" + server.getPort() + VERTEX_PATH);

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status(), result.err());
        assertTrue(result.err().contains("the legacy Vertex predict form carries image bytes only, not an image URL;"
                + " use --api chat or vertex-predict, or pass the image as a file"), result.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void plainHttpUrl_usageError() {
        CliRunner.Result result = cli.run("analyze", "--image-url", "http://example.org/chest.png", "--demo");

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Invalid --image-url: Invalid image URL 'http://example.org/chest.png':"
                + " only https URLs are accepted."), result.err());
    }

    @Test
    void urlWithCredentials_usageErrorWithoutEcho() {
        CliRunner.Result result = cli.run("analyze", "--image-url", "https://ann:s3cret-pw@example.org/chest.png",
                "--demo");

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Invalid image URL: it contains credentials (user:password@)"), result.err());
        assertFalse(result.err().contains("s3cret-pw"), result.err());
    }

    @Test
    void urlWithoutHost_usageError() {
        CliRunner.Result result = cli.run("analyze", "--image-url", "https:///chest.png", "--demo");

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("its host is missing or malformed"), result.err());
    }

    @Test
    void fileAndUrl_usageError() {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--image-url", IMAGE_URL,
                "--demo");

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Give either FILE or --image-url, not both"), result.err());
    }

    @Test
    void neitherFileNorUrl_usageError() {
        CliRunner.Result result = cli.run("analyze", "--demo");

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Missing FILE: give an image file, or --image-url URL."), result.err());
    }
}
