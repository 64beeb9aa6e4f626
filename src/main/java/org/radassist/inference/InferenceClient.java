package org.radassist.inference;

import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Client for one MedGemma endpoint. It owns one OkHttpClient and makes an {@link InferenceCall}
 * per analysis. Construction is cheap and does not look up credentials.
 */
public final class InferenceClient implements AutoCloseable {

    private final EndpointConfig config;
    private final AuthProvider auth;
    private final OkHttpClient http;
    private final RetryPolicy retryPolicy;

    /** Client with {@link ClientTimeouts#defaults()} and {@link RetryPolicy#defaults()}. */
    public InferenceClient(EndpointConfig config, AuthProvider auth) {
        this(config, auth, ClientTimeouts.defaults(), RetryPolicy.defaults());
    }

    /** Client with {@link RetryPolicy#defaults()}. */
    public InferenceClient(EndpointConfig config, AuthProvider auth, ClientTimeouts timeouts) {
        this(config, auth, timeouts, RetryPolicy.defaults());
    }

    /**
     * Creates a client.
     *
     * @throws IllegalArgumentException when {@link EndpointConfig#validate()} reports problems;
     *     the message lists them
     */
    public InferenceClient(EndpointConfig config, AuthProvider auth, ClientTimeouts timeouts,
            RetryPolicy retryPolicy) {
        this.config = Objects.requireNonNull(config, "config");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        List<String> problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid endpoint configuration: " + String.join(" ", problems));
        }
        this.http = new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .build();
    }

    /** Client whose credentials follow the configuration's {@link AuthMethod}. */
    public static InferenceClient forConfig(EndpointConfig config) {
        return new InferenceClient(config, AuthProvider.forConfig(config));
    }

    public EndpointConfig config() {
        return config;
    }

    /** Prepares a call; nothing is sent until {@link InferenceCall#execute()}. */
    public InferenceCall newCall(AnalysisRequest request) {
        return new InferenceCall(config, auth, http, Objects.requireNonNull(request, "request"), retryPolicy);
    }

    /**
     * Returns the model names from {@code GET {base}/models}, which vLLM and the demo endpoint serve.
     *
     * @throws EndpointException when the endpoint offers no list (Vertex AI answers 404) or the request fails
     */
    public List<String> servedModels() throws EndpointException {
        return ServedModels.fetch(config, auth, http);
    }

    /** Releases the HTTP client's threads and pooled connections. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
