package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.LoopbackServer;

class InferenceClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STOP_RESPONSE =
            TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_stop.json"));

    private MockWebServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private EndpointConfig vllmConfig() {
        return EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1/");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static AnalysisRequest cxrRequest(String history) {
        return AnalysisRequest.of(PromptTemplates.CHEST_XRAY.text(), history, TestImages.png(TestImages.CXR_PNG));
    }

    private static JsonNode body(RecordedRequest recorded) throws Exception {
        return JSON.readTree(recorded.getBody().utf8());
    }

    @Test
    void execute_textThenImage_parsed() throws Exception {
        server.enqueue(json(200, STOP_RESPONSE));

        Completion completion;
        try (InferenceClient client = new InferenceClient(vllmConfig(), AuthProvider.none())) {
            completion = client.newCall(cxrRequest("Cough and fever for 3 days.")).execute();
        }

        RecordedRequest recorded = server.takeRequest();
        assertEquals("POST", recorded.getMethod());
        assertEquals("/v1/chat/completions", recorded.getUrl().encodedPath());
        assertNull(recorded.getUrl().query());
        assertNull(recorded.getHeaders().get("Authorization"));
        JsonNode body = body(recorded);
        assertEquals("google/medgemma-4b-it", body.path("model").asText());
        assertEquals(0, body.path("temperature").asInt(-1));
        assertTrue(body.path("temperature").isIntegralNumber());
        assertEquals(500, body.path("max_tokens").asInt());
        assertEquals(1, body.path("messages").size());
        JsonNode user = body.path("messages").path(0);
        assertEquals("user", user.path("role").asText());
        assertEquals(2, user.path("content").size());
        assertEquals("text", user.path("content").path(0).path("type").asText());
        assertEquals(PromptTemplates.CHEST_XRAY.text() + "\n\nClinical History: Cough and fever for 3 days.",
                user.path("content").path(0).path("text").asText());
        assertEquals("image_url", user.path("content").path(1).path("type").asText());

        String url = user.path("content").path(1).path("image_url").path("url").asText();
        String prefix = "data:image/png;base64,";
        assertTrue(url.startsWith(prefix));
        byte[] decoded = Base64.getDecoder().decode(url.substring(prefix.length()));
        BufferedImage image = TestImages.decode(decoded);
        assertNotNull(image);
        assertEquals(512, image.getWidth());
        assertEquals(512, image.getHeight());

        assertEquals("DIAGNOSIS: Right lower lobe pneumonia\nFINDINGS:\n1. Consolidation in the right lower lobe"
                + " with air bronchograms.\n2. Small right pleural effusion.", completion.content());
        assertEquals("stop", completion.finishReason());
        assertEquals(new Usage(410, 64, 474), completion.usage());
        assertEquals("google/medgemma-4b-it", completion.model());
        assertEquals("http://127.0.0.1:" + server.getPort() + "/v1/chat/completions", completion.endpoint());
        assertFalse(completion.demo());
        assertFalse(completion.truncated());
    }

    @Test
    void execute_blankHistory_saysNotProvided() throws Exception {
        server.enqueue(json(200, STOP_RESPONSE));

        try (InferenceClient client = new InferenceClient(vllmConfig(), AuthProvider.none())) {
            client.newCall(cxrRequest("  ")).execute();
        }

        JsonNode text = body(server.takeRequest()).at("/messages/0/content/0/text");
        assertEquals(PromptTemplates.CHEST_XRAY.text() + "\n\nClinical History: not provided", text.asText());
    }

    @Test
    void execute_systemPrompt_isListFormFirstMessage() throws Exception {
        server.enqueue(json(200, STOP_RESPONSE));
        AnalysisRequest request = new AnalysisRequest(PromptTemplates.GENERIC.text(), "", TestImages.smallPng(),
                PromptTemplates.DEFAULT_SYSTEM_PROMPT, 300, "google/medgemma-1.5-4b-it");

        try (InferenceClient client = new InferenceClient(vllmConfig(), AuthProvider.none())) {
            client.newCall(request).execute();
        }

        JsonNode body = body(server.takeRequest());
        assertEquals("google/medgemma-1.5-4b-it", body.path("model").asText());
        assertEquals(300, body.path("max_tokens").asInt());
        assertEquals(2, body.path("messages").size());
        JsonNode system = body.path("messages").path(0);
        assertEquals("system", system.path("role").asText());
        assertTrue(system.path("content").isArray());
        assertEquals(1, system.path("content").size());
        assertEquals("text", system.at("/content/0/type").asText());
        assertEquals("You are an expert radiologist.", system.at("/content/0/text").asText());
        assertEquals("user", body.at("/messages/1/role").asText());
    }

    @Test
    void execute_apiKey_sentAsBearerHeaderOnly() throws Exception {
        server.enqueue(json(200, STOP_RESPONSE));
        EndpointConfig config = vllmConfig().toBuilder()
                .auth(AuthMethod.API_KEY).apiKeyEnvVar("MEDGEMMA_API_KEY").build();
        AuthProvider auth = new ApiKeyAuth("MEDGEMMA_API_KEY", Map.of("MEDGEMMA_API_KEY", "key-123")::get);

        try (InferenceClient client = new InferenceClient(config, auth)) {
            client.newCall(cxrRequest("")).execute();
        }

        RecordedRequest recorded = server.takeRequest();
        assertEquals("Bearer key-123", recorded.getHeaders().get("Authorization"));
        assertFalse(recorded.getUrl().toString().contains("key-123"));
        assertFalse(recorded.getTarget().contains("key-123"));
    }

    @Test
    void execute_apiKeyMissing_isAuthError() {
        AuthProvider auth = new ApiKeyAuth("MEDGEMMA_API_KEY", Map.of("OTHER", "key-123")::get);

        EndpointException e;
        try (InferenceClient client = new InferenceClient(vllmConfig(), auth)) {
            e = assertThrows(EndpointException.class, () -> client.newCall(cxrRequest("")).execute());
        }

        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertEquals("Endpoint 127.0.0.1: authorisation failed: environment variable MEDGEMMA_API_KEY is not set"
                + " or empty; set it to the API key and restart RadAssist. " + ErrorClass.AUTH.advice(), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void execute_unauthorizedWithoutRefresh_failsWithoutRetry() {
        server.enqueue(json(401, "{\"error\":{\"message\":\"Invalid API key\",\"type\":\"Unauthorized\",\"code\":401}}"));

        EndpointException e;
        try (InferenceClient client = new InferenceClient(vllmConfig(), AuthProvider.none())) {
            e = assertThrows(EndpointException.class, () -> client.newCall(cxrRequest("")).execute());
        }

        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertEquals(401, e.httpStatus());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void execute_demoHeader_marksCompletionAsDemo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader(InferenceCall.DEMO_HEADER, "true")
                .body(STOP_RESPONSE).build());

        Completion completion;
        try (InferenceClient client = new InferenceClient(vllmConfig(), AuthProvider.none())) {
            completion = client.newCall(cxrRequest("")).execute();
        }

        assertTrue(completion.demo());
    }

    @Test
    void execute_lengthFinish_isTruncated() throws Exception {
        server.enqueue(json(200, TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_length.json"))));

        Completion completion;
        try (InferenceClient client = new InferenceClient(vllmConfig(), AuthProvider.none())) {
            completion = client.newCall(cxrRequest("")).execute();
        }

        assertEquals("length", completion.finishReason());
        assertTrue(completion.truncated());
    }

    @Test
    void execute_textOnlyModel_rejectedBeforeSending() {
        EndpointConfig config = vllmConfig().toBuilder().model("google/medgemma-27b-text-it").build();

        EndpointException e;
        try (InferenceClient client = new InferenceClient(config, AuthProvider.none())) {
            e = assertThrows(EndpointException.class, () -> client.newCall(cxrRequest("")).execute());
        }

        assertEquals(ErrorClass.TEXT_ONLY_MODEL, e.errorClass());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void execute_payloadOverStandardLimit_rejected() {
        byte[] large = new byte[1_200_000];
        System.arraycopy(TestImages.bytes(TestImages.LLM_CASES.resolve("L15_small_64_grey.png")), 0, large, 0, 8);
        EndpointConfig config = EndpointConfig.vertexStandard("my-project", "us-central1", "1234567890");
        AnalysisRequest request = AnalysisRequest.of("Describe.", "", EncodedImage.of(large, 896, 896));

        EndpointException e;
        try (InferenceClient client = new InferenceClient(config, AuthProvider.none())) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request).execute());
        }

        assertEquals(ErrorClass.PAYLOAD_TOO_LARGE, e.errorClass());
        assertTrue(e.getMessage().startsWith("Endpoint us-central1-aiplatform.googleapis.com: request too large:"
                + " the request is 1600"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 1500000 bytes"), e.getMessage());
    }

    @Test
    void constructor_invalidConfig_listsProblems() {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://10.1.2.3:8000/v1");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InferenceClient(config, AuthProvider.none()));

        assertTrue(e.getMessage().startsWith("Invalid endpoint configuration: Base URL 'http://10.1.2.3:8000/v1'"),
                e.getMessage());
    }

    @Test
    void execute_secondTime_isIllegalState() throws Exception {
        server.enqueue(json(200, STOP_RESPONSE));

        try (InferenceClient client = new InferenceClient(vllmConfig(), AuthProvider.none())) {
            InferenceCall call = client.newCall(cxrRequest(""));
            call.execute();
            assertThrows(IllegalStateException.class, call::execute);
        }
    }
}
