package org.radassist.inference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads {@code GET {base}/models}, the OpenAI-compatible model list that vLLM and the demo endpoint
 * serve. Vertex AI endpoints do not offer it.
 */
final class ServedModels {

    private ServedModels() {
    }

    static List<String> fetch(EndpointConfig config, AuthProvider auth, OkHttpClient http) throws EndpointException {
        String url = config.baseUrl() + "/models";
        String host = config.host();
        Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json").get();
        Optional<String> header;
        try {
            header = CredentialLookup.run(auth::authorization, CredentialLookup.DEFAULT_TIMEOUT, () -> false)
                    .orElse(Optional.empty());
        } catch (CredentialsException e) {
            throw EndpointException.of(ErrorClass.AUTH, EndpointException.NO_STATUS, "", host, e.getMessage(), e);
        }
        if (header.isPresent() && EndpointConfigValidator.mayCarryCredentials(url)) {
            builder.header("Authorization", header.get());
        }
        try (Response response = http.newCall(builder.build()).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw ErrorClassifier.classify(response.code(), response.message(), body, host);
            }
            JsonNode data = ChatCompletionsRequest.JSON.readTree(body).path("data");
            List<String> ids = new ArrayList<>();
            for (JsonNode model : data) {
                if (model.path("id").isTextual()) {
                    ids.add(model.path("id").asText());
                }
            }
            return ids;
        } catch (EndpointException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw EndpointException.of(ErrorClass.BAD_RESPONSE, EndpointException.NO_STATUS, "", host,
                    "the model list is not JSON", e);
        } catch (IOException e) {
            throw EndpointException.of(ErrorClass.NETWORK, EndpointException.NO_STATUS, "", host,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }
}
