package org.radassist.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One named endpoint profile of the settings file, as stored. It never contains a secret: an API key
 * is read from the environment variable that {@code apiKeyEnv} names, and a service-account key
 * stays in its own file.
 *
 * @param name the profile's name, unique in the settings file without regard to case
 * @param kind VERTEX_DEDICATED, VERTEX_STANDARD, OPENAI_COMPATIBLE or DEMO
 * @param api request format: {@code chat} (default), {@code vertex-predict} or {@code vertex-predict-legacy}
 * @param auth NONE, API_KEY or ADC
 * @param credentialsFile service-account key file used for ADC instead of the Application Default
 *     Credentials lookup; blank for the lookup
 * @param maxTokens the request's {@code max_tokens}; 0 selects {@value #DEFAULT_MAX_TOKENS}
 * @param maxContext the endpoint's maximum context in tokens; 0 selects 32768
 * @param maxPayloadBytes the largest request body in bytes; 0 selects the kind's limit (10 MB
 *     dedicated, 1.5 MB standard, none for the others)
 * @param maxImages images per request; 0 selects 1
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointSettings(
        String name,
        String kind,
        String api,
        String project,
        String region,
        String endpointId,
        String projectNumber,
        String dedicatedDns,
        String baseUrl,
        String model,
        String auth,
        String apiKeyEnv,
        String credentialsFile,
        boolean allowInsecureHttp,
        int maxTokens,
        int maxContext,
        long maxPayloadBytes,
        int maxImages,
        String systemPrompt) {

    public static final int DEFAULT_MAX_TOKENS = 500;
    /** Environment variable read for the API key when a profile or {@code --api-key-env} names none. */
    public static final String DEFAULT_API_KEY_ENV = "RADASSIST_API_KEY";
    /** Name of the profile of the embedded demo endpoint, which every settings file has. */
    public static final String DEMO_NAME = "demo";
    /** Name given to the endpoint of a settings file written before profiles existed. */
    public static final String MIGRATED_NAME = "default";

    public static EndpointSettings demo() {
        return new EndpointSettings(DEMO_NAME, "DEMO", "chat", "", "", "", "", "", "", "", "NONE", "", "", false,
                DEFAULT_MAX_TOKENS, 0, 0, 0, null);
    }

    /** Returns an OpenAI-compatible profile for the base URL, with every limit at its default. */
    public static EndpointSettings openAiCompatible(String name, String baseUrl, String model, String auth,
                                                    String apiKeyEnv, boolean allowInsecureHttp) {
        return new EndpointSettings(name, "OPENAI_COMPATIBLE", "chat", "", "", "", "", "", baseUrl, model, auth,
                apiKeyEnv, "", allowInsecureHttp, DEFAULT_MAX_TOKENS, 0, 0, 0, null);
    }

    @JsonIgnore
    public boolean isDemo() {
        return kind == null || kind.isBlank() || "DEMO".equals(kind);
    }

    public int maxTokensOrDefault() {
        return maxTokens > 0 ? maxTokens : DEFAULT_MAX_TOKENS;
    }

    public EndpointSettings withName(String newName) {
        return new EndpointSettings(newName, kind, api, project, region, endpointId, projectNumber, dedicatedDns,
                baseUrl, model, auth, apiKeyEnv, credentialsFile, allowInsecureHttp, maxTokens, maxContext,
                maxPayloadBytes, maxImages, systemPrompt);
    }

    /** Returns a copy that sends {@code newModel}; {@code null} selects the kind's default model. */
    public EndpointSettings withModel(String newModel) {
        return new EndpointSettings(name, kind, api, project, region, endpointId, projectNumber, dedicatedDns,
                baseUrl, newModel, auth, apiKeyEnv, credentialsFile, allowInsecureHttp, maxTokens, maxContext,
                maxPayloadBytes, maxImages, systemPrompt);
    }

    /** Returns a copy with the request format's command line name, such as {@code vertex-predict}. */
    public EndpointSettings withApi(String newApi) {
        return new EndpointSettings(name, kind, newApi, project, region, endpointId, projectNumber, dedicatedDns,
                baseUrl, model, auth, apiKeyEnv, credentialsFile, allowInsecureHttp, maxTokens, maxContext,
                maxPayloadBytes, maxImages, systemPrompt);
    }

    /** Returns a copy with the given maximum request size; 0 selects the kind's limit. */
    public EndpointSettings withMaxPayloadBytes(long newMaxPayloadBytes) {
        return new EndpointSettings(name, kind, api, project, region, endpointId, projectNumber, dedicatedDns,
                baseUrl, model, auth, apiKeyEnv, credentialsFile, allowInsecureHttp, maxTokens, maxContext,
                newMaxPayloadBytes, maxImages, systemPrompt);
    }

    /** Returns a copy that authorises with ADC from the given service-account key file. */
    public EndpointSettings withCredentialsFile(String newCredentialsFile) {
        return new EndpointSettings(name, kind, api, project, region, endpointId, projectNumber, dedicatedDns,
                baseUrl, model, "ADC", apiKeyEnv, newCredentialsFile, allowInsecureHttp, maxTokens, maxContext,
                maxPayloadBytes, maxImages, systemPrompt);
    }

    /** Returns a copy that allows {@code newMaxImages} images per request; 0 selects 1. */
    public EndpointSettings withMaxImages(int newMaxImages) {
        return new EndpointSettings(name, kind, api, project, region, endpointId, projectNumber, dedicatedDns,
                baseUrl, model, auth, apiKeyEnv, credentialsFile, allowInsecureHttp, maxTokens, maxContext,
                maxPayloadBytes, newMaxImages, systemPrompt);
    }
}
