package org.radassist.ui;

import java.util.List;

/**
 * The endpoint settings as the settings dialog edits them. Fields that do not apply to the kind
 * are kept but ignored. The form never contains a secret: an API key is read from the environment
 * variable named by {@code apiKeyEnv}.
 *
 * @param kind one of {@code VERTEX_DEDICATED}, {@code VERTEX_STANDARD}, {@code
 *     OPENAI_COMPATIBLE}, {@code DEMO}
 * @param project the Google Cloud project ID
 * @param region the Vertex AI region, for example {@code us-central1}
 * @param endpointId the Vertex AI endpoint ID
 * @param projectNumber the project number, used to build a dedicated endpoint's DNS name
 * @param dedicatedDns the dedicated endpoint's DNS name, used instead of the project number
 * @param baseUrl the base URL of an OpenAI-compatible server such as vLLM
 * @param model the model name sent in the request, for example {@code google/medgemma-4b-it}
 * @param auth one of {@code NONE}, {@code API_KEY}, {@code ADC}, {@code SERVICE_ACCOUNT_FILE}
 * @param apiKeyEnv the name of the environment variable that contains the API key
 * @param allowInsecureHttp whether a plain {@code http} base URL is accepted for a host other
 *     than the local machine
 * @param api the request format: {@code chat}, {@code vertex-predict} or {@code vertex-predict-legacy}
 * @param maxTokens the request's {@code max_tokens}; 0 selects the default
 * @param maxContext the endpoint's maximum context in tokens; 0 selects 32768
 * @param maxPayloadBytes the largest request body in bytes; 0 selects the kind's limit
 * @param maxImages images per request; 0 selects 1
 * @param credentialsFile the service-account JSON key file of {@code SERVICE_ACCOUNT_FILE} auth, else ""
 */
public record EndpointForm(
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
        String api,
        int maxTokens,
        int maxContext,
        long maxPayloadBytes,
        int maxImages,
        String credentialsFile) {

    public static final String VERTEX_DEDICATED = "VERTEX_DEDICATED";
    public static final String VERTEX_STANDARD = "VERTEX_STANDARD";
    public static final String OPENAI_COMPATIBLE = "OPENAI_COMPATIBLE";
    public static final String DEMO = "DEMO";

    public static final String AUTH_NONE = "NONE";
    public static final String AUTH_API_KEY = "API_KEY";
    public static final String AUTH_ADC = "ADC";
    /** Google credentials from a service-account key file, stored as ADC with the file's path. */
    public static final String AUTH_SERVICE_ACCOUNT_FILE = "SERVICE_ACCOUNT_FILE";

    public static final List<String> API_FORMATS = List.of("chat", "vertex-predict", "vertex-predict-legacy");

    public EndpointForm {
        credentialsFile = credentialsFile == null ? "" : credentialsFile;
    }

    /** Form without a service-account key file. */
    public EndpointForm(String kind, String project, String region, String endpointId, String projectNumber,
                        String dedicatedDns, String baseUrl, String model, String auth, String apiKeyEnv,
                        boolean allowInsecureHttp, String api, int maxTokens, int maxContext, long maxPayloadBytes,
                        int maxImages) {
        this(kind, project, region, endpointId, projectNumber, dedicatedDns, baseUrl, model, auth, apiKeyEnv,
                allowInsecureHttp, api, maxTokens, maxContext, maxPayloadBytes, maxImages, "");
    }

    /** Form with the chat completions format and every limit at its default. */
    public EndpointForm(String kind, String project, String region, String endpointId, String projectNumber,
                        String dedicatedDns, String baseUrl, String model, String auth, String apiKeyEnv,
                        boolean allowInsecureHttp) {
        this(kind, project, region, endpointId, projectNumber, dedicatedDns, baseUrl, model, auth, apiKeyEnv,
                allowInsecureHttp, "chat", 0, 0, 0, 0);
    }

    /** Returns the settings of the embedded demo endpoint with every other field empty. */
    public static EndpointForm demo() {
        return new EndpointForm(DEMO, "", "", "", "", "", "", "", AUTH_NONE, "", false);
    }
}
