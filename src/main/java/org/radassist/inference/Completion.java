package org.radassist.inference;

/**
 * A successful chat completion.
 *
 * @param content {@code choices[0].message.content}, "" when the server sent none
 * @param finishReason {@code choices[0].finish_reason}: {@code stop}, {@code length} when
 *     max_tokens cut the answer, or "" when absent
 * @param usage token counts
 * @param model the {@code model} the server reported, "" when absent
 * @param endpoint the chat completions URL, which never contains credentials
 * @param demo whether the answer came from the embedded demo endpoint (a recorded answer, not a model)
 */
public record Completion(String content, String finishReason, Usage usage, String model,
        String endpoint, boolean demo) {

    public static final String FINISH_STOP = "stop";
    public static final String FINISH_LENGTH = "length";

    public Completion(String content, String finishReason, Usage usage, String model, String endpoint) {
        this(content, finishReason, usage, model, endpoint, false);
    }

    /** Returns whether max_tokens cut the answer ({@code finish_reason} is {@code length}). */
    public boolean truncated() {
        return FINISH_LENGTH.equals(finishReason);
    }
}
