package org.radassist.inference;

import java.util.List;
import java.util.Objects;

/**
 * What to ask the model about one image, or about several slices of one series (MedGemma 1.5
 * multi-slice form).
 *
 * @param promptText the instruction, usually from {@link PromptTemplates}
 * @param clinicalHistory free text appended as "Clinical History: ..."; blank means not provided
 * @param image the PNG or JPEG to send
 * @param systemPrompt system message text, or {@code null} or blank for no system message
 * @param maxTokens the request's {@code max_tokens}; 0 or less selects {@value #DEFAULT_MAX_TOKENS}
 * @param model model name to send, or {@code null} to use the endpoint configuration's model
 * @param slices the slices of a multi-slice request in series order, or empty for a one-image
 *     request; when set, {@code image} is the first slice
 * @param sliceQuestion the text part sent after the last slice; blank selects {@value #DEFAULT_SLICE_QUESTION}
 */
public record AnalysisRequest(
        String promptText,
        String clinicalHistory,
        EncodedImage image,
        String systemPrompt,
        int maxTokens,
        String model,
        List<EncodedImage> slices,
        String sliceQuestion) {

    /** Default {@code max_tokens} without thinking; MedGemma's examples use 300 to 500. */
    public static final int DEFAULT_MAX_TOKENS = 500;
    /** {@code max_tokens} for MedGemma 1.5 with thinking enabled, as in its examples. */
    public static final int THINKING_MAX_TOKENS = 1500;
    /** Question sent after the slices of a multi-slice request unless the caller gives another. */
    public static final String DEFAULT_SLICE_QUESTION =
            "Based on these slices, provide DIAGNOSIS, FINDINGS and IMPRESSION.";

    public AnalysisRequest {
        Objects.requireNonNull(promptText, "promptText");
        Objects.requireNonNull(image, "image");
        clinicalHistory = clinicalHistory == null ? "" : clinicalHistory;
        maxTokens = maxTokens > 0 ? maxTokens : DEFAULT_MAX_TOKENS;
        slices = slices == null ? List.of() : List.copyOf(slices);
        sliceQuestion = sliceQuestion == null || sliceQuestion.isBlank() ? DEFAULT_SLICE_QUESTION : sliceQuestion;
        if (!slices.isEmpty() && slices.get(0) != image) {
            throw new IllegalArgumentException("image must be the first slice of a multi-slice request");
        }
    }

    /** One-image request. */
    public AnalysisRequest(String promptText, String clinicalHistory, EncodedImage image, String systemPrompt,
            int maxTokens, String model) {
        this(promptText, clinicalHistory, image, systemPrompt, maxTokens, model, List.of(), null);
    }

    /**
     * Multi-slice request: the instruction text, then each slice followed by a text part
     * {@code SLICE n}, then {@code sliceQuestion}.
     *
     * @throws IllegalArgumentException when {@code slices} is empty
     */
    public static AnalysisRequest ofSlices(String promptText, String clinicalHistory, List<EncodedImage> slices,
            String sliceQuestion, String systemPrompt, int maxTokens, String model) {
        if (slices == null || slices.isEmpty()) {
            throw new IllegalArgumentException("A multi-slice request needs at least one slice.");
        }
        return new AnalysisRequest(promptText, clinicalHistory, slices.get(0), systemPrompt, maxTokens, model,
                slices, sliceQuestion);
    }

    /** Returns whether this request uses the multi-slice form. */
    public boolean multiSlice() {
        return !slices.isEmpty();
    }

    /** Returns every image the request sends: the slices, or the one image. */
    public List<EncodedImage> images() {
        return multiSlice() ? slices : List.of(image);
    }

    /** Request with no system message, the default {@code max_tokens} and the endpoint's model. */
    public static AnalysisRequest of(String promptText, String clinicalHistory, EncodedImage image) {
        return new AnalysisRequest(promptText, clinicalHistory, image, null, DEFAULT_MAX_TOKENS, null);
    }

    /** Hides the clinical history, which must never reach a log. */
    @Override
    public String toString() {
        return "AnalysisRequest[" + image + (multiSlice() ? ", " + slices.size() + " slices" : "") + ", maxTokens=" + maxTokens + ", model=" + model
                + ", systemPrompt=" + (systemPrompt == null || systemPrompt.isBlank() ? "none" : "set")
                + ", clinicalHistory=" + clinicalHistory.length() + " chars]";
    }
}
