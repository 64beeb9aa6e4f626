package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vertex AI predict request bodies and responses. The Vertex URLs are https on Google hosts, so
 * these tests check the body builder and the response parser directly, without HTTP.
 */
class VertexPredictTest {

    private static final String HOST = "us-central1-aiplatform.googleapis.com";

    private static ChatCompletionsRequest request(String systemPrompt) {
        return ChatCompletionsRequest.builder()
                .promptText("Describe.").clinicalHistory("Fever.").systemPrompt(systemPrompt)
                .image(TestImages.smallPng()).maxTokens(400).build();
    }

    @Test
    void predictUrl_vertexStandard() {
        EndpointConfig config = EndpointConfig.vertexStandard("my-project", "us-central1", "123")
                .toBuilder().api(ApiFormat.VERTEX_PREDICT).build();

        assertEquals("https://us-central1-aiplatform.googleapis.com/v1beta1/projects/my-project/locations/us-central1"
                + "/endpoints/123:predict", config.requestUrl());
        assertEquals(List.of(), config.validate());
    }

    @Test
    void validate_predictOnVllm_rejected() {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:8000/v1")
                .toBuilder().api(ApiFormat.VERTEX_PREDICT_LEGACY).build();

        assertEquals(List.of("API format vertex-predict-legacy needs a Vertex AI endpoint (a base URL ending in"
                + " /projects/P/locations/R/endpoints/ID): use chat completions with other endpoints."),
                config.validate());
    }

    @Test
    void fromCliName_knownAndUnknown() {
        assertEquals(ApiFormat.CHAT_COMPLETIONS, ApiFormat.fromCliName("chat"));
        assertEquals(ApiFormat.VERTEX_PREDICT, ApiFormat.fromCliName("vertex-predict"));
        assertEquals(ApiFormat.VERTEX_PREDICT_LEGACY, ApiFormat.fromCliName("vertex-predict-legacy"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiFormat.fromCliName("rest"));
        assertEquals("Unknown API format 'rest': valid values are chat, vertex-predict, vertex-predict-legacy.",
                e.getMessage());
    }

    @Test
    void body_chatForm_wrapsMessagesInInstance() {
        JsonNode body = request(null).toJsonTree(ApiFormat.VERTEX_PREDICT);

        assertEquals(1, body.path("instances").size());
        JsonNode instance = body.at("/instances/0");
        assertEquals("chatCompletions", instance.path("@requestFormat").asText());
        assertEquals("@requestFormat", instance.fieldNames().next());
        assertFalse(instance.has("model"));
        assertEquals(400, instance.path("max_tokens").asInt());
        assertEquals(0, instance.path("temperature").asInt(-1));
        assertEquals("text", instance.at("/messages/0/content/0/type").asText());
        assertEquals("image_url", instance.at("/messages/0/content/1/type").asText());
    }

    @Test
    void body_legacyForm_rawPromptWithImageToken() {
        JsonNode instance = request("You are an expert radiologist.").toJsonTree(ApiFormat.VERTEX_PREDICT_LEGACY)
                .at("/instances/0");

        assertEquals("You are an expert radiologist. Describe.\n\nClinical History: Fever. <start_of_image>",
                instance.path("prompt").asText());
        assertTrue(instance.at("/multi_modal_data/image").asText().startsWith("data:image/png;base64,iVBORw0KGgo"));
        assertEquals(400, instance.path("max_tokens").asInt());
        assertEquals(0, instance.path("temperature").asInt(-1));
        assertTrue(instance.path("raw_response").asBoolean());
    }

    @Test
    void body_legacyFormWithoutSystem_startsWithPrompt() {
        JsonNode instance = request(null).toJsonTree(ApiFormat.VERTEX_PREDICT_LEGACY).at("/instances/0");

        assertEquals("Describe.\n\nClinical History: Fever. <start_of_image>", instance.path("prompt").asText());
    }

    @Test
    void parse_chatFormPredictions() throws Exception {
        String body = "{\"predictions\":{\"choices\":[{\"index\":0,\"finish_reason\":\"length\",\"message\":"
                + "{\"role\":\"assistant\",\"content\":\"DIAGNOSIS: Normal\"}}],\"usage\":{\"prompt_tokens\":300,"
                + "\"completion_tokens\":5,\"total_tokens\":305}},\"deployedModelId\":\"4567\"}";

        Completion completion = ResponseParser.parse(ApiFormat.VERTEX_PREDICT, 200, body, HOST, "url", false);

        assertEquals("DIAGNOSIS: Normal", completion.content());
        assertEquals("length", completion.finishReason());
        assertEquals(new Usage(300, 5, 305), completion.usage());
        assertEquals("4567", completion.model());
    }

    @Test
    void parse_chatFormPredictionsInList() throws Exception {
        String body = "{\"predictions\":[{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"content\":\"Text\"}}]}]}";

        Completion completion = ResponseParser.parse(ApiFormat.VERTEX_PREDICT, 200, body, HOST, "url", false);

        assertEquals("Text", completion.content());
        assertEquals("stop", completion.finishReason());
    }

    @Test
    void parse_legacyPredictionText() throws Exception {
        String body = "{\"predictions\":[\"DIAGNOSIS: Cardiomegaly\"],\"deployedModelId\":\"4567\"}";

        Completion completion = ResponseParser.parse(ApiFormat.VERTEX_PREDICT_LEGACY, 200, body, HOST, "url", false);

        assertEquals("DIAGNOSIS: Cardiomegaly", completion.content());
        assertEquals("", completion.finishReason());
        assertFalse(completion.usage().known());
    }

    @Test
    void parse_noPredictions_isBadResponse() {
        EndpointException e = assertThrows(EndpointException.class,
                () -> ResponseParser.parse(ApiFormat.VERTEX_PREDICT, 200, "{\"predictions\":[]}", HOST, "url", false));

        assertEquals(ErrorClass.BAD_RESPONSE, e.errorClass());
        assertEquals("Endpoint us-central1-aiplatform.googleapis.com: unexpected response: the predict response has no"
                + " predictions. " + ErrorClass.BAD_RESPONSE.advice(), e.getMessage());
    }
}
