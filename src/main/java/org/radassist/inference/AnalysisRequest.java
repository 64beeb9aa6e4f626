package org.radassist.inference;

import java.util.Objects;

/**
 * What to ask the model about one image.
 *
 * @param promptText the instruction, usually from {@link PromptTemplates}
 * @param clinicalHistory free text appended as "Clinical History: ..."; blank means not provided
 * @param image the PNG or JPEG to send
 * @param systemPrompt system message text, or {@code null} or blank for no system message
 * @param maxTokens the request's {@code max_tokens}; 0 or less selects {@value #DEFAULT_MAX_TOKENS}
 * @param model model name to send, or {@code null} to use the endpoint configuration's model
 */
public record AnalysisRequest(
        String promptText,
        String clinicalHistory,
        EncodedImage image,
        String systemPrompt,
        int maxTokens,
        String model) {

    /** Default {@code max_tokens} without thinking; MedGemma's examples use 300 to 500. */
    public static final int DEFAULT_MAX_TOKENS = 500;
    /** {@code max_tokens} for MedGemma 1.5 with thinking enabled, as in its examples. */
    public static final int THINKING_MAX_TOKENS = 1500;

    public AnalysisRequest {
        Objects.requireNonNull(promptText, "promptText");
        Objects.requireNonNull(image, "image");
        clinicalHistory = clinicalHistory == null ? "" : clinicalHistory;
        maxTokens = maxTokens > 0 ? maxTokens : DEFAULT_MAX_TOKENS;
    }

    /** Request with no system message, the default {@code max_tokens} and the endpoint's model. */
    public static AnalysisRequest of(String promptText, String clinicalHistory, EncodedImage image) {
        return new AnalysisRequest(promptText, clinicalHistory, image, null, DEFAULT_MAX_TOKENS, null);
    }

    /** Hides the clinical history, which must never reach a log. */
    @Override
    public String toString() {
        return "AnalysisRequest[" + image + ", maxTokens=" + maxTokens + ", model=" + model
                + ", systemPrompt=" + (systemPrompt == null || systemPrompt.isBlank() ? "none" : "set")
                + ", clinicalHistory=" + clinicalHistory.length() + " chars]";
    }
}
