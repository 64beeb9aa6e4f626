package org.radassist.ui;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.beans.property.StringProperty;

/**
 * Hands streaming events to the result thread and drops those of an analysis that was
 * cancelled or replaced. The streamed text hides MedGemma's thought: the part from
 * {@value #THOUGHT_START} to {@value #THOUGHT_END} stays out of the findings pane.
 */
final class StreamingProgress implements AnalysisProgress {

    static final String THOUGHT_START = "<unused94>";
    static final String THOUGHT_END = "<unused95>";

    /**
     * Returns the part of a partial answer to show while it streams: the text after the thought's
     * end marker, nothing while a thought is still open, else the whole text.
     */
    static String visibleAnswer(String partial) {
        int end = partial.indexOf(THOUGHT_END);
        if (end >= 0) {
            return partial.substring(end + THOUGHT_END.length()).stripLeading();
        }
        return partial.contains(THOUGHT_START) ? "" : partial;
    }

    private final BooleanSupplier current;
    private final Executor results;
    private final Localization text;
    private final StringProperty streamedAnswer;
    private final StringProperty activity;
    private final StringProperty analysisNote;
    private final StringBuilder received = new StringBuilder();

    /**
     * Creates the progress of one analysis. {@code current} returns whether that analysis is still
     * the running one, and is called on the result thread before each update.
     */
    StreamingProgress(BooleanSupplier current, Executor results, Localization text, StringProperty streamedAnswer,
            StringProperty activity, StringProperty analysisNote) {
        this.current = current;
        this.results = results;
        this.text = text;
        this.streamedAnswer = streamedAnswer;
        this.activity = activity;
        this.analysisNote = analysisNote;
    }

    @Override
    public void onDelta(String delta) {
        String visible;
        boolean thoughtOpen;
        synchronized (received) {
            received.append(delta);
            visible = visibleAnswer(received.toString());
            thoughtOpen = visible.isEmpty() && received.indexOf(THOUGHT_START) >= 0;
        }
        deliver(() -> {
            streamedAnswer.set(visible);
            activity.set(text.get(thoughtOpen ? "status.thinking" : "status.receiving"));
        });
    }

    @Override
    public void onRetry(int retry, int maxRetries, int httpStatus, long delayMillis) {
        String seconds = String.format(java.util.Locale.ROOT, "%.1f", delayMillis / 1000.0);
        deliver(() -> activity.set(text.format("status.retrying", httpStatus, retry, maxRetries, seconds)));
    }

    @Override
    public void onNotice(String message) {
        deliver(() -> analysisNote.set(analysisNote.get().isEmpty() ? message
                : analysisNote.get() + "\n" + message));
    }

    private void deliver(Runnable update) {
        results.execute(() -> {
            if (current.getAsBoolean()) {
                update.run();
            }
        });
    }
}
