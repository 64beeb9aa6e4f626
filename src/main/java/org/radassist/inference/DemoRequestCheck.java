package org.radassist.inference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Checks a chat completions request body the way vLLM does before the request reaches the model: a JSON
 * object with {@code messages}, a user message whose content has a text part followed by exactly
 * one {@code image_url} part, and a data URI whose base64 decodes strictly (no line breaks) to an
 * image. vLLM sniffs the image bytes and ignores the declared media type, so this check does too.
 */
final class DemoRequestCheck {

    private final int status;
    private final String message;
    private final String type;
    private final String param;
    private final BufferedImage image;
    private final String promptText;
    /** Images accepted in one request, as a vLLM server started with {@code --limit-mm-per-prompt image=8}. */
    static final int MAX_IMAGES = 8;

    private boolean stream;
    private int imageCount = 1;

    private DemoRequestCheck(int status, String message, String type, String param, BufferedImage image,
            String promptText) {
        this.status = status;
        this.message = message;
        this.type = type;
        this.param = param;
        this.image = image;
        this.promptText = promptText;
    }

    private static DemoRequestCheck reject(String message, String param) {
        return new DemoRequestCheck(400, message, "BadRequestError", param, null, null);
    }

    static DemoRequestCheck of(byte[] body) {
        JsonNode root;
        try {
            root = ChatCompletionsRequest.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return reject("Invalid JSON body: " + EndpointException.oneLine(e.getOriginalMessage()), null);
        } catch (IOException e) {
            return reject("Invalid JSON body: " + EndpointException.oneLine(e.getMessage()), null);
        }

        if (root == null || !root.isObject()) {
            return reject("The request body must be a JSON object.", null);
        }
        // Unlike vLLM, any model name is accepted, so a profile with a served model name also works here.

        JsonNode maxTokens = root.path("max_tokens");
        if (!maxTokens.isMissingNode() && !maxTokens.isNull() && (!maxTokens.canConvertToInt() || maxTokens.asInt() < 1)) {
            return reject("max_tokens must be a positive integer.", "max_tokens");
        }

        JsonNode messages = root.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            return reject("messages: Field required and must be a non-empty list.", "messages");
        }

        JsonNode user = null;
        for (JsonNode message : messages) {
            if ("user".equals(message.path("role").asText())) {
                user = message;
            }
        }
        if (user == null) {
            return reject("The request has no user message.", "messages");
        }
        DemoRequestCheck check = checkUserContent(user.path("content"));
        check.stream = root.path("stream").asBoolean(false);
        return check;
    }

    private static DemoRequestCheck checkUserContent(JsonNode content) {
        if (!content.isArray()) {
            return reject("The user message content must be a list of parts with text first, then one image_url.",
                    "messages");
        }
        String text = null;
        java.util.List<String> urls = new java.util.ArrayList<>();
        for (JsonNode part : content) {
            String partType = part.path("type").asText();
            if (partType.equals("text") && urls.isEmpty()) {
                text = (text == null ? "" : text) + part.path("text").asText();
            } else if (partType.equals("image_url")) {
                urls.add(part.path("image_url").path("url").asText(""));
            }
        }
        if (urls.size() > MAX_IMAGES) {
            return reject("At most " + MAX_IMAGES + " image(s) may be provided in one request.", "messages");
        }
        if (text == null || urls.isEmpty()) {
            return reject("The user message content must have a text part followed by an image_url part.", "messages");
        }
        // Every image must decode, as on vLLM; the first one selects the recorded answer.
        DemoRequestCheck first = null;
        for (String url : urls) {
            DemoRequestCheck check = decodeImage(url, text);
            if (check.status != 200) {
                return check;
            }
            if (first == null) {
                first = check;
            }
        }
        first.imageCount = urls.size();
        return first;
    }

    private static DemoRequestCheck decodeImage(String url, String text) {
        int comma = url.indexOf(',');
        if (!url.startsWith("data:image/") || comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
            return reject("The demo endpoint accepts only base64 data URIs (data:image/...;base64,...).", "messages");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(url.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return reject("Invalid base64 image data: " + e.getMessage(), "messages");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            return reject("cannot identify image file: the data URI does not contain an image.", "messages");
        }
        return new DemoRequestCheck(200, "", "", null, image, text);
    }

    /** Builds vLLM's error body {@code {"error":{"message","type","param","code"}}}. */
    static ObjectNode error(int code, String message, String type, String param) {
        ObjectNode root = ChatCompletionsRequest.JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return root;
    }

    boolean valid() {
        return status == 200;
    }

    /** Returns the number of images in the request (1 unless it is a multi-slice request). */
    int imageCount() {
        return imageCount;
    }

    int status() {
        return status;
    }

    String message() {
        return message;
    }

    ObjectNode errorBody() {
        return error(status, message, type, param);
    }

    BufferedImage image() {
        return image;
    }

    String promptText() {
        return promptText;
    }

    /** Returns whether the request asked for server-sent events ({@code "stream": true}). */
    boolean stream() {
        return stream;
    }
}
