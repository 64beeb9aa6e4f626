package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.LoopbackServer;

class StreamingTest {

    private MockWebServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private InferenceClient client() {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1");
        return new InferenceClient(config, AuthProvider.none(), ClientTimeouts.defaults(), RetryPolicy.none());
    }

    private static AnalysisRequest request() {
        return AnalysisRequest.of(PromptTemplates.CHEST_XRAY.text(), "", TestImages.smallPng());
    }

    private static String chunk(String content, String finishReason) {
        String delta = content == null ? "{}" : "{\"content\":\"" + content + "\"}";
        String finish = finishReason == null ? "null" : "\"" + finishReason + "\"";
        return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"google/medgemma-4b-it\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]}\n\n";
    }

    private static MockResponse events(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
    }

    @Test
    void stream_deltasArriveInOrder() throws Exception {
        server.enqueue(events(chunk("DIAGNOSIS: ", null) + chunk("Cardiomegaly\\n", null) + chunk("FINDINGS:", null)
                + chunk(null, "stop")
                + "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":7,\"total_tokens\":307}}\n\n"
                + "data: [DONE]\n\n"));
        List<String> deltas = new ArrayList<>();

        Completion completion;
        try (InferenceClient client = client()) {
            completion = client.newCall(request()).stream(deltas::add);
        }

        assertEquals(List.of("DIAGNOSIS: ", "Cardiomegaly\n", "FINDINGS:"), deltas);
        assertEquals("DIAGNOSIS: Cardiomegaly\nFINDINGS:", completion.content());
        assertEquals("stop", completion.finishReason());
        assertEquals(new Usage(300, 7, 307), completion.usage());
        assertEquals("google/medgemma-4b-it", completion.model());
        JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertTrue(body.path("stream").asBoolean());
    }

    @Test
    void execute_sendsNoStreamFlag() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200)
                .body(TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_stop.json"))).build());

        try (InferenceClient client = client()) {
            client.newCall(request()).execute();
        }

        JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertFalse(body.has("stream"));
    }

    @Test
    void stream_jsonAnswer_deliveredOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_length.json"))).build());
        List<String> deltas = new ArrayList<>();

        Completion completion;
        try (InferenceClient client = client()) {
            completion = client.newCall(request()).stream(deltas::add);
        }

        assertEquals(List.of(completion.content()), deltas);
        assertTrue(completion.truncated());
    }

    @Test
    void stream_errorEvent_isClassified() {
        server.enqueue(events(chunk("DIAG", null) + "data: {\"error\":{\"message\":\"This model's maximum context"
                + " length is 32768 tokens.\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}}\n\n"));

        EndpointException e;
        try (InferenceClient client = client()) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).stream(delta -> { }));
        }

        assertEquals(ErrorClass.CONTEXT_TOO_LONG, e.errorClass());
    }

    @Test
    void stream_endsEarly_isNetworkError() {
        server.enqueue(events(chunk("DIAGNOSIS: ", null)));

        EndpointException e;
        try (InferenceClient client = client()) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).stream(delta -> { }));
        }

        assertEquals(ErrorClass.NETWORK, e.errorClass());
        assertEquals("Endpoint 127.0.0.1: connection failed: the stream ended before the answer was complete. "
                + ErrorClass.NETWORK.advice(), e.getMessage());
    }

    @Test
    void cancel_fromFirstDelta_isCancelled() {
        server.enqueue(events(chunk("DIAGNOSIS: ", null) + chunk("Normal", "stop") + "data: [DONE]\n\n"));

        EndpointException e;
        try (InferenceClient client = client()) {
            InferenceCall call = client.newCall(request());
            e = assertThrows(EndpointException.class, () -> call.stream(delta -> call.cancel()));
        }

        assertEquals(ErrorClass.CANCELLED, e.errorClass());
    }

    @Test
    void stream_demoEndpoint_deltasJoinToRecordedAnswer() throws Exception {
        List<String> deltas = new ArrayList<>();
        Completion completion;
        try (DemoEndpoint demo = DemoEndpoint.start();
                InferenceClient client = new InferenceClient(demo.endpointConfig(), AuthProvider.none())) {
            completion = client.newCall(AnalysisRequest.of(PromptTemplates.CHEST_XRAY.text(), "",
                    TestImages.png(TestImages.CXR_PNG))).stream(deltas::add);
        }

        assertTrue(deltas.size() > 1, deltas.toString());
        assertEquals(completion.content(), String.join("", deltas));
        assertTrue(completion.content().startsWith("DIAGNOSIS: Cardiomegaly\n"), completion.content());
        assertEquals("stop", completion.finishReason());
        assertTrue(completion.demo());
        assertTrue(completion.usage().known());
    }
}
