package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointConfigTest {

    @Test
    void chatCompletionsUrl_vertexDedicated() {
        EndpointConfig config = EndpointConfig.vertexDedicated("my-project", "us-central1", "1234567890", "987654321");

        assertEquals("https://1234567890.us-central1-987654321.prediction.vertexai.goog/v1beta1/projects/my-project"
                + "/locations/us-central1/endpoints/1234567890/chat/completions", config.chatCompletionsUrl());
        assertEquals("1234567890.us-central1-987654321.prediction.vertexai.goog", config.host());
        assertEquals(List.of(), config.validate());
    }

    @Test
    void chatCompletionsUrl_pastedDnsName() {
        EndpointConfig config = EndpointConfig.builder(EndpointKind.VERTEX_DEDICATED)
                .project("my-project").region("europe-west4").endpointId("42")
                .dedicatedDnsName("https://42.europe-west4-555.prediction.vertexai.goog/")
                .build();

        assertEquals("https://42.europe-west4-555.prediction.vertexai.goog/v1beta1/projects/my-project"
                + "/locations/europe-west4/endpoints/42/chat/completions", config.chatCompletionsUrl());
        assertEquals(List.of(), config.validate());
    }

    @Test
    void chatCompletionsUrl_loopbackHttpDnsName() {
        EndpointConfig config = EndpointConfig.builder(EndpointKind.VERTEX_DEDICATED)
                .project("my-project").region("us-central1").endpointId("42")
                .dedicatedDnsName("http://127.0.0.1:8080/")
                .build();

        assertEquals("http://127.0.0.1:8080/v1beta1/projects/my-project/locations/us-central1/endpoints/42"
                + "/chat/completions", config.chatCompletionsUrl());
        assertEquals("127.0.0.1", config.host());
        assertEquals(List.of(), config.validate());
        assertEquals(config, config.toBuilder().build());
    }

    @Test
    void chatCompletionsUrl_httpDnsNameOfOtherHost_usesHttps() {
        EndpointConfig config = EndpointConfig.builder(EndpointKind.VERTEX_DEDICATED)
                .project("my-project").region("us-central1").endpointId("42")
                .dedicatedDnsName("http://42.us-central1-555.prediction.vertexai.goog")
                .build();

        assertEquals("https://42.us-central1-555.prediction.vertexai.goog/v1beta1/projects/my-project"
                + "/locations/us-central1/endpoints/42/chat/completions", config.chatCompletionsUrl());
    }

    @Test
    void validate_portOnOtherDnsName_rejected() {
        EndpointConfig config = EndpointConfig.builder(EndpointKind.VERTEX_DEDICATED)
                .project("my-project").region("us-central1").endpointId("42")
                .dedicatedDnsName("42.us-central1-555.prediction.vertexai.goog:8443")
                .build();

        assertEquals(List.of("Dedicated DNS name '42.us-central1-555.prediction.vertexai.goog:8443' must not"
                + " contain a port: paste the host name from the Vertex AI console (a port is accepted only for a"
                + " local server, as http://127.0.0.1:PORT)."), config.validate());
    }

    @Test
    void chatCompletionsUrl_vertexStandard() {
        EndpointConfig config = EndpointConfig.vertexStandard("my-project", "us-central1", "1234567890");

        assertEquals("https://us-central1-aiplatform.googleapis.com/v1beta1/projects/my-project"
                + "/locations/us-central1/endpoints/1234567890/chat/completions", config.chatCompletionsUrl());
        assertEquals("us-central1-aiplatform.googleapis.com", config.host());
    }

    @Test
    void chatCompletionsUrl_trailingSlash() {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:8000/v1/");

        assertEquals("http://127.0.0.1:8000/v1/chat/completions", config.chatCompletionsUrl());
        assertEquals("127.0.0.1", config.host());
        assertEquals(List.of(), config.validate());
    }

    @Test
    void baseUrl_pastedFullUrl() {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://localhost:8000/v1/chat/completions");

        assertEquals("http://localhost:8000/v1", config.baseUrl());
    }

    @Test
    void chatCompletionsUrl_demo() {
        EndpointConfig config = EndpointConfig.demo("http://127.0.0.1:45678/v1");

        assertEquals("http://127.0.0.1:45678/v1/chat/completions", config.chatCompletionsUrl());
        assertEquals("radassist-demo", config.model());
    }

    @Test
    void urls_neverContainPublishersGoogle() {
        List<EndpointConfig> configs = List.of(
                EndpointConfig.vertexDedicated("p-project", "us-east5", "1", "2"),
                EndpointConfig.vertexStandard("p-project", "us-east5", "1"));

        for (EndpointConfig config : configs) {
            assertFalse(config.chatCompletionsUrl().contains("publishers/google"), config.chatCompletionsUrl());
        }
    }

    @Test
    void defaults_perKind() {
        EndpointConfig vertex = EndpointConfig.vertexStandard("my-project", "us-central1", "1");
        EndpointConfig vllm = EndpointConfig.openAiCompatible("http://127.0.0.1:8000/v1");

        assertEquals("", vertex.model());
        assertEquals(AuthMethod.ADC, vertex.auth());
        assertEquals("google/medgemma-4b-it", vllm.model());
        assertEquals(AuthMethod.NONE, vllm.auth());
        assertEquals(1_500_000L, vertex.maxPayloadBytes());
    }

    @Test
    void validate_vertexFieldsInvalid() {
        EndpointConfig config = EndpointConfig.builder(EndpointKind.VERTEX_DEDICATED)
                .project("My Project").region("central").endpointId("medgemma-endpoint").projectNumber("12a")
                .build();

        List<String> problems = config.validate();

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Project 'My Project' is invalid"), problems.get(0));
        assertEquals("Region 'central' is invalid: expected a Google Cloud region such as us-central1.", problems.get(1));
        assertTrue(problems.get(2).startsWith("Endpoint ID 'medgemma-endpoint' is invalid: it must contain digits only"),
                problems.get(2));
        assertEquals("Project number '12a' is invalid: it must contain digits only.", problems.get(3));
    }

    @Test
    void validate_vertexFieldsMissing() {
        List<String> problems = EndpointConfig.builder(EndpointKind.VERTEX_DEDICATED).build().validate();

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Project is missing"), problems.get(0));
        assertTrue(problems.get(1).startsWith("Region is missing"), problems.get(1));
        assertTrue(problems.get(2).startsWith("Endpoint ID is missing"), problems.get(2));
        assertTrue(problems.get(3).startsWith("Project number is missing"), problems.get(3));
    }

    @Test
    void validate_plainHttpToRemoteHost() {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://10.0.0.5:8000/v1");

        assertEquals(List.of("Base URL 'http://10.0.0.5:8000/v1' uses plain http to another computer:"
                + " use https, or allow insecure http in the endpoint settings (--allow-insecure-http on the"
                + " command line)."), config.validate());
        assertEquals(List.of(), config.toBuilder().allowInsecureHttp(true).build().validate());
    }

    @Test
    void validate_httpsRemoteAndLocalhostAccepted() {
        assertEquals(List.of(), EndpointConfig.openAiCompatible("https://medgemma.example.org/v1").validate());
        assertEquals(List.of(), EndpointConfig.openAiCompatible("http://localhost:8000/v1").validate());
    }

    @Test
    void validate_baseUrlProblems() {
        assertEquals(List.of("Base URL 'ftp://host/v1' is invalid: it must start with http:// or https://."),
                EndpointConfig.openAiCompatible("ftp://host/v1").validate());
        assertEquals(List.of("Base URL '127.0.0.1:8000/v1' is invalid: it must start with http:// or https://."),
                EndpointConfig.openAiCompatible("127.0.0.1:8000/v1").validate());
        assertEquals(List.of("Base URL 'https:///v1' is invalid: its host is missing or malformed (an IPv4"
                + " address needs four numbers): use a URL such as http://127.0.0.1:8000/v1."),
                EndpointConfig.openAiCompatible("https:///v1").validate());
        assertEquals(List.of("Base URL 'http://127.1:18080/v1' is invalid: its host is missing or malformed (an"
                + " IPv4 address needs four numbers): use a URL such as http://127.0.0.1:8000/v1."),
                EndpointConfig.openAiCompatible("http://127.1:18080/v1").validate());
        assertTrue(EndpointConfig.openAiCompatible("").validate().get(0).startsWith("Base URL is missing"));
    }

    @Test
    void validate_credentialsInBaseUrlRejectedWithoutEcho() {
        List<String> problems = EndpointConfig.openAiCompatible("https://user:s3cret@host.example/v1").validate();

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("Base URL must not contain credentials"), problems.get(0));
        assertFalse(problems.get(0).contains("s3cret"));
    }

    @Test
    void validate_apiKeyVariable() {
        EndpointConfig.Builder builder = EndpointConfig.builder(EndpointKind.OPENAI_COMPATIBLE)
                .baseUrl("https://host.example/v1").auth(AuthMethod.API_KEY);

        assertTrue(builder.build().validate().get(0).startsWith("API key environment variable is missing"));
        List<String> keyPasted = builder.apiKeyEnvVar("sk-abc123").build().validate();
        assertTrue(keyPasted.get(0).startsWith("API key environment variable name is invalid"), keyPasted.get(0));
        assertFalse(keyPasted.get(0).contains("sk-abc123"));
        assertEquals(List.of(), builder.apiKeyEnvVar("MEDGEMMA_API_KEY").build().validate());
    }

    @Test
    void validate_openAiModelMissing() {
        EndpointConfig config = EndpointConfig.builder(EndpointKind.OPENAI_COMPATIBLE)
                .baseUrl("http://127.0.0.1:8000/v1").model("").build();

        assertEquals(List.of("Model is missing: enter the served model name, for example google/medgemma-4b-it."),
                config.validate());
    }
}
