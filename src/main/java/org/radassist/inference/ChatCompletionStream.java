package org.radassist.inference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Consumer;
import okio.BufferedSource;

/**
 * Reads a streamed chat completion: server-sent events whose {@code data:} lines carry
 * {@code chat.completion.chunk} objects, ending with {@code data: [DONE]}.
 */
final class ChatCompletionStream {

    private ChatCompletionStream() {
    }

    /**
     * Reads events until {@code [DONE]} and passes each content delta to {@code onDelta} on the
     * calling thread.
     *
     * @throws EndpointException for an error event, a chunk that is not JSON, or a stream that ends
     *     before both {@code [DONE]} and a finish reason
     * @throws IOException when reading fails, for example because the call was cancelled
     */
    static Completion read(BufferedSource source, Consumer<String> onDelta, int httpStatus, String host,
            String endpoint, boolean demo) throws IOException {
        StringBuilder content = new StringBuilder();
        String finishReason = "";
        String model = "";
        Usage usage = Usage.UNKNOWN;
        boolean done = false;
        String line;
        while ((line = source.readUtf8Line()) != null) {
            if (!line.startsWith("data:")) {
                continue;
            }
            String data = line.substring("data:".length()).trim();
            if (data.equals("[DONE]")) {
                done = true;
                break;
            }
            JsonNode chunk = parseChunk(data, httpStatus, host);
            if (chunk.path("error").isObject() || "error".equals(chunk.path("object").asText())) {
                ErrorClassifier.ServerError error = ErrorClassifier.read(data);
                throw ErrorClassifier.classify(error.code() >= 400 ? error.code() : 500, "", data, host);
            }
            if (chunk.path("model").isTextual()) {
                model = chunk.path("model").asText();
            }
            JsonNode choice = chunk.path("choices").path(0);
            JsonNode delta = choice.path("delta").path("content");
            if (delta.isTextual() && !delta.asText().isEmpty()) {
                content.append(delta.asText());
                onDelta.accept(delta.asText());
            }
            if (choice.path("finish_reason").isTextual()) {
                finishReason = choice.path("finish_reason").asText();
            }
            JsonNode usageNode = chunk.path("usage");
            if (usageNode.isObject()) {
                usage = new Usage(usageNode.path("prompt_tokens").asInt(-1),
                        usageNode.path("completion_tokens").asInt(-1), usageNode.path("total_tokens").asInt(-1));
            }
        }
        if (!done && finishReason.isEmpty()) {
            throw EndpointException.of(ErrorClass.NETWORK, httpStatus, "", host,
                    "the stream ended before the answer was complete", null);
        }
        return new Completion(content.toString(), finishReason, usage, model, endpoint, demo);
    }

    private static JsonNode parseChunk(String data, int httpStatus, String host) throws EndpointException {
        try {
            JsonNode chunk = ChatCompletionsRequest.JSON.readTree(data);
            if (chunk != null && chunk.isObject()) {
                return chunk;
            }
        } catch (IOException e) {
            // Reported below together with non-object chunks.
        }
        throw EndpointException.of(ErrorClass.BAD_RESPONSE, httpStatus, "", host,
                "a streamed event is not a JSON object: " + EndpointException.oneLine(data), null);
    }
}
