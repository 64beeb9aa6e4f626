package org.radassist.inference;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Immutable description of one MedGemma endpoint: its kind, the fields its URL is built from, the
 * model name and the authorisation method. Stores no secret: an API key is named by its
 * environment variable.
 *
 * <p>Build with {@link #builder(EndpointKind)} or one of the static factories, then call
 * {@link #validate()} before use.
 */
public final class EndpointConfig {

    /** Model name used with the embedded demo endpoint. */
    public static final String DEMO_MODEL = "radassist-demo";
    /** Default served model name for OpenAI-compatible servers (vLLM started with this model). */
    public static final String DEFAULT_OPENAI_MODEL = "google/medgemma-4b-it";
    /** Maximum request size on Vertex AI dedicated endpoints: 10 MB. */
    public static final long VERTEX_DEDICATED_MAX_PAYLOAD_BYTES = 10L * 1000 * 1000;
    /** Maximum request size on Vertex AI standard (shared) endpoints: 1.5 MB. */
    public static final long VERTEX_STANDARD_MAX_PAYLOAD_BYTES = 1_500_000L;
    /** Default maximum context in tokens: Model Garden serves MedGemma with {@code --max-model-len=32768}. */
    public static final int DEFAULT_MAX_CONTEXT_TOKENS = 32768;
    /** Default maximum number of images per request: RadAssist sends one image per request. */
    public static final int DEFAULT_MAX_IMAGES = 1;

    private final EndpointKind kind;
    private final String project;
    private final String region;
    private final String endpointId;
    private final String projectNumber;
    private final String dedicatedDnsName;
    private final boolean dedicatedLoopbackHttp;
    private final String configuredBaseUrl;
    private final String model;
    private final AuthMethod auth;
    private final String apiKeyEnvVar;
    private final boolean allowInsecureHttp;
    private final ApiFormat api;
    private final long maxPayloadBytes;
    private final int maxContextTokens;
    private final int maxImages;

    private EndpointConfig(Builder builder) {
        this.kind = builder.kind;
        this.project = clean(builder.project);
        this.region = clean(builder.region);
        this.endpointId = clean(builder.endpointId);
        this.projectNumber = clean(builder.projectNumber);
        this.dedicatedDnsName = normaliseHost(clean(builder.dedicatedDnsName));
        this.dedicatedLoopbackHttp = clean(builder.dedicatedDnsName).toLowerCase(Locale.ROOT).startsWith("http://")
                && EndpointConfigValidator.isLoopback(hostWithoutPort(dedicatedDnsName));
        this.configuredBaseUrl = clean(builder.baseUrl);
        this.model = builder.model != null ? builder.model.trim() : defaultModel(kind);
        this.auth = builder.auth != null ? builder.auth : defaultAuth(kind);
        this.apiKeyEnvVar = clean(builder.apiKeyEnvVar);
        this.allowInsecureHttp = builder.allowInsecureHttp;
        this.api = builder.api != null ? builder.api : ApiFormat.CHAT_COMPLETIONS;
        this.maxPayloadBytes = builder.maxPayloadBytes > 0 ? builder.maxPayloadBytes : defaultMaxPayloadBytes(kind);
        this.maxContextTokens = builder.maxContextTokens > 0 ? builder.maxContextTokens : DEFAULT_MAX_CONTEXT_TOKENS;
        this.maxImages = builder.maxImages > 0 ? builder.maxImages : DEFAULT_MAX_IMAGES;
    }

    public static Builder builder(EndpointKind kind) {
        return new Builder(kind);
    }

    /** Vertex AI dedicated endpoint; auth ADC and model "". */
    public static EndpointConfig vertexDedicated(
            String project, String region, String endpointId, String projectNumber) {
        return builder(EndpointKind.VERTEX_DEDICATED)
                .project(project).region(region).endpointId(endpointId).projectNumber(projectNumber)
                .build();
    }

    /** Vertex AI standard (shared) endpoint; auth ADC and model "". */
    public static EndpointConfig vertexStandard(String project, String region, String endpointId) {
        return builder(EndpointKind.VERTEX_STANDARD)
                .project(project).region(region).endpointId(endpointId)
                .build();
    }

    /** OpenAI-compatible server such as vLLM; auth NONE and model {@value #DEFAULT_OPENAI_MODEL}. */
    public static EndpointConfig openAiCompatible(String baseUrl) {
        return builder(EndpointKind.OPENAI_COMPATIBLE).baseUrl(baseUrl).build();
    }

    /** Returns a configuration for the embedded demo endpoint at the given base URL (see {@link DemoEndpoint#baseUrl()}). */
    public static EndpointConfig demo(String baseUrl) {
        return builder(EndpointKind.DEMO).baseUrl(baseUrl).build();
    }

    private static String defaultModel(EndpointKind kind) {
        switch (kind) {
            case OPENAI_COMPATIBLE:
                return DEFAULT_OPENAI_MODEL;
            case DEMO:
                return DEMO_MODEL;
            default:
                return "";
        }
    }

    private static AuthMethod defaultAuth(EndpointKind kind) {
        return kind.isVertex() ? AuthMethod.ADC : AuthMethod.NONE;
    }

    private static String clean(String value) {
        return value == null ? "" : value.trim();
    }

    /** Returns the host part of {@code host:port}; an IPv6 literal in brackets stays whole. */
    static String hostWithoutPort(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon > 0 && hostAndPort.indexOf(']') < colon ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    /** Accepts a pasted DNS name with or without scheme, path or trailing slash. */
    private static String normaliseHost(String value) {
        String host = value.toLowerCase(Locale.ROOT);
        int schemeEnd = host.indexOf("://");
        if (schemeEnd >= 0) {
            host = host.substring(schemeEnd + 3);
        }
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        return host;
    }

    public EndpointKind kind() {
        return kind;
    }

    /** Google Cloud project ID or number (Vertex kinds). */
    public String project() {
        return project;
    }

    public String region() {
        return region;
    }

    /** Numeric Vertex AI endpoint ID. */
    public String endpointId() {
        return endpointId;
    }

    /** Google Cloud project number, part of a dedicated endpoint's host name. */
    public String projectNumber() {
        return projectNumber;
    }

    /**
     * Dedicated endpoint host name as pasted from the console, normalised to a bare host; "" when
     * unset. A loopback host such as {@code 127.0.0.1:8080} keeps its port.
     */
    public String dedicatedDnsName() {
        return dedicatedDnsName;
    }

    /**
     * Returns whether the dedicated DNS name was pasted as {@code http://} to a loopback host, a
     * local server shaped like a dedicated endpoint; every other dedicated endpoint uses https.
     */
    public boolean dedicatedLoopbackHttp() {
        return dedicatedLoopbackHttp;
    }

    /** Base URL as entered for OPENAI_COMPATIBLE and DEMO endpoints; "" for Vertex kinds. */
    public String configuredBaseUrl() {
        return configuredBaseUrl;
    }

    /** Model name sent in the request: "" on Vertex AI, the served model name on vLLM. */
    public String model() {
        return model;
    }

    public AuthMethod auth() {
        return auth;
    }

    /** Name of the environment variable that contains the API key (API_KEY auth). */
    public String apiKeyEnvVar() {
        return apiKeyEnvVar;
    }

    /** Returns whether plain http is allowed to hosts other than this computer. */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** Request format; {@link ApiFormat#CHAT_COMPLETIONS} unless set. */
    public ApiFormat api() {
        return api;
    }

    /**
     * Builds the endpoint's base URL, without a trailing slash. It contains no credentials because
     * the configuration stores none and {@link #validate()} rejects user info in a base URL.
     */
    public String baseUrl() {
        switch (kind) {
            case VERTEX_DEDICATED: {
                String host = dedicatedDnsName.isEmpty()
                        ? endpointId + "." + region + "-" + projectNumber + ".prediction.vertexai.goog"
                        : dedicatedDnsName;
                return (dedicatedLoopbackHttp ? "http://" : "https://") + host + vertexPath();
            }
            case VERTEX_STANDARD:
                return "https://" + region + "-aiplatform.googleapis.com" + vertexPath();
            default:
                return trimBaseUrl(configuredBaseUrl);
        }
    }

    private String vertexPath() {
        return "/v1beta1/projects/" + project + "/locations/" + region + "/endpoints/" + endpointId;
    }

    private static String trimBaseUrl(String url) {
        String trimmed = url;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        // A pasted full chat completions URL is reduced to its base.
        if (trimmed.endsWith("/chat/completions")) {
            trimmed = trimmed.substring(0, trimmed.length() - "/chat/completions".length());
        }
        return trimmed;
    }

    /** Returns {@code {baseUrl}/chat/completions}. */
    public String chatCompletionsUrl() {
        return baseUrl() + "/chat/completions";
    }

    /** Returns {@code {baseUrl}:predict}, the Vertex AI predict method of the endpoint. */
    public String predictUrl() {
        return baseUrl() + ":predict";
    }

    /** Returns the URL requests are sent to: {@link #predictUrl()} for the Vertex predict formats, else {@link #chatCompletionsUrl()}. */
    public String requestUrl() {
        return api == ApiFormat.CHAT_COMPLETIONS ? chatCompletionsUrl() : predictUrl();
    }

    /** Returns whether requests go over plain http to a host that is not this computer (by name, no DNS lookup). */
    public boolean plainHttpToOtherHost() {
        return baseUrl().toLowerCase(Locale.ROOT).startsWith("http://")
                && !EndpointConfigValidator.isLoopback(host());
    }

    /** Host of the base URL, used to name the endpoint in messages and logs. */
    public String host() {
        try {
            String host = new URI(baseUrl()).getHost();
            return host != null ? host : baseUrl();
        } catch (URISyntaxException e) {
            return baseUrl();
        }
    }

    /**
     * Maximum request body size in bytes: the configured value, or by default 10 MB on Vertex AI
     * dedicated endpoints, 1.5 MB on standard endpoints and {@link Long#MAX_VALUE} for other kinds.
     */
    public long maxPayloadBytes() {
        return maxPayloadBytes;
    }

    /** Maximum context in tokens (prompt, image and {@code max_tokens} together); 32768 unless set. */
    public int maxContextTokens() {
        return maxContextTokens;
    }

    /** Maximum number of images per request; 1 unless set. */
    public int maxImages() {
        return maxImages;
    }

    /** Returns the kind's request size limit: 10 MB dedicated, 1.5 MB standard, none otherwise. */
    public static long defaultMaxPayloadBytes(EndpointKind kind) {
        switch (kind) {
            case VERTEX_DEDICATED:
                return VERTEX_DEDICATED_MAX_PAYLOAD_BYTES;
            case VERTEX_STANDARD:
                return VERTEX_STANDARD_MAX_PAYLOAD_BYTES;
            default:
                return Long.MAX_VALUE;
        }
    }

    /** Returns one message per invalid or missing field; an empty list means the configuration is usable. */
    public List<String> validate() {
        return EndpointConfigValidator.validate(this);
    }

    public Builder toBuilder() {
        return new Builder(kind)
                .project(project).region(region).endpointId(endpointId).projectNumber(projectNumber)
                .dedicatedDnsName((dedicatedLoopbackHttp ? "http://" : "") + dedicatedDnsName).baseUrl(configuredBaseUrl).model(model).auth(auth)
                .apiKeyEnvVar(apiKeyEnvVar).allowInsecureHttp(allowInsecureHttp).api(api)
                .maxPayloadBytes(maxPayloadBytes).maxContextTokens(maxContextTokens).maxImages(maxImages);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EndpointConfig)) {
            return false;
        }
        EndpointConfig other = (EndpointConfig) o;
        return kind == other.kind && project.equals(other.project) && region.equals(other.region)
                && endpointId.equals(other.endpointId) && projectNumber.equals(other.projectNumber)
                && dedicatedDnsName.equals(other.dedicatedDnsName) && dedicatedLoopbackHttp == other.dedicatedLoopbackHttp
                && configuredBaseUrl.equals(other.configuredBaseUrl) && model.equals(other.model)
                && auth == other.auth && apiKeyEnvVar.equals(other.apiKeyEnvVar)
                && allowInsecureHttp == other.allowInsecureHttp && api == other.api
                && maxPayloadBytes == other.maxPayloadBytes && maxContextTokens == other.maxContextTokens
                && maxImages == other.maxImages;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, project, region, endpointId, projectNumber, dedicatedDnsName, dedicatedLoopbackHttp,
                configuredBaseUrl, model, auth, apiKeyEnvVar, allowInsecureHttp, api,
                maxPayloadBytes, maxContextTokens, maxImages);
    }

    @Override
    public String toString() {
        return "EndpointConfig[" + kind + ", " + baseUrl() + ", api=" + api.cliName() + ", model='" + model
                + "', auth=" + auth + "]";
    }

    /** Builder for {@link EndpointConfig}; unset text fields are "", unset model and auth take the kind's default. */
    public static final class Builder {
        private final EndpointKind kind;
        private String project;
        private String region;
        private String endpointId;
        private String projectNumber;
        private String dedicatedDnsName;
        private String baseUrl;
        private String model;
        private AuthMethod auth;
        private String apiKeyEnvVar;
        private boolean allowInsecureHttp;
        private ApiFormat api;
        private long maxPayloadBytes;
        private int maxContextTokens;
        private int maxImages;

        private Builder(EndpointKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        public Builder project(String value) {
            this.project = value;
            return this;
        }

        public Builder region(String value) {
            this.region = value;
            return this;
        }

        public Builder endpointId(String value) {
            this.endpointId = value;
            return this;
        }

        public Builder projectNumber(String value) {
            this.projectNumber = value;
            return this;
        }

        /**
         * Dedicated endpoint host name that replaces the one built from endpoint ID, region and
         * project number. {@code http://127.0.0.1:PORT} (any loopback host) selects plain http to a
         * local server; any other value is reached over https.
         */
        public Builder dedicatedDnsName(String value) {
            this.dedicatedDnsName = value;
            return this;
        }

        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        /** Model name; {@code null} restores the kind's default. */
        public Builder model(String value) {
            this.model = value;
            return this;
        }

        /** Authorisation method; {@code null} restores the kind's default (ADC for Vertex, NONE otherwise). */
        public Builder auth(AuthMethod value) {
            this.auth = value;
            return this;
        }

        public Builder apiKeyEnvVar(String value) {
            this.apiKeyEnvVar = value;
            return this;
        }

        public Builder allowInsecureHttp(boolean value) {
            this.allowInsecureHttp = value;
            return this;
        }

        /** Request format; {@code null} restores {@link ApiFormat#CHAT_COMPLETIONS}. */
        public Builder api(ApiFormat value) {
            this.api = value;
            return this;
        }

        /** Maximum request size in bytes; 0 or less restores the kind's default. */
        public Builder maxPayloadBytes(long value) {
            this.maxPayloadBytes = value;
            return this;
        }

        /** Maximum context in tokens; 0 or less restores {@value EndpointConfig#DEFAULT_MAX_CONTEXT_TOKENS}. */
        public Builder maxContextTokens(int value) {
            this.maxContextTokens = value;
            return this;
        }

        /** Maximum images per request; 0 or less restores {@value EndpointConfig#DEFAULT_MAX_IMAGES}. */
        public Builder maxImages(int value) {
            this.maxImages = value;
            return this;
        }

        public EndpointConfig build() {
            return new EndpointConfig(this);
        }
    }
}
