package org.radassist.ui;

import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import javafx.application.Platform;

/**
 * The threads a {@link BackgroundTask} uses: a pool for the work and an executor that delivers
 * the callbacks. The application delivers on the JavaFX thread; view-model tests pass their own
 * executors so they need no running toolkit.
 */
public final class TaskExecutor implements AutoCloseable {

    private final ExecutorService background;
    private final Executor results;

    public TaskExecutor(ExecutorService background, Executor results) {
        this.background = Objects.requireNonNull(background, "background");
        this.results = Objects.requireNonNull(results, "results");
    }

    /** Creates an executor with daemon worker threads that delivers results with {@link Platform#runLater}. */
    public static TaskExecutor forJavaFx() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "radassist-ui-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new TaskExecutor(Executors.newCachedThreadPool(threads), Platform::runLater);
    }

    /** Creates an executor that runs work and callbacks on the calling thread, for tests. */
    public static TaskExecutor direct() {
        return new TaskExecutor(new DirectExecutorService(), Runnable::run);
    }

    ExecutorService background() {
        return background;
    }

    Executor results() {
        return results;
    }

    /** Stops the worker threads; running work is interrupted. */
    @Override
    public void close() {
        background.shutdownNow();
    }

    /** Runs each submitted task on the caller's thread before {@code submit} returns. */
    private static final class DirectExecutorService extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
