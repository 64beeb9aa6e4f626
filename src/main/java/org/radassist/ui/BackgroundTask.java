package org.radassist.ui;

import java.util.Objects;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One slow call run off the JavaFX thread, with callbacks delivered on the result executor (the
 * JavaFX thread in the application). After {@link #cancel()} none of the callbacks run, so a
 * cancelled or superseded task never changes the view-model.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The work itself; it may register abort actions on the handle it receives. */
    @FunctionalInterface
    public interface Work<T> {
        T run(CancelHandle cancel) throws Exception;
    }

    private final Work<T> work;
    private final CancelHandle cancelHandle = new CancelHandle();
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };
    private volatile Future<?> future;

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Sets the callback for a normal result; it runs before {@link #onFinished}. */
    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Sets the callback for an exception thrown by the work; it runs before {@link #onFinished}. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Sets the callback that runs after success or failure, but not after cancellation. */
    public BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = Objects.requireNonNull(callback, "callback");
        return this;
    }

    /** Submits the work to the executor's background threads and returns this task. */
    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        future = executor.background().submit(() -> runAndDeliver(executor));
        return this;
    }

    /**
     * Cancels the task: runs the abort actions the work registered, interrupts its thread and
     * suppresses every callback that has not yet run.
     */
    public void cancel() {
        cancelHandle.cancel();
        Future<?> running = future;
        if (running != null) {
            running.cancel(true);
        }
    }

    public boolean isCancelled() {
        return cancelHandle.isCancelled();
    }

    private void runAndDeliver(TaskExecutor executor) {
        if (isCancelled()) {
            return;
        }
        T result;
        try {
            result = work.run(cancelHandle);
        } catch (Throwable error) {
            // Errors are delivered too, so that the view leaves its busy state instead of hanging.
            executor.results().execute(() -> deliverFailure(error));
            return;
        }
        executor.results().execute(() -> deliverSuccess(result));
    }

    private void deliverSuccess(T result) {
        if (isCancelled()) {
            return;
        }
        onSuccess.accept(result);
        onFinished.run();
    }

    private void deliverFailure(Throwable error) {
        if (isCancelled()) {
            return;
        }
        onFailure.accept(error);
        onFinished.run();
    }
}
