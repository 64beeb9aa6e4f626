package org.radassist.ui;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/** Holds submitted tasks until the test runs them, so tests control the order of events. */
final class QueuedExecutorService extends AbstractExecutorService {

    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean shutdown;

    /** Runs the queued tasks, including tasks they submit, in submission order. */
    void runAll() {
        Runnable next;
        while ((next = queue.poll()) != null) {
            next.run();
        }
    }

    int size() {
        return queue.size();
    }

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> pending = List.copyOf(queue);
        queue.clear();
        return pending;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }
}
