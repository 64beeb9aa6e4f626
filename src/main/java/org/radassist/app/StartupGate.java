package org.radassist.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Background work that waits until the GUI has shown its first image, so that the endpoint
 * warm-up and the model input preparation do not compete with the first paint for the
 * processors. Once open, the gate runs new work at once on the calling thread.
 */
final class StartupGate {

    /** Waiting work in the order it came; work given with the same key replaces the earlier one. */
    private final Map<Object, Runnable> waiting = new LinkedHashMap<>();
    private boolean open;

    private StartupGate(boolean open) {
        this.open = open;
    }

    /** Returns a gate that runs work at once, for the command line and tests. */
    static StartupGate opened() {
        return new StartupGate(true);
    }

    /** Returns a gate that keeps work until {@link #open()}. */
    static StartupGate closed() {
        return new StartupGate(false);
    }

    /** Runs {@code work} now when the gate is open, else when it opens. Work must not block. */
    void runWhenOpen(Runnable work) {
        runLatestWhenOpen(new Object(), work);
    }

    /**
     * Runs {@code work} now when the gate is open, else when it opens unless later work with an
     * equal key replaces it first, so only the latest of a kind runs (and is kept in memory).
     */
    void runLatestWhenOpen(Object key, Runnable work) {
        synchronized (waiting) {
            if (!open) {
                waiting.remove(key);
                waiting.put(key, work);
                return;
            }
        }
        work.run();
    }

    /** Opens the gate and runs the waiting work in the order it came; later calls do nothing. */
    void open() {
        List<Runnable> released;
        synchronized (waiting) {
            if (open) {
                return;
            }
            open = true;
            released = new ArrayList<>(waiting.values());
            waiting.clear();
        }
        released.forEach(Runnable::run);
    }
}
