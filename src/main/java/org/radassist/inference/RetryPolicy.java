package org.radassist.inference;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Retries after HTTP 429 (quota or rate limit), 502 (bad gateway), 503 (service unavailable, for
 * example while a model loads) and 504 (gateway timeout), with exponential backoff and jitter
 * ({@link #jitteredDelayMillis}). A {@code Retry-After} header in seconds replaces the
 * computed delay, and {@code maxBackoff} caps every delay. This policy does not apply to HTTP
 * 401, which always gets one credentials refresh and one retry.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries + ".");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
    }

    /** Two retries, after 2 s and 4 s, each delay at most 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    /** No retries: the first 429, 502, 503 or 504 fails the call. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
    }

    /** Returns whether a response with this HTTP status is worth retrying. */
    public static boolean retriable(int httpStatus) {
        return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    }

    /**
     * Returns the delay before retry number {@code retry} (0 for the first) with jitter, in
     * milliseconds. Without {@code Retry-After} the delay is drawn from the upper half of the
     * backoff ({@code delayMillis / 2} to {@code delayMillis}), so clients that failed together do
     * not retry together. A {@code Retry-After} value is the server's own schedule and is kept.
     *
     * @param random returns a number from 0 (inclusive) to 1 (exclusive)
     */
    public long jitteredDelayMillis(int retry, long retryAfterSeconds, DoubleSupplier random) {
        long delay = delayMillis(retry, retryAfterSeconds);
        if (retryAfterSeconds >= 0) {
            return delay;
        }
        long half = delay / 2;
        return half + (long) (random.getAsDouble() * (delay - half + 1));
    }

    /**
     * Returns the delay before retry number {@code retry} (0 for the first), in milliseconds.
     *
     * @param retryAfterSeconds the response's {@code Retry-After} value in seconds, or -1 when absent
     */
    public long delayMillis(int retry, long retryAfterSeconds) {
        long cap = maxBackoff.toMillis();
        if (retryAfterSeconds >= 0) {
            return Math.min(retryAfterSeconds * 1000, cap);
        }
        long delay = initialBackoff.toMillis() << Math.min(retry, 20);
        return Math.min(delay, cap);
    }
}
