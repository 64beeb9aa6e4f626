package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.LoopbackServer;

class RetryPolicyTest {

    private static final String QUOTA_BODY = recordedBody("L18_response_429_resource_exhausted.json");
    private static final String STOP_RESPONSE =
            TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_stop.json"));
    private static final RetryPolicy SHORT = new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(50));

    private MockWebServer server;

    /** Returns the {@code body} member of a recorded HTTP response file as JSON text. */
    private static String recordedBody(String file) {
        try {
            return new ObjectMapper().readTree(TestImages.text(TestImages.LLM_CASES.resolve(file))).path("body").toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private InferenceClient client(RetryPolicy policy) {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1");
        return new InferenceClient(config, AuthProvider.none(), ClientTimeouts.defaults(), policy);
    }

    private static AnalysisRequest request() {
        return AnalysisRequest.of(PromptTemplates.GENERIC.text(), "", TestImages.smallPng());
    }

    private static MockResponse quota() {
        return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json").body(QUOTA_BODY).build();
    }

    @Test
    void retriable_gatewayAndQuotaStatuses() {
        for (int status : new int[] {429, 502, 503, 504}) {
            assertEquals(true, RetryPolicy.retriable(status), "HTTP " + status);
        }
        for (int status : new int[] {400, 401, 403, 404, 413, 500}) {
            assertEquals(false, RetryPolicy.retriable(status), "HTTP " + status);
        }
    }

    @Test
    void execute_badGatewayThenSuccess_retriesOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><title>502 Bad Gateway</title></html>").build());
        server.enqueue(new MockResponse.Builder().code(200).body(STOP_RESPONSE).build());

        try (InferenceClient client = client(SHORT)) {
            InferenceCall call = client.newCall(request());
            call.execute();

            assertEquals(1, call.retries());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void delayMillis_doublesUpToCap() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertEquals(2000, policy.delayMillis(0, -1));
        assertEquals(4000, policy.delayMillis(1, -1));
        assertEquals(30000, policy.delayMillis(10, -1));
    }

    @Test
    void jitteredDelayMillis_upperHalfOfBackoff() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertEquals(1000, policy.jitteredDelayMillis(0, -1, () -> 0.0));
        assertEquals(2000, policy.jitteredDelayMillis(0, -1, () -> 0.9999999));
        assertEquals(3000, policy.jitteredDelayMillis(1, -1, () -> 0.5));
        assertEquals(15000, policy.jitteredDelayMillis(10, -1, () -> 0.0));
    }

    @Test
    void jitteredDelayMillis_keepsRetryAfter() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertEquals(7000, policy.jitteredDelayMillis(0, 7, () -> 0.0));
        assertEquals(0, policy.jitteredDelayMillis(1, 0, () -> 0.9));
    }

    @Test
    void delayMillis_retryAfterWinsButIsCapped() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertEquals(7000, policy.delayMillis(0, 7));
        assertEquals(30000, policy.delayMillis(0, 120));
    }

    @Test
    void execute_quotaThenSuccess_retriesOnce() throws Exception {
        server.enqueue(quota());
        server.enqueue(new MockResponse.Builder().code(200).body(STOP_RESPONSE).build());

        Completion completion;
        try (InferenceClient client = client(SHORT)) {
            completion = client.newCall(request()).execute();
        }

        assertEquals("stop", completion.finishReason());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void execute_quotaPersists_failsAfterRetries() {
        server.enqueue(quota());
        server.enqueue(quota());

        EndpointException e;
        try (InferenceClient client = client(SHORT)) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }

        assertEquals(ErrorClass.QUOTA, e.errorClass());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void execute_serviceUnavailable_retried() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\","
                + "\"message\":\"The model is loading.\"}}").build());
        server.enqueue(new MockResponse.Builder().code(200).body(STOP_RESPONSE).build());

        try (InferenceClient client = client(SHORT)) {
            client.newCall(request()).execute();
        }

        assertEquals(2, server.getRequestCount());
    }

    @Test
    void execute_noRetries_failsAtFirstQuota() {
        server.enqueue(quota());

        EndpointException e;
        try (InferenceClient client = client(RetryPolicy.none())) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }

        assertEquals(ErrorClass.QUOTA, e.errorClass());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void cancel_duringBackoff_isCancelled() throws Exception {
        server.enqueue(quota());
        RetryPolicy slow = new RetryPolicy(1, Duration.ofMinutes(10), Duration.ofMinutes(10));

        try (InferenceClient client = client(slow)) {
            InferenceCall call = client.newCall(request());
            // The 10-minute backoff must not pass the deadline, or the call would end with TIMEOUT before the cancel.
            call.setDeadline(Duration.ofMinutes(20));
            CompletableFuture<Completion> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return call.execute();
                } catch (EndpointException e) {
                    throw new IllegalStateException(e);
                }
            });
            server.takeRequest(30, TimeUnit.SECONDS);
            call.cancel();

            ExecutionException failure = assertThrows(ExecutionException.class, () -> result.get(30, TimeUnit.SECONDS));
            assertEquals(ErrorClass.CANCELLED, ((EndpointException) failure.getCause().getCause()).errorClass());
        }
        assertEquals(1, server.getRequestCount());
    }
}
