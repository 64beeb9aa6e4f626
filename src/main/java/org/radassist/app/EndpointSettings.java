package org.radassist.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The endpoint part of the settings file, as stored. It never holds a secret: an API key is read
 * from the environment variable that {@code apiKeyEnv} names.
 *
 * @param kind VERTEX_DEDICATED, VERTEX_STANDARD, OPENAI_COMPATIBLE or DEMO
 * @param auth NONE, API_KEY or ADC
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndpointSettings(
        String kind,
        String project,
        String region,
        String endpointId,
        String projectNumber,
        String dedicatedDns,
        String baseUrl,
        String model,
        String auth,
        String apiKeyEnv,
        boolean allowInsecureHttp,
        int maxTokens,
        String systemPrompt) {

    public static final int DEFAULT_MAX_TOKENS = 500;

    public static EndpointSettings demo() {
        return new EndpointSettings("DEMO", "", "", "", "", "", "", "", "NONE", "", false, DEFAULT_MAX_TOKENS, null);
    }

    public boolean isDemo() {
        return kind == null || kind.isBlank() || "DEMO".equals(kind);
    }

    public int maxTokensOrDefault() {
        return maxTokens > 0 ? maxTokens : DEFAULT_MAX_TOKENS;
    }
}
