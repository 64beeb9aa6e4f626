package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.LoopbackServer;

class MultiSliceRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STOP_RESPONSE =
            TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_stop.json"));
    private static final List<EncodedImage> SLICES = List.of(
            TestImages.smallPng(),
            TestImages.png(TestImages.LLM_CASES.resolve("L15_noise_512_rgb.png")),
            TestImages.png(TestImages.CXR_PNG));

    private MockWebServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private EndpointConfig config(int maxImages) {
        return EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1/").toBuilder()
                .maxImages(maxImages).build();
    }

    private static AnalysisRequest threeSlices() {
        return AnalysisRequest.ofSlices(PromptTemplates.CT.text(), "Abdominal pain.", SLICES, null, null, 0, null);
    }

    @Test
    void threeSlices_partOrderExact() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(STOP_RESPONSE).build());

        try (InferenceClient client = new InferenceClient(config(3), AuthProvider.none())) {
            client.newCall(threeSlices()).execute();
        }

        RecordedRequest recorded = server.takeRequest();
        JsonNode content = JSON.readTree(recorded.getBody().utf8()).path("messages").path(0).path("content");
        assertEquals(8, content.size());
        String[] types = new String[content.size()];
        for (int i = 0; i < content.size(); i++) {
            types[i] = content.path(i).path("type").asText();
        }
        assertArrayEquals(new String[] {"text", "image_url", "text", "image_url", "text", "image_url", "text", "text"},
                types);
        assertEquals(ChatCompletionsRequest.userText(PromptTemplates.CT.text(), "Abdominal pain."),
                content.path(0).path("text").asText());
        assertEquals("SLICE 1", content.path(2).path("text").asText());
        assertEquals("SLICE 2", content.path(4).path("text").asText());
        assertEquals("SLICE 3", content.path(6).path("text").asText());
        assertEquals("Based on these slices, provide DIAGNOSIS, FINDINGS and IMPRESSION.",
                content.path(7).path("text").asText());
        for (int slice = 0; slice < 3; slice++) {
            String url = content.path(1 + 2 * slice).path("image_url").path("url").asText();
            String prefix = "data:image/png;base64,";
            assertTrue(url.startsWith(prefix), url.substring(0, 30));
            // The basic decoder rejects line breaks and any character outside the base64 alphabet.
            byte[] decoded = Base64.getDecoder().decode(url.substring(prefix.length()));
            assertArrayEquals(SLICES.get(slice).bytes(), decoded);
        }
    }

    @Test
    void sliceQuestion_templateTextReplacesDefault() {
        AnalysisRequest request = AnalysisRequest.ofSlices("Describe.", "", SLICES.subList(0, 2),
                "Which slice shows the lesion?", null, 0, null);

        JsonNode content = ChatCompletionsRequest.from(request, "m").toJsonTree()
                .path("messages").path(0).path("content");

        assertEquals(6, content.size());
        assertEquals("Which slice shows the lesion?", content.path(5).path("text").asText());
    }

    @Test
    void singleImage_bytesUnchanged() {
        EncodedImage image = TestImages.smallPng();
        String expected = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"Describe.\\n\\nClinical History: not provided\"},{\"type\":\"image_url\","
                + "\"image_url\":{\"url\":\"" + image.dataUri() + "\"}}]}],\"max_tokens\":500,\"temperature\":0}";

        byte[] json = ChatCompletionsRequest.from(AnalysisRequest.of("Describe.", "", image), "m").toJsonBytes();

        assertEquals(expected, new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void moreImagesThanMaxImages_rejectedUnsent() {
        EndpointException e;
        try (InferenceClient client = new InferenceClient(config(2), AuthProvider.none())) {
            e = assertThrows(EndpointException.class, () -> client.newCall(threeSlices()).execute());
        }

        assertEquals(ErrorClass.BAD_REQUEST, e.errorClass());
        assertTrue(e.getMessage().contains("the request has 3 images but this profile allows at most 2"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--max-images 3"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void defaultProfile_rejectsTwoSlices() {
        EndpointConfig defaults = EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1/");
        AnalysisRequest request = AnalysisRequest.ofSlices("Describe.", "", SLICES.subList(0, 2), null, null, 0, null);

        EndpointException e;
        try (InferenceClient client = new InferenceClient(defaults, AuthProvider.none())) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request).execute());
        }

        assertEquals(1, defaults.maxImages());
        assertTrue(e.getMessage().contains("allows at most 1"), e.getMessage());
    }

    @Test
    void contextBudget_countsEverySlice() {
        ContextBudget budget = ContextBudget.estimate(threeSlices(), config(3));

        assertEquals(3 * ContextBudget.TOKENS_PER_IMAGE, budget.imageTokens());
    }
}
