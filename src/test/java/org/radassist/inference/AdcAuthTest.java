package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.LoopbackServer;
import org.radassist.testsupport.ServiceAccountKeyFiles;

/**
 * Application Default Credentials against a local OAuth token server: a service-account key file
 * generated at test time points its {@code token_uri} at a MockWebServer.
 */
class AdcAuthTest {

    private static final String STOP_RESPONSE =
            TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_stop.json"));

    @TempDir
    Path tempDir;

    private MockWebServer tokenServer;
    private MockWebServer endpoint;
    private Path keyFile;

    @BeforeEach
    void start() throws Exception {
        tokenServer = LoopbackServer.start();
        endpoint = LoopbackServer.start();
        keyFile = ServiceAccountKeyFiles.write(tempDir.resolve("service-account.json"),
                "http://127.0.0.1:" + tokenServer.getPort() + "/token");
    }

    @AfterEach
    void stop() {
        endpoint.close();
        tokenServer.close();
    }

    private static MockResponse unauthorized() {
        return new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\",\"message\":\"Request had invalid"
                        + " authentication credentials.\"}}").build();
    }

    private InferenceClient client(AuthProvider auth) {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:" + endpoint.getPort() + "/v1")
                .toBuilder().auth(AuthMethod.ADC).build();
        return new InferenceClient(config, auth);
    }

    private static AnalysisRequest request() {
        return AnalysisRequest.of(PromptTemplates.GENERIC.text(), "", TestImages.smallPng());
    }

    @Test
    void execute_sendsTokenFromTokenServer() throws Exception {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-1"));
        endpoint.enqueue(new MockResponse.Builder().code(200).body(STOP_RESPONSE).build());

        try (InferenceClient client = client(AdcAuth.fromFile(keyFile))) {
            client.newCall(request()).execute();
        }

        RecordedRequest tokenRequest = tokenServer.takeRequest();
        assertEquals("POST", tokenRequest.getMethod());
        assertTrue(tokenRequest.getBody().utf8().contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"),
                tokenRequest.getBody().utf8());
        assertEquals("Bearer tok-1", endpoint.takeRequest().getHeaders().get("Authorization"));
        assertEquals(1, tokenServer.getRequestCount());
    }

    @Test
    void execute_reusesValidToken() throws Exception {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-1"));
        endpoint.enqueue(new MockResponse.Builder().code(200).body(STOP_RESPONSE).build());
        endpoint.enqueue(new MockResponse.Builder().code(200).body(STOP_RESPONSE).build());

        try (InferenceClient client = client(AdcAuth.fromFile(keyFile))) {
            client.newCall(request()).execute();
            client.newCall(request()).execute();
        }

        assertEquals("Bearer tok-1", endpoint.takeRequest().getHeaders().get("Authorization"));
        assertEquals("Bearer tok-1", endpoint.takeRequest().getHeaders().get("Authorization"));
        assertEquals(1, tokenServer.getRequestCount());
    }

    @Test
    void execute_unauthorizedOnce_refreshesAndRetriesOnce() throws Exception {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-1"));
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-2"));
        endpoint.enqueue(unauthorized());
        endpoint.enqueue(new MockResponse.Builder().code(200).body(STOP_RESPONSE).build());

        Completion completion;
        try (InferenceClient client = client(AdcAuth.fromFile(keyFile))) {
            completion = client.newCall(request()).execute();
        }

        assertEquals("stop", completion.finishReason());
        assertEquals(2, tokenServer.getRequestCount());
        assertEquals(2, endpoint.getRequestCount());
        assertEquals("Bearer tok-1", endpoint.takeRequest().getHeaders().get("Authorization"));
        assertEquals("Bearer tok-2", endpoint.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void execute_unauthorizedTwice_failsWithAuthError() {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-1"));
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-2"));
        endpoint.enqueue(unauthorized());
        endpoint.enqueue(unauthorized());

        EndpointException e;
        try (InferenceClient client = client(AdcAuth.fromFile(keyFile))) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }

        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertEquals(401, e.httpStatus());
        assertEquals(2, tokenServer.getRequestCount());
        assertEquals(2, endpoint.getRequestCount());
        assertTrue(e.getMessage().startsWith("Endpoint 127.0.0.1: authorisation failed (401 UNAUTHENTICATED):"
                + " Request had invalid authentication credentials."), e.getMessage());
    }

    @Test
    void execute_tokenServerRejects_isAuthError() {
        tokenServer.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}").build());

        EndpointException e;
        try (InferenceClient client = client(AdcAuth.fromFile(keyFile))) {
            e = assertThrows(EndpointException.class, () -> client.newCall(request()).execute());
        }

        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertTrue(e.getMessage().startsWith("Endpoint 127.0.0.1: authorisation failed: cannot get an access token"
                + " from credentials file "), e.getMessage());
        assertEquals(0, endpoint.getRequestCount());
    }

    @Test
    void fromFile_missingFile_failsOnlyAtExecute() {
        AdcAuth auth = AdcAuth.fromFile(tempDir.resolve("absent.json"));

        EndpointException e;
        try (InferenceClient client = client(auth)) {
            InferenceCall call = client.newCall(request());
            e = assertThrows(EndpointException.class, call::execute);
        }

        assertEquals(ErrorClass.AUTH, e.errorClass());
        assertTrue(e.getMessage().contains("cannot load credentials file "), e.getMessage());
        assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
        assertEquals(0, endpoint.getRequestCount());
    }
}
