package org.radassist.inference;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chat completions request. {@link #execute()} blocks, so callers run it off the JavaFX thread;
 * {@link #cancel()} may be called from any thread and makes {@code execute()} throw an
 * {@link EndpointException} of class {@link ErrorClass#CANCELLED}.
 */
public final class InferenceCall {

    /** Response header the embedded demo endpoint sets so clients can label recorded answers. */
    public static final String DEMO_HEADER = "X-RadAssist-Demo";

    private static final Logger LOG = LoggerFactory.getLogger(InferenceCall.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final EndpointConfig config;
    private final AuthProvider auth;
    private final OkHttpClient http;
    private final AnalysisRequest request;
    private final RetryPolicy retryPolicy;
    private final String requestId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean executed = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch cancelSignal = new CountDownLatch(1);
    private volatile Call currentCall;
    private volatile RetryListener retryListener = (retry, maxRetries, httpStatus, delayMillis) -> { };
    private volatile int retries;
    private volatile Duration deadline = DEFAULT_DEADLINE;
    private volatile Duration credentialsTimeout = CredentialLookup.DEFAULT_TIMEOUT;
    private long startNanos;

    InferenceCall(EndpointConfig config, AuthProvider auth, OkHttpClient http, AnalysisRequest request,
            RetryPolicy retryPolicy) {
        this.config = config;
        this.auth = auth;
        this.http = http;
        this.request = request;
        this.retryPolicy = retryPolicy;
    }

    /** Total time limit of a call, across its retries, unless {@link #setDeadline(Duration)} sets another. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(300);

    /** Short random id that the log lines of this call carry. */
    public String requestId() {
        return requestId;
    }

    /**
     * Sets the listener called before each wait for a retry after HTTP 429, 502, 503 or 504. It runs on the
     * thread that executes the call.
     */
    public void setRetryListener(RetryListener listener) {
        this.retryListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Sets the total time limit from {@link #execute()} to the answer, across retries and
     * credential lookups. A retry whose wait would pass it is not made, and an exchange in progress
     * is cut at it; both fail with {@link ErrorClass#TIMEOUT}.
     */
    public void setDeadline(Duration value) {
        this.deadline = requirePositive(value, "deadline");
    }

    /**
     * Sets the time limit of each credential lookup (default 30 s); a lookup that takes longer fails
     * the call with {@link ErrorClass#AUTH}.
     */
    public void setCredentialsTimeout(Duration value) {
        this.credentialsTimeout = requirePositive(value, "credentialsTimeout");
    }

    private static Duration requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value + ".");
        }
        return value;
    }

    /** Returns how many retries after HTTP 429, 502, 503 or 504 this call made so far. */
    public int retries() {
        return retries;
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Cancels the call: an HTTP exchange in progress is aborted through OkHttp's
     * {@code Call.cancel()}, and a wait before a retry ends at once.
     */
    public void cancel() {
        cancelled.set(true);
        cancelSignal.countDown();
        Call call = currentCall;
        if (call != null) {
            call.cancel();
        }
    }

    /**
     * Sends the request and returns the completion. After HTTP 401 it refreshes the credentials
     * once and retries once; after HTTP 429, 502, 503 or 504 it retries as the {@link RetryPolicy} allows.
     *
     * @throws EndpointException for every failure, classified by {@link ErrorClass}
     * @throws IllegalStateException when this call was already executed or streamed
     */
    public Completion execute() throws EndpointException {
        return run(null);
    }

    /**
     * Sends the request with {@code "stream": true} and passes each piece of the answer to
     * {@code onDelta}, on the calling thread, as it arrives; then returns the whole completion.
     * Retries and errors work as in {@link #execute()}. The Vertex predict formats do not stream,
     * so with them {@code onDelta} receives the whole answer once.
     *
     * @throws EndpointException for every failure, classified by {@link ErrorClass}
     * @throws IllegalStateException when this call was already executed or streamed
     */
    public Completion stream(Consumer<String> onDelta) throws EndpointException {
        return run(Objects.requireNonNull(onDelta, "onDelta"));
    }

    private Completion run(Consumer<String> onDelta) throws EndpointException {
        if (!executed.compareAndSet(false, true)) {
            throw new IllegalStateException("InferenceCall " + requestId + " was already executed");
        }
        String host = config.host();
        String url = config.requestUrl();
        boolean streaming = onDelta != null && config.api() == ApiFormat.CHAT_COMPLETIONS;
        ChatCompletionsRequest body = ChatCompletionsRequest.from(request, config.model(), streaming);
        checkModelAcceptsImages(body.model(), host);
        checkImageCount(host);
        if (request.multiSlice() && config.api() == ApiFormat.VERTEX_PREDICT_LEGACY) {
            throw EndpointException.of(ErrorClass.BAD_REQUEST, EndpointException.NO_STATUS, "", host,
                    "the legacy Vertex predict form carries one image only; use --api chat or vertex-predict "
                            + "for " + request.slices().size() + " slices", null);
        }
        if (request.image().isRemote() && config.api() == ApiFormat.VERTEX_PREDICT_LEGACY) {
            throw EndpointException.of(ErrorClass.BAD_REQUEST, EndpointException.NO_STATUS, "", host,
                    "the legacy Vertex predict form carries image bytes only, not an image URL; use --api chat or"
                            + " vertex-predict, or pass the image as a file", null);
        }
        byte[] json = body.toJsonBytes(config.api());
        if (json.length > config.maxPayloadBytes()) {
            throw EndpointException.of(ErrorClass.PAYLOAD_TOO_LARGE, EndpointException.NO_STATUS, "", host,
                    "the request is " + json.length + " bytes but this endpoint accepts at most "
                            + config.maxPayloadBytes() + " bytes", null);
        }
        LOG.info("Request {} to {}: start, {} bytes, {} image(s), first {} {}x{}, max_tokens {}, streaming {}",
                requestId, host, json.length, request.images().size(), request.image().mimeType(),
                request.image().width(), request.image().height(), body.maxTokens(), streaming);
        long start = System.nanoTime();
        startNanos = start;
        try {
            AtomicBoolean delivered = new AtomicBoolean();
            Consumer<String> tracking = delta -> {
                delivered.set(true);
                onDelta.accept(delta);
            };
            Completion completion = send(url, host, json, streaming ? tracking : null);
            if (completion.content().isBlank()) {
                throw emptyAnswer(completion, host);
            }
            // A predict format, or a server that ignored "stream", returns the answer in one piece.
            if (onDelta != null && !delivered.get() && !completion.content().isEmpty()) {
                onDelta.accept(completion.content());
            }
            LOG.info("Request {} to {}: finished in {} ms, finish_reason {}, {} completion tokens", requestId,
                    host, elapsedMillis(start), completion.finishReason(), completion.usage().completionTokens());
            return completion;
        } catch (EndpointException e) {
            LOG.warn("Request {} to {}: failed after {} ms, {}: {}", requestId, host, elapsedMillis(start),
                    e.errorClass(), e.getMessage());
            throw e;
        }
    }

    /** Builds the failure for a 2xx response whose content is empty, null or only whitespace. */
    private static EndpointException emptyAnswer(Completion completion, String host) {
        String finishReason = completion.finishReason().isEmpty() ? "none" : completion.finishReason();
        String message = "Endpoint " + host + " returned an empty answer (finish_reason " + finishReason
                + "). Try again; if the answer stays empty, check the model name and raise max tokens.";
        return new EndpointException(ErrorClass.BAD_RESPONSE, 200, host, "empty answer", message, null);
    }

    private Completion send(String url, String host, byte[] json, Consumer<String> onDelta)
            throws EndpointException {
        Optional<String> authorization = authorization(url, host);
        boolean refreshed = false;
        ExchangeResult result;
        while (true) {
            result = exchange(url, host, json, authorization, onDelta);
            if (result.status == 401 && !refreshed && refreshAfterUnauthorized(host)) {
                LOG.info("Request {} to {}: HTTP 401, retrying once with refreshed credentials", requestId, host);
                refreshed = true;
                authorization = authorization(url, host);
            } else if (RetryPolicy.retriable(result.status) && retries < retryPolicy.maxRetries()) {
                // NOTE: OkHttp itself resends once after a 503 with "Retry-After: 0" before this loop sees the
                // response, so the server can receive one more request per retry than retries() counts.
                long delay = retryPolicy.jitteredDelayMillis(retries, result.retryAfterSeconds,
                        ThreadLocalRandom.current()::nextDouble);
                if (elapsedMillis(startNanos) + delay >= deadline.toMillis()) {
                    throw deadlineReached(host, "the endpoint returned HTTP " + result.status + " after "
                            + retries + (retries == 1 ? " retry" : " retries") + ", and the next retry in "
                            + delay + " ms would pass it");
                }
                retries++;
                LOG.info("Request {} to {}: HTTP {}, retry {} of {} in {} ms", requestId, host, result.status,
                        retries, retryPolicy.maxRetries(), delay);
                retryListener.onRetry(retries, retryPolicy.maxRetries(), result.status, delay);
                waitBeforeRetry(delay, host);
            } else {
                break;
            }
        }
        if (result.status < 200 || result.status >= 300) {
            throw ErrorClassifier.classify(result.status, result.reasonPhrase, result.body, host);
        }
        if (result.streamed != null) {
            return result.streamed;
        }
        boolean demo = config.kind() == EndpointKind.DEMO || result.demo;
        return ResponseParser.parse(config.api(), result.status, result.body, host, url, demo);
    }

    private void checkImageCount(String host) throws EndpointException {
        int count = request.images().size();
        if (count > config.maxImages()) {
            throw EndpointException.of(ErrorClass.BAD_REQUEST, EndpointException.NO_STATUS, "", host,
                    "the request has " + count + " images but this profile allows at most " + config.maxImages()
                            + " (max images); raise the profile's max images, or pass --max-images " + count, null);
        }
    }

    private void checkModelAcceptsImages(String model, String host) throws EndpointException {
        // MedGemma 27B text (medgemma-27b-text-it) has no vision encoder.
        if (model.toLowerCase(Locale.ROOT).contains("text-it")) {
            throw EndpointException.of(ErrorClass.TEXT_ONLY_MODEL, EndpointException.NO_STATUS, "", host,
                    "model " + model + " has no image input", null);
        }
    }

    private Optional<String> authorization(String url, String host) throws EndpointException {
        checkNotCancelled(host);
        Optional<String> header;
        try {
            header = CredentialLookup.run(auth::authorization, lookupLimit(), cancelled::get).orElse(Optional.empty());
        } catch (CredentialsException e) {
            throw EndpointException.of(ErrorClass.AUTH, EndpointException.NO_STATUS, "", host, e.getMessage(), e);
        }
        checkNotCancelled(host);
        // The validator rejects such configurations already; this check also covers a caller that skipped it.
        if (header.isPresent() && !EndpointConfigValidator.mayCarryCredentials(url)) {
            throw EndpointException.of(ErrorClass.AUTH, EndpointException.NO_STATUS, "", host,
                    "credentials are never sent over plain http to another computer: use https", null);
        }
        return header;
    }

    private boolean refreshAfterUnauthorized(String host) throws EndpointException {
        try {
            return CredentialLookup.run(auth::refreshAfterUnauthorized, lookupLimit(), cancelled::get)
                    .orElse(false);
        } catch (CredentialsException e) {
            throw EndpointException.of(ErrorClass.AUTH, 401, "", host, e.getMessage(), e);
        }
    }

    /** Returns the credential lookup's limit: its own timeout, or less when the deadline is nearer. */
    private Duration lookupLimit() {
        long remaining = Math.max(1, deadline.toMillis() - elapsedMillis(startNanos));
        return remaining < credentialsTimeout.toMillis() ? Duration.ofMillis(remaining) : credentialsTimeout;
    }

    private EndpointException deadlineReached(String host, String detail) {
        return EndpointException.of(ErrorClass.TIMEOUT, EndpointException.NO_STATUS, "", host,
                "no answer within the deadline of " + CredentialLookup.seconds(deadline) + " (" + detail
                        + "); raise it with --deadline", null);
    }

    private ExchangeResult exchange(String url, String host, byte[] json, Optional<String> authorization,
            Consumer<String> onDelta) throws EndpointException {
        Request.Builder builder = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .post(RequestBody.create(json, JSON_TYPE));
        authorization.ifPresent(value -> builder.header("Authorization", value));
        Call call = http.newCall(builder.build());
        long remaining = deadline.toMillis() - elapsedMillis(startNanos);
        if (remaining <= 0) {
            throw deadlineReached(host, "no time was left for the request");
        }
        if (http.callTimeoutMillis() == 0 || remaining < http.callTimeoutMillis()) {
            call.timeout().timeout(remaining, TimeUnit.MILLISECONDS);
        }
        currentCall = call;
        if (cancelled.get()) {
            call.cancel();
        }
        long start = System.nanoTime();
        try (Response response = call.execute()) {
            ResponseBody responseBody = response.body();
            boolean demo = config.kind() == EndpointKind.DEMO || "true".equalsIgnoreCase(response.header(DEMO_HEADER));
            LOG.info("Request {} to {}: HTTP {} in {} ms", requestId, host, response.code(), elapsedMillis(start));
            String contentType = response.header("Content-Type", "");
            if (onDelta != null && response.isSuccessful() && contentType.startsWith("text/event-stream")) {
                Completion streamed = ChatCompletionStream.read(responseBody.source(), onDelta, response.code(),
                        host, url, demo);
                // Events already buffered can still be read after a cancel, so the flag decides.
                checkNotCancelled(host);
                return new ExchangeResult(response.code(), response.message(), "", demo, -1, streamed);
            }
            String text = responseBody.string();
            return new ExchangeResult(response.code(), response.message(), text, demo, ExchangeResult.retryAfterSeconds(response),
                    null);
        } catch (EndpointException e) {
            throw e;
        } catch (IOException e) {
            throw classifyFailure(e, host);
        } finally {
            currentCall = null;
        }
    }

    /**
     * Names the OkHttp limit that ended the exchange. OkHttp throws SocketTimeoutException for the
     * connect and read timeouts and a plain InterruptedIOException for the call timeout.
     */
    private String timeoutReached(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof SocketTimeoutException && message.contains("connect")) {
            return "no connection within the connect timeout of " + seconds(http.connectTimeoutMillis());
        }
        if (e instanceof SocketTimeoutException) {
            return "no data for " + seconds(http.readTimeoutMillis()) + ", the read timeout";
        }
        return "no complete answer within the call timeout of " + seconds(http.callTimeoutMillis());
    }

    private static String seconds(int millis) {
        return CredentialLookup.seconds(Duration.ofMillis(millis));
    }

    private EndpointException classifyFailure(IOException e, String host) {
        if (cancelled.get()) {
            return EndpointException.of(ErrorClass.CANCELLED, EndpointException.NO_STATUS, "", host, "", e);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (elapsedMillis(startNanos) >= deadline.toMillis()) {
            return deadlineReached(host, "the exchange in progress was cut at the deadline");
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return EndpointException.of(ErrorClass.TIMEOUT, EndpointException.NO_STATUS, "", host,
                    timeoutReached(e), e);
        }
        if (e instanceof ConnectException) {
            return EndpointException.of(ErrorClass.NETWORK, EndpointException.NO_STATUS, "", host,
                    "connection refused (" + reason + ")", e);
        }
        if (e instanceof UnknownHostException) {
            return EndpointException.of(ErrorClass.NETWORK, EndpointException.NO_STATUS, "", host,
                    "unknown host", e);
        }
        if (e instanceof SSLException) {
            return EndpointException.of(ErrorClass.NETWORK, EndpointException.NO_STATUS, "", host,
                    "TLS handshake failed (" + reason + ")", e);
        }
        return EndpointException.of(ErrorClass.NETWORK, EndpointException.NO_STATUS, "", host, reason, e);
    }

    private void waitBeforeRetry(long delayMillis, String host) throws EndpointException {
        try {
            if (cancelSignal.await(delayMillis, TimeUnit.MILLISECONDS)) {
                checkNotCancelled(host);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            checkNotCancelled(host);
        }
    }

    private void checkNotCancelled(String host) throws EndpointException {
        if (cancelled.get()) {
            throw EndpointException.of(ErrorClass.CANCELLED, EndpointException.NO_STATUS, "", host, "", null);
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
