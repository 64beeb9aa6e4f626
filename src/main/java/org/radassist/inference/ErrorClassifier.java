package org.radassist.inference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an error response into an {@link EndpointException}. It reads the three error shapes
 * MedGemma servers send: vLLM 0.10.1 and later {@code {"error":{"message","type","param","code"}}},
 * older vLLM {@code {"object":"error","message","type","code"}}, and Vertex AI
 * {@code {"error":{"code","status","message"}}}, alone or as the first item of a list. HTML and
 * other non-JSON bodies are summarised by their title or first line.
 */
final class ErrorClassifier {

    private static final Pattern HTML_TITLE =
            Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_H1 =
            Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TEXT_ONLY = Pattern.compile(
            "not a multimodal model|does not support (image|multimodal|vision)|at most 0 image"
                    + "|multimodal (inputs? )?(is |are )?not supported|image inputs? (is |are )?not supported");
    private static final Pattern CONTEXT = Pattern.compile(
            "maximum context length|context length|max_model_len|too many tokens|prompt is too long");
    private static final Pattern IMAGE = Pattern.compile(
            "image|base64|incorrect padding|data url|data uri");
    private static final Pattern TOO_LARGE = Pattern.compile(
            "payload size exceeds|request entity too large|payload too large|request too large");

    /** Error text and labels read from a response body. */
    record ServerError(String message, String type, String status, int code, boolean json, boolean html) {
        static final ServerError NONE = new ServerError("", "", "", 0, false, false);
    }

    private ErrorClassifier() {
    }

    static EndpointException classify(int httpStatus, String reasonPhrase, String body, String host) {
        ServerError error = read(body);
        ErrorClass errorClass = classOf(httpStatus, error);
        String label = httpStatus + " " + firstNonEmpty(error.status(), error.type(), reasonPhrase);
        String detail = error.message();
        if (error.html()) {
            detail = "the server returned an HTML page" + (detail.isEmpty() ? "" : " (" + detail + ")");
        } else if (!error.json() && !detail.isEmpty()) {
            detail = "the server returned non-JSON text: " + detail;
        }
        return EndpointException.of(errorClass, httpStatus, label.trim(), host, detail, null);
    }

    static ErrorClass classOf(int httpStatus, ServerError error) {
        String status = error.status().toUpperCase(Locale.ROOT);
        String text = (error.message() + " " + error.type()).toLowerCase(Locale.ROOT);

        if (httpStatus == 401 || status.equals("UNAUTHENTICATED")) {
            return ErrorClass.AUTH;
        }
        if (httpStatus == 403 || status.equals("PERMISSION_DENIED")) {
            return ErrorClass.PERMISSION;
        }
        if (httpStatus == 429 || status.equals("RESOURCE_EXHAUSTED")) {
            return ErrorClass.QUOTA;
        }
        if (httpStatus == 413 || TOO_LARGE.matcher(text).find()) {
            return ErrorClass.PAYLOAD_TOO_LARGE;
        }
        if (httpStatus == 408 || httpStatus == 504 || status.equals("DEADLINE_EXCEEDED")) {
            return ErrorClass.TIMEOUT;
        }

        // vLLM sends 400 for all of these causes, so only the message tells them apart.
        if (httpStatus >= 400 && httpStatus < 600) {
            if (TEXT_ONLY.matcher(text).find()) {
                return ErrorClass.TEXT_ONLY_MODEL;
            }
            if (CONTEXT.matcher(text).find()) {
                return ErrorClass.CONTEXT_TOO_LONG;
            }
            if ((httpStatus == 400 || httpStatus == 422 || httpStatus == 500) && IMAGE.matcher(text).find()) {
                return ErrorClass.BAD_IMAGE;
            }
        }

        if (httpStatus == 404 || status.equals("NOT_FOUND")) {
            return ErrorClass.NOT_FOUND;
        }
        if (httpStatus >= 500) {
            return ErrorClass.SERVER;
        }
        if (httpStatus >= 400) {
            return ErrorClass.BAD_REQUEST;
        }
        return ErrorClass.BAD_RESPONSE;
    }

    /** Reads the error text from a body in any of the known shapes; a body that is not JSON is summarised as text. */
    static ServerError read(String body) {
        if (body == null || body.isBlank()) {
            return ServerError.NONE;
        }
        String trimmed = body.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode root = ChatCompletionsRequest.JSON.readTree(trimmed);
                return fromJson(root);
            } catch (IOException e) {
                // Not JSON after all: summarised as text below.
            }
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")) {
            return new ServerError(htmlSummary(trimmed), "", "", 0, false, true);
        }
        String firstLine = trimmed.lines().findFirst().orElse("");
        return new ServerError(EndpointException.oneLine(firstLine), "", "", 0, false, false);
    }

    private static ServerError fromJson(JsonNode root) {
        if (root.isArray()) {
            return root.size() > 0 ? fromJson(root.get(0)) : new ServerError("", "", "", 0, true, false);
        }
        JsonNode error = root.path("error");
        if (error.isObject()) {
            return new ServerError(text(error.path("message")), text(error.path("type")),
                    text(error.path("status")), error.path("code").asInt(0), true, false);
        }
        if (error.isTextual()) {
            return new ServerError(error.asText(), "", "", 0, true, false);
        }
        if (root.has("message")) {
            // Older vLLM: {"object":"error","message":...,"type":...,"code":...}
            return new ServerError(text(root.path("message")), text(root.path("type")),
                    text(root.path("status")), root.path("code").asInt(0), true, false);
        }
        JsonNode detail = root.path("detail");
        if (!detail.isMissingNode()) {
            // FastAPI's default error shape, sent by vLLM for unknown routes.
            return new ServerError(detail.isTextual() ? detail.asText() : detail.toString(), "", "", 0, true, false);
        }
        return new ServerError("", "", "", 0, true, false);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    private static String htmlSummary(String html) {
        for (Pattern pattern : new Pattern[] {HTML_TITLE, HTML_H1}) {
            Matcher matcher = pattern.matcher(html);
            if (matcher.find()) {
                String text = matcher.group(1).replaceAll("<[^>]*>", " ");
                return EndpointException.oneLine(text);
            }
        }
        return "";
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }
}
