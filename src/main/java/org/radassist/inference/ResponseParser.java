package org.radassist.inference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads a chat completion from a successful (2xx) response body. */
final class ResponseParser {

    private ResponseParser() {
    }

    /**
     * Reads {@code choices[0].message.content}, {@code choices[0].finish_reason}, {@code usage}
     * and {@code model}, from the body itself for chat completions or from its {@code predictions}
     * for the Vertex predict formats.
     *
     * @throws EndpointException with {@link ErrorClass#BAD_RESPONSE} when the body is not a chat
     *     completion, or with the matching class when it is an error object sent with status 2xx
     */
    static Completion parse(ApiFormat format, int httpStatus, String body, String host, String endpoint,
            boolean demo) throws EndpointException {
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
        if (format != ApiFormat.CHAT_COMPLETIONS) {
            return parsePredictions(root, httpStatus, host, endpoint);
        }
        return parseChatCompletion(root, httpStatus, host, endpoint, demo);
    }

    /**
     * Reads a Vertex AI predict response: {@code predictions} is a chat completion object (or a
     * list holding one) for the chat form, or a list whose first item is the text for the legacy form.
     */
    private static Completion parsePredictions(JsonNode root, int httpStatus, String host, String endpoint)
            throws EndpointException {
        JsonNode predictions = root.path("predictions");
        JsonNode first = predictions.isArray() ? predictions.path(0) : predictions;
        String model = root.path("deployedModelId").isTextual() ? root.path("deployedModelId").asText() : "";
        if (first.isTextual()) {
            return new Completion(first.asText(), "", Usage.UNKNOWN, model, endpoint, false);
        }
        if (first.isObject()) {
            Completion chat = parseChatCompletion(first, httpStatus, host, endpoint, false);
            return chat.model().isEmpty()
                    ? new Completion(chat.content(), chat.finishReason(), chat.usage(), model, endpoint, false)
                    : chat;
        }
        throw EndpointException.of(ErrorClass.BAD_RESPONSE, httpStatus, "", host,
                "the predict response has no predictions", null);
    }

    private static Completion parseChatCompletion(JsonNode root, int httpStatus, String host, String endpoint,
            boolean demo) throws EndpointException {
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
