package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.radassist.inference.EndpointConfig;
import org.radassist.testsupport.Corpus;

/** Payload and context budgets of {@code analyze} against a server on 127.0.0.1. */
class AnalyzeBudgetTest extends LocalServerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CR_1576_BY_1976 = "cr_mono1_modality_lut_seq_jpegll.dcm";

    /** Writes an active profile "limited" on the local server with the given limits; 0 keeps a default. */
    private void writeProfile(long maxPayloadBytes, int maxContext) throws Exception {
        cli.writeSettings("{\"activeProfile\":\"limited\",\"profiles\":[{\"name\":\"limited\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:" + server.getPort() + "/v1\","
                + "\"model\":\"google/medgemma-4b-it\",\"auth\":\"NONE\",\"maxPayloadBytes\":" + maxPayloadBytes
                + ",\"maxContext\":" + maxContext + "}]}");
    }

    private void enqueueStop() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build());
    }

    @Test
    void crPngFullSize_shrinksToFit() throws Exception {
        writeProfile(EndpointConfig.VERTEX_STANDARD_MAX_PAYLOAD_BYTES, 0);
        enqueueStop();

        CliRunner.Result result = cli.run("analyze", Corpus.real(CR_1576_BY_1976).toString(), "--image-format", "png",
                "--max-side", "0", "--format", "json");

        assertEquals(0, result.status(), result.err());
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request);
        long sent = request.getBody().size();
        assertTrue(sent <= EndpointConfig.VERTEX_STANDARD_MAX_PAYLOAD_BYTES, "request bytes " + sent);
        JsonNode image = JSON.readTree(result.out()).get("image");
        assertEquals("png", image.get("format").asText().toLowerCase());
        assertTrue(image.get("width").asInt() < 1976, "width " + image.get("width").asInt());
        assertEquals(image.get("width").asInt(), image.get("height").asInt());
        String note = "The image was reduced to fit the 1500000-byte request limit of profile 'limited': "
                + image.get("width").asInt() + "x" + image.get("height").asInt() + " PNG";
        assertTrue(result.err().contains(note), result.err());
    }

    @Test
    void crPng_unfittableLimit_rejectedBeforeSending() throws Exception {
        writeProfile(20_000, 0);

        CliRunner.Result result = cli.run("analyze", Corpus.real(CR_1576_BY_1976).toString(), "--image-format", "png",
                "--max-side", "0");

        assertEquals(4, result.status(), result.out());
        assertEquals(0, server.getRequestCount());
        assertTrue(result.err().contains("request too large: the request is still"), result.err());
        assertTrue(result.err().contains("with a 512x512 image, above the 20000-byte limit of profile 'limited'"),
                result.err());
    }

    @Test
    void contextOverEstimate_warnsAndStillSends() throws Exception {
        writeProfile(0, 600);
        enqueueStop();

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--history", "x".repeat(400));

        assertEquals(0, result.status(), result.err());
        assertEquals(1, server.getRequestCount());
        assertTrue(result.err().contains("Warning: Endpoint 127.0.0.1: request exceeds the model's context length:"
                + " the request needs about"), result.err());
        assertTrue(result.err().contains("(an estimate:"), result.err());
        assertTrue(result.err().contains("maximum context is 600 tokens"), result.err());
    }

    @Test
    void serverContextError_mapsToSameMessage() throws Exception {
        writeProfile(0, 0);
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens.\","
                        + "\"type\":\"BadRequestError\",\"code\":400}}").build());

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString());

        assertEquals(4, result.status());
        assertTrue(result.err().contains("Endpoint 127.0.0.1: request exceeds the model's context length (400):"
                + " the request needs about"), result.err());
        assertTrue(result.err().contains("maximum context is 32768 tokens"), result.err());
    }
}
