package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.LoopbackServer;

class CallTimeLimitsTest {

    private MockWebServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private EndpointConfig config() {
        return EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1/");
    }

    private static AnalysisRequest request() {
        return AnalysisRequest.of("Describe.", "", TestImages.smallPng());
    }

    @Test
    void deadline_endsRetriesAfter503() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1")
                    .body("{\"error\":{\"message\":\"model loading\"}}").build());
        }
        RetryPolicy manyRetries = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(30));

        EndpointException e;
        int retries;
        try (InferenceClient client = new InferenceClient(config(), AuthProvider.none(), ClientTimeouts.defaults(),
                manyRetries)) {
            InferenceCall call = client.newCall(request());
            call.setDeadline(Duration.ofSeconds(2));
            e = assertThrows(EndpointException.class, call::execute);
            retries = call.retries();
        }

        assertEquals(ErrorClass.TIMEOUT, e.errorClass());
        assertTrue(e.getMessage().contains("no answer within the deadline of 2 s"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertTrue(retries < 8, "retries " + retries);
    }

    @Test
    void deadline_cutsSlowExchange() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(10, TimeUnit.SECONDS)
                .body("{}").build());

        EndpointException e;
        try (InferenceClient client = new InferenceClient(config(), AuthProvider.none())) {
            InferenceCall call = client.newCall(request());
            call.setDeadline(Duration.ofMillis(500));
            e = assertThrows(EndpointException.class, call::execute);
        }

        assertEquals(ErrorClass.TIMEOUT, e.errorClass());
        assertTrue(e.getMessage().contains("no answer within the deadline of 0.5 s"), e.getMessage());
        assertTrue(e.getMessage().contains("cut at the deadline"), e.getMessage());
    }

    @Test
    void credentialLookup_blockingLookupTimesOut() {
        CountDownLatch never = new CountDownLatch(1);
        AuthProvider blocking = () -> {
            try {
                never.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return Optional.of("Bearer never-used");
        };

        EndpointException e;
        try (InferenceClient client = new InferenceClient(config(), blocking)) {
            InferenceCall call = client.newCall(request());
            call.setCredentialsTimeout(Duration.ofMillis(300));
            e = assertThrows(EndpointException.class, call::execute);
        }

        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertTrue(e.getMessage().contains("credential lookup timed out after 0.3 s"), e.getMessage());
        assertTrue(e.getMessage().contains("gcloud auth application-default login"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void credentialLookup_failurePassesThrough() {
        AuthProvider failing = () -> {
            throw new CredentialsException("API key variable MEDGEMMA_KEY is not set");
        };

        EndpointException e;
        try (InferenceClient client = new InferenceClient(config(), failing)) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }

        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertTrue(e.getMessage().contains("API key variable MEDGEMMA_KEY is not set"), e.getMessage());
    }

    @Test
    void setDeadline_zeroRejected() {
        try (InferenceClient client = new InferenceClient(config(), AuthProvider.none())) {
            InferenceCall call = client.newCall(request());
            assertThrows(IllegalArgumentException.class, () -> call.setDeadline(Duration.ZERO));
        }
    }
}
