package org.radassist.inference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads a chat completion from a successful (2xx) response body. */
final class ResponseParser {

    private ResponseParser() {
    }

    /**
     * Reads {@code choices[0].message.content}, {@code choices[0].finish_reason}, {@code usage}
     * and {@code model}.
     *
     * @throws EndpointException with {@link ErrorClass#BAD_RESPONSE} when the body is not a chat
     *     completion, or with the matching class when it is an error object sent with status 2xx
     */
    static Completion parse(int httpStatus, String body, String host, String endpoint, boolean demo)
            throws EndpointException {
        JsonNode root;
        try {
            root = ChatCompletionsRequest.JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            ErrorClassifier.ServerError error = ErrorClassifier.read(body);
            String detail = error.html()
                    ? "the server returned an HTML page instead of JSON" + (error.message().isEmpty() ? "" : " (" + error.message() + ")")
                    : "the response body is not a JSON object" + (error.message().isEmpty() ? "" : ": " + error.message());
            throw EndpointException.of(ErrorClass.BAD_RESPONSE, httpStatus, "", host, detail, null);
        }
        if (root.path("error").isObject() || "error".equals(root.path("object").asText())) {
            ErrorClassifier.ServerError error = ErrorClassifier.read(body);
            int status = error.code() >= 400 ? error.code() : httpStatus;
            throw ErrorClassifier.classify(status, "", body, host);
        }
        JsonNode choice = root.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (choice.isMissingNode() || !(content.isTextual() || content.isNull())) {
            throw EndpointException.of(ErrorClass.BAD_RESPONSE, httpStatus, "", host,
                    "the response has no choices[0].message.content", null);
        }
        JsonNode usage = root.path("usage");
        Usage tokens = usage.isObject()
                ? new Usage(usage.path("prompt_tokens").asInt(-1), usage.path("completion_tokens").asInt(-1),
                        usage.path("total_tokens").asInt(-1))
                : Usage.UNKNOWN;
        String finishReason = choice.path("finish_reason").isTextual() ? choice.path("finish_reason").asText() : "";
        String model = root.path("model").isTextual() ? root.path("model").asText() : "";
        return new Completion(content.isNull() ? "" : content.asText(), finishReason, tokens, model, endpoint, demo);
    }
}
