package org.radassist.inference;

import java.util.Locale;

/**
 * An estimate of the context a request needs against the endpoint's maximum context. The text is
 * estimated at 4 characters per token, which is a rough estimate and not the model's tokenizer;
 * each image counts 256 tokens (MedGemma encodes every image as 256 tokens) and {@code max_tokens}
 * is added in full because the answer shares the context.
 *
 * @param textTokens estimated tokens of the system prompt and the user text
 * @param imageTokens 256 per image
 * @param maxTokens the request's {@code max_tokens}
 * @param maxContextTokens the endpoint's maximum context
 */
public record ContextBudget(int textTokens, int imageTokens, int maxTokens, int maxContextTokens) {

    /** Tokens MedGemma spends on one image. */
    public static final int TOKENS_PER_IMAGE = 256;
    /** Characters per token assumed by the estimate. */
    public static final int CHARACTERS_PER_TOKEN = 4;

    /** Estimates the context of a request to the given endpoint, counting every slice of a multi-slice request. */
    public static ContextBudget estimate(AnalysisRequest request, EndpointConfig config) {
        String systemPrompt = request.systemPrompt() == null ? "" : request.systemPrompt();
        String userText = ChatCompletionsRequest.userText(request.promptText(), request.clinicalHistory());
        int characters = systemPrompt.length() + userText.length();
        if (request.multiSlice()) {
            // Each slice adds a "SLICE n" part, and the question follows the last one.
            characters += request.slices().size() * "SLICE 00".length() + request.sliceQuestion().length();
        }
        int textTokens = (characters + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
        int imageTokens = TOKENS_PER_IMAGE * request.images().size();
        return new ContextBudget(textTokens, imageTokens, request.maxTokens(), config.maxContextTokens());
    }

    /** Returns the estimated total: text, images and {@code max_tokens}. */
    public int totalTokens() {
        return textTokens + imageTokens + maxTokens;
    }

    /** Returns whether the estimated total exceeds the maximum context. */
    public boolean exceeded() {
        return totalTokens() > maxContextTokens;
    }

    /**
     * Returns the reason used both when the estimate exceeds the maximum context and when the
     * server answers with its "maximum context length" error, without a final full stop.
     */
    public String detail() {
        return String.format(Locale.ROOT, "the request needs about %d tokens (an estimate: %d of text at %d"
                + " characters per token, %d for the image, %d of max_tokens) but the endpoint's maximum context is"
                + " %d tokens", totalTokens(), textTokens, CHARACTERS_PER_TOKEN, imageTokens, maxTokens,
                maxContextTokens);
    }
}
