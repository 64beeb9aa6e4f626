package org.radassist.inference;

/** Receives each retry of an {@link InferenceCall} after HTTP 429, 502, 503 or 504, before the wait starts. */
@FunctionalInterface
public interface RetryListener {

    /**
     * Called before waiting for a retry.
     *
     * @param retry the retry number, 1 for the first
     * @param maxRetries the most retries the call's {@link RetryPolicy} allows
     * @param httpStatus the status that caused the retry: 429, 502, 503 or 504
     * @param delayMillis the wait before the retry is sent, in milliseconds
     */
    void onRetry(int retry, int maxRetries, int httpStatus, long delayMillis);
}
