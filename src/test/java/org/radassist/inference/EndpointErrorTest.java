package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.LoopbackServer;

class EndpointErrorTest {

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
        return EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1");
    }

    private static AnalysisRequest request() {
        return AnalysisRequest.of(PromptTemplates.GENERIC.text(), "", TestImages.smallPng());
    }

    private EndpointException failWith(int code, String contentType, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", contentType).body(body).build());
        try (InferenceClient client = new InferenceClient(config(), AuthProvider.none(), ClientTimeouts.defaults(),
                RetryPolicy.none())) {
            return assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }
    }

    @Test
    void vllmNestedError_contextLength() {
        EndpointException e = failWith(400, "application/json", "{\"error\":{\"message\":\"This model's maximum"
                + " context length is 32768 tokens. However, you requested 33000 tokens.\",\"type\":\"BadRequestError\","
                + "\"param\":null,\"code\":400}}");

        assertEquals(ErrorClass.CONTEXT_TOO_LONG, e.errorClass());
        assertEquals(400, e.httpStatus());
        assertEquals("127.0.0.1", e.host());
        assertEquals("Endpoint 127.0.0.1: request exceeds the model's context length (400 BadRequestError): This"
                + " model's maximum context length is 32768 tokens. However, you requested 33000 tokens. Shorten the"
                + " clinical history or lower max tokens.", e.getMessage());
    }

    @Test
    void vllmFlatError_badImage() {
        EndpointException e = failWith(400, "application/json", "{\"object\":\"error\",\"message\":\"cannot identify"
                + " image file <_io.BytesIO object at 0x7f>\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}");

        assertEquals(ErrorClass.BAD_IMAGE, e.errorClass());
        assertTrue(e.getMessage().startsWith("Endpoint 127.0.0.1: image rejected (400 BadRequestError): cannot"
                + " identify image file"), e.getMessage());
    }

    @Test
    void vllmFlatError_modelNotFound() {
        EndpointException e = failWith(404, "application/json", "{\"object\":\"error\",\"message\":\"The model"
                + " `medgemma` does not exist.\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}");

        assertEquals(ErrorClass.NOT_FOUND, e.errorClass());
        assertEquals("Endpoint 127.0.0.1: not found (404 NotFoundError): The model `medgemma` does not exist."
                + " Check the endpoint URL, endpoint ID and model name.", e.getMessage());
    }

    @Test
    void vllmError_textOnlyModel() {
        EndpointException e = failWith(400, "application/json", "{\"error\":{\"message\":\"google/medgemma-27b-text-it"
                + " is not a multimodal model\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}}");

        assertEquals(ErrorClass.TEXT_ONLY_MODEL, e.errorClass());
    }

    @Test
    void vertexQuotaErrorInList_fromL18() throws Exception {
        JsonNode recorded = new ObjectMapper().readTree(
                TestImages.text(TestImages.LLM_CASES.resolve("L18_response_429_resource_exhausted.json")));

        EndpointException e = failWith(recorded.path("http_status").asInt(), "application/json",
                recorded.path("body").toString());

        assertEquals(ErrorClass.QUOTA, e.errorClass());
        assertEquals(429, e.httpStatus());
        assertEquals("Endpoint 127.0.0.1: quota exhausted (429 RESOURCE_EXHAUSTED): Quota exceeded for online"
                + " prediction requests per minute for this endpoint. Try again later. Wait and try again, or raise"
                + " the endpoint's quota.", e.getMessage());
    }

    @Test
    void vertexQuotaErrorObject() {
        EndpointException e = failWith(429, "application/json", "{\"error\":{\"code\":429,\"status\":"
                + "\"RESOURCE_EXHAUSTED\",\"message\":\"Quota exceeded\"}}");

        assertEquals(ErrorClass.QUOTA, e.errorClass());
        assertEquals("Endpoint 127.0.0.1: quota exhausted (429 RESOURCE_EXHAUSTED): Quota exceeded. Wait and try"
                + " again, or raise the endpoint's quota.", e.getMessage());
    }

    @Test
    void vertexPermissionDenied() {
        EndpointException e = failWith(403, "application/json", "{\"error\":{\"code\":403,\"status\":"
                + "\"PERMISSION_DENIED\",\"message\":\"Permission 'aiplatform.endpoints.predict' denied\"}}");

        assertEquals(ErrorClass.PERMISSION, e.errorClass());
        assertTrue(e.getMessage().startsWith("Endpoint 127.0.0.1: permission denied (403 PERMISSION_DENIED):"),
                e.getMessage());
    }

    @Test
    void vertexPayloadLimit() {
        EndpointException e = failWith(400, "application/json", "{\"error\":{\"code\":400,\"status\":"
                + "\"INVALID_ARGUMENT\",\"message\":\"Request payload size exceeds the limit: 1572864 bytes.\"}}");

        assertEquals(ErrorClass.PAYLOAD_TOO_LARGE, e.errorClass());
    }

    @Test
    void htmlBody_namedByTitle() {
        EndpointException e = failWith(502, "text/html",
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");

        assertEquals(ErrorClass.SERVER, e.errorClass());
        assertEquals("Endpoint 127.0.0.1: server error (502 Server Error): the server returned an HTML page"
                + " (502 Bad Gateway). Try again later; if it persists, check the endpoint's logs.", e.getMessage());
    }

    @Test
    void plainTextBody_quoted() {
        EndpointException e = failWith(500, "text/plain", "Internal Server Error\nTraceback ...");

        assertEquals(ErrorClass.SERVER, e.errorClass());
        assertTrue(e.getMessage().contains(": the server returned non-JSON text: Internal Server Error."),
                e.getMessage());
    }

    @Test
    void payloadTooLargeStatus() {
        EndpointException e = failWith(413, "text/html", "<html><head><title>413 Request Entity Too Large</title></head></html>");

        assertEquals(ErrorClass.PAYLOAD_TOO_LARGE, e.errorClass());
    }

    @Test
    void successStatusWithHtml_isBadResponse() {
        EndpointException e = failWith(200, "text/html", "<html><head><title>Sign in</title></head><body></body></html>");

        assertEquals(ErrorClass.BAD_RESPONSE, e.errorClass());
        assertEquals("Endpoint 127.0.0.1: unexpected response: the server returned an HTML page instead of JSON"
                + " (Sign in). " + ErrorClass.BAD_RESPONSE.advice(), e.getMessage());
    }

    @Test
    void successStatusWithoutChoices_isBadResponse() {
        EndpointException e = failWith(200, "application/json", "{\"predictions\":[\"text\"]}");

        assertEquals(ErrorClass.BAD_RESPONSE, e.errorClass());
        assertTrue(e.getMessage().contains("the response has no choices[0].message.content"), e.getMessage());
    }

    @Test
    void status200WithErrorObject_classified() {
        EndpointException e = failWith(200, "application/json", "{\"object\":\"error\",\"message\":\"maximum context"
                + " length exceeded\",\"type\":\"BadRequestError\",\"code\":400}");

        assertEquals(ErrorClass.CONTEXT_TOO_LONG, e.errorClass());
        assertEquals(400, e.httpStatus());
    }

    @Test
    void classify_vertexHostNamedInMessage() {
        EndpointException e = ErrorClassifier.classify(429, "Too Many Requests", "{\"error\":{\"code\":429,"
                + "\"status\":\"RESOURCE_EXHAUSTED\",\"message\":\"Quota exceeded for aiplatform.googleapis.com\"}}",
                "us-central1-aiplatform.googleapis.com");

        assertEquals("Endpoint us-central1-aiplatform.googleapis.com: quota exhausted (429 RESOURCE_EXHAUSTED):"
                + " Quota exceeded for aiplatform.googleapis.com. Wait and try again, or raise the endpoint's quota.",
                e.getMessage());
    }

    @Test
    void connectionRefused_isNetwork() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:" + port + "/v1");

        EndpointException e;
        try (InferenceClient client = new InferenceClient(config, AuthProvider.none())) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }

        assertEquals(ErrorClass.NETWORK, e.errorClass());
        assertEquals(EndpointException.NO_STATUS, e.httpStatus());
        assertTrue(e.getMessage().startsWith("Endpoint 127.0.0.1: connection failed: connection refused"),
                e.getMessage());
    }

    @Test
    void stalledServer_readTimeout_isTimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        ClientTimeouts timeouts = new ClientTimeouts(Duration.ofSeconds(10), Duration.ofMillis(300), Duration.ofSeconds(30));

        EndpointException e;
        try (InferenceClient client = new InferenceClient(config(), AuthProvider.none(), timeouts)) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }

        assertEquals(ErrorClass.TIMEOUT, e.errorClass());
        assertEquals("Endpoint 127.0.0.1: timed out: no data for 0.3 s, the read timeout. "
                + ErrorClass.TIMEOUT.advice(), e.getMessage());
    }

    @Test
    void cancel_duringExchange_isCancelled() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        try (InferenceClient client = new InferenceClient(config(), AuthProvider.none())) {
            InferenceCall call = client.newCall(request());
            CompletableFuture<Completion> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return call.execute();
                } catch (EndpointException e) {
                    throw new IllegalStateException(e);
                }
            });
            // The request has reached the server once takeRequest returns, so cancel hits the exchange.
            server.takeRequest(30, TimeUnit.SECONDS);
            call.cancel();

            ExecutionException failure = assertThrows(ExecutionException.class, () -> result.get(30, TimeUnit.SECONDS));
            EndpointException e = (EndpointException) failure.getCause().getCause();
            assertEquals(ErrorClass.CANCELLED, e.errorClass());
            assertTrue(call.isCancelled());
        }
    }

    @Test
    void cancel_beforeExecute_sendsNothing() {
        try (InferenceClient client = new InferenceClient(config(), AuthProvider.none())) {
            InferenceCall call = client.newCall(request());
            call.cancel();

            EndpointException e = assertThrows(EndpointException.class, call::execute);

            assertEquals(ErrorClass.CANCELLED, e.errorClass());
        }
        assertEquals(0, server.getRequestCount());
    }
}
