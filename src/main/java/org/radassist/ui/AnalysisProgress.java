package org.radassist.ui;

/**
 * Events of a running analysis, called on the analysing thread; a view-model hands them to the
 * JavaFX thread. Every method does nothing by default.
 */
public interface AnalysisProgress {

    /** Receives the next piece of the answer as it streams in. */
    default void onDelta(String text) {
    }

    /**
     * Called before waiting for a retry after HTTP 429, 502, 503 or 504.
     *
     * @param retry the retry number, 1 for the first
     * @param delayMillis the wait before the retry, in milliseconds
     */
    default void onRetry(int retry, int maxRetries, int httpStatus, long delayMillis) {
    }

    /** Receives a note for the user, such as the size the image was reduced to. */
    default void onNotice(String message) {
    }
}
