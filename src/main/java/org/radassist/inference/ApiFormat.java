package org.radassist.inference;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Request and response format used with an endpoint. */
public enum ApiFormat {
    /** OpenAI chat completions at {@code {base}/chat/completions} (vLLM, Vertex AI, the demo endpoint). */
    CHAT_COMPLETIONS("chat"),
    /**
     * Vertex AI {@code {base}:predict} with one instance {@code {"@requestFormat": "chatCompletions",
     * "messages": [...]}}; the answer is {@code predictions.choices[0].message.content}.
     */
    VERTEX_PREDICT("vertex-predict"),
    /**
     * Vertex AI {@code {base}:predict} with the raw prompt {@code "{system} {prompt} <start_of_image>"}
     * and {@code multi_modal_data.image}, as older Model Garden containers expect; the answer is
     * {@code predictions[0]}.
     */
    VERTEX_PREDICT_LEGACY("vertex-predict-legacy");

    private final String cliName;

    ApiFormat(String cliName) {
        this.cliName = cliName;
    }

    /** Name used by the command line option {@code --api}. */
    public String cliName() {
        return cliName;
    }

    /**
     * Returns the format with the given command line name.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid names
     */
    public static ApiFormat fromCliName(String name) {
        String requested = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ApiFormat format : values()) {
            if (format.cliName.equals(requested)) {
                return format;
            }
        }
        String valid = Arrays.stream(values()).map(ApiFormat::cliName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown API format '" + name + "': valid values are " + valid + ".");
    }
}
