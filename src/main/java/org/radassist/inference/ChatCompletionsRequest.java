package org.radassist.inference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Body of an OpenAI-style chat completions request for one image, in the form of Google's
 * MedGemma examples: an optional system message whose content is a list with one text part, then
 * a user message whose content is the text part first and the image part second,
 * {@code temperature} 0 and {@code max_tokens}. A multi-slice request (MedGemma 1.5) sends the
 * text part, then each slice's image part followed by a text part {@code SLICE n} (1-based), then
 * a text part with the question.
 */
public final class ChatCompletionsRequest {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String model;
    private final String systemPrompt;
    private final String promptText;
    private final String clinicalHistory;
    private final EncodedImage image;
    private final List<EncodedImage> slices;
    private final String sliceQuestion;
    private final int maxTokens;
    private final double temperature;
    private final boolean stream;

    private ChatCompletionsRequest(Builder builder) {
        this.model = builder.model == null ? "" : builder.model;
        this.systemPrompt = builder.systemPrompt;
        this.promptText = Objects.requireNonNull(builder.promptText, "promptText");
        this.clinicalHistory = builder.clinicalHistory == null ? "" : builder.clinicalHistory;
        this.slices = List.copyOf(builder.slices);
        this.image = slices.isEmpty() ? Objects.requireNonNull(builder.image, "image") : slices.get(0);
        this.sliceQuestion = builder.sliceQuestion == null || builder.sliceQuestion.isBlank()
                ? AnalysisRequest.DEFAULT_SLICE_QUESTION
                : builder.sliceQuestion;
        this.maxTokens = builder.maxTokens;
        this.temperature = builder.temperature;
        this.stream = builder.stream;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Request for {@code request}, using {@code defaultModel} when the request names no model. */
    public static ChatCompletionsRequest from(AnalysisRequest request, String defaultModel) {
        return from(request, defaultModel, false);
    }

    /** Request for {@code request} as {@link #from(AnalysisRequest, String)}, streamed when {@code stream} is set. */
    public static ChatCompletionsRequest from(AnalysisRequest request, String defaultModel, boolean stream) {
        return builder()
                .stream(stream)
                .model(request.model() != null ? request.model() : defaultModel)
                .systemPrompt(request.systemPrompt())
                .promptText(request.promptText())
                .clinicalHistory(request.clinicalHistory())
                .image(request.image())
                .slices(request.slices())
                .sliceQuestion(request.sliceQuestion())
                .maxTokens(request.maxTokens())
                .build();
    }

    /** Returns the user message's text part: the prompt, a blank line, then the clinical history. */
    public static String userText(String promptText, String clinicalHistory) {
        String history = clinicalHistory == null || clinicalHistory.isBlank()
                ? "not provided"
                : clinicalHistory.trim();
        return promptText + "\n\nClinical History: " + history;
    }

    public String model() {
        return model;
    }

    public int maxTokens() {
        return maxTokens;
    }

    public EncodedImage image() {
        return image;
    }

    /** Returns the slices of a multi-slice request, or an empty list. */
    public List<EncodedImage> slices() {
        return slices;
    }

    /** Builds the JSON tree of the request body. */
    public ObjectNode toJsonTree() {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode messages = root.putArray("messages");
        if (systemPrompt != null && !systemPrompt.isBlank()) {
            ObjectNode system = messages.addObject();
            system.put("role", "system");
            addTextPart(system.putArray("content"), systemPrompt);
        }
        ObjectNode user = messages.addObject();
        user.put("role", "user");
        ArrayNode content = user.putArray("content");
        addTextPart(content, userText(promptText, clinicalHistory));
        if (slices.isEmpty()) {
            addImagePart(content, image);
        } else {
            for (int i = 0; i < slices.size(); i++) {
                addImagePart(content, slices.get(i));
                addTextPart(content, "SLICE " + (i + 1));
            }
            addTextPart(content, sliceQuestion);
        }
        root.put("max_tokens", maxTokens);
        putTemperature(root);
        if (stream) {
            root.put("stream", true);
        }
        return root;
    }

    /**
     * Builds the JSON tree of the request body in the given format. The Vertex predict forms wrap
     * the request in {@code {"instances": [...]}} and send no {@code model}.
     */
    public ObjectNode toJsonTree(ApiFormat format) {
        switch (format) {
            case VERTEX_PREDICT: {
                ObjectNode chat = toJsonTree();
                chat.remove("model");
                ObjectNode instance = JSON.createObjectNode();
                instance.put("@requestFormat", "chatCompletions");
                instance.setAll(chat);
                return wrapInstance(instance);
            }
            case VERTEX_PREDICT_LEGACY: {
                if (!slices.isEmpty()) {
                    throw new IllegalStateException("The legacy Vertex predict form carries one image only");
                }
                if (image.isRemote()) {
                    throw new IllegalStateException("The legacy Vertex predict form carries image bytes only, no URL");
                }
                ObjectNode instance = JSON.createObjectNode();
                instance.put("prompt", legacyPrompt());
                instance.putObject("multi_modal_data").put("image", image.dataUri());
                instance.put("max_tokens", maxTokens);
                putTemperature(instance);
                instance.put("raw_response", true);
                return wrapInstance(instance);
            }
            default:
                return toJsonTree();
        }
    }

    /** Returns the raw prompt of the legacy predict form: {@code "{system} {prompt} <start_of_image>"}. */
    String legacyPrompt() {
        String prompt = userText(promptText, clinicalHistory) + " <start_of_image>";
        return systemPrompt == null || systemPrompt.isBlank() ? prompt : systemPrompt.trim() + " " + prompt;
    }

    private static ObjectNode wrapInstance(ObjectNode instance) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("instances").add(instance);
        return root;
    }

    private void putTemperature(ObjectNode node) {
        if (temperature == Math.rint(temperature)) {
            node.put("temperature", (long) temperature);
        } else {
            node.put("temperature", temperature);
        }
    }

    private static void addImagePart(ArrayNode content, EncodedImage encoded) {
        ObjectNode part = content.addObject();
        part.put("type", "image_url");
        part.putObject("image_url").put("url", encoded.imageUrl());
    }

    private static void addTextPart(ArrayNode content, String text) {
        ObjectNode part = content.addObject();
        part.put("type", "text");
        part.put("text", text);
    }

    /** Serialises the chat completions request body as UTF-8 JSON. */
    public byte[] toJsonBytes() {
        return toJsonBytes(ApiFormat.CHAT_COMPLETIONS);
    }

    /** Serialises the request body in the given format as UTF-8 JSON. */
    public byte[] toJsonBytes(ApiFormat format) {
        try {
            return JSON.writeValueAsBytes(toJsonTree(format));
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises.
            throw new IllegalStateException("Cannot serialise the chat completions request", e);
        }
    }

    /** Builder; {@code max_tokens} defaults to {@value AnalysisRequest#DEFAULT_MAX_TOKENS} and temperature to 0. */
    public static final class Builder {
        private String model = "";
        private String systemPrompt;
        private String promptText;
        private String clinicalHistory = "";
        private EncodedImage image;
        private List<EncodedImage> slices = List.of();
        private String sliceQuestion;
        private int maxTokens = AnalysisRequest.DEFAULT_MAX_TOKENS;
        private double temperature = 0;
        private boolean stream;

        private Builder() {
        }

        /** Requests the answer as server-sent events ({@code "stream": true}). */
        public Builder stream(boolean value) {
            this.stream = value;
            return this;
        }

        public Builder model(String value) {
            this.model = value;
            return this;
        }

        /** System message text; {@code null} or blank sends no system message. */
        public Builder systemPrompt(String value) {
            this.systemPrompt = value;
            return this;
        }

        public Builder promptText(String value) {
            this.promptText = value;
            return this;
        }

        public Builder clinicalHistory(String value) {
            this.clinicalHistory = value;
            return this;
        }

        public Builder image(EncodedImage value) {
            this.image = value;
            return this;
        }

        /** Sets the slices of a multi-slice request; an empty list sends {@link #image(EncodedImage)} alone. */
        public Builder slices(List<EncodedImage> value) {
            this.slices = value == null ? List.of() : value;
            return this;
        }

        /** Text part after the last slice; blank selects {@value AnalysisRequest#DEFAULT_SLICE_QUESTION}. */
        public Builder sliceQuestion(String value) {
            this.sliceQuestion = value;
            return this;
        }

        /** Sets {@code max_tokens}, which must be positive. */
        public Builder maxTokens(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("max_tokens must be positive, got " + value + ".");
            }
            this.maxTokens = value;
            return this;
        }

        public Builder temperature(double value) {
            this.temperature = value;
            return this;
        }

        public ChatCompletionsRequest build() {
            return new ChatCompletionsRequest(this);
        }
    }
}
