package org.radassist.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Background work that waits until the GUI has shown its first image, so that the endpoint
 * warm-up and the model input preparation do not compete with the first paint for the
 * processors. Once open, the gate runs new work at once on the calling thread.
 */
final class StartupGate {

    private final List<Runnable> waiting = new ArrayList<>();
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
        synchronized (waiting) {
            if (!open) {
                waiting.add(work);
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
            released = new ArrayList<>(waiting);
            waiting.clear();
        }
        released.forEach(Runnable::run);
    }
}
