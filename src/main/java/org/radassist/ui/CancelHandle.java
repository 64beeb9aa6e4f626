package org.radassist.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancellation signal for one background call. The code doing the work registers what aborts it
 * (for example OkHttp's {@code Call::cancel}); {@link #cancel()} runs those actions once, from any
 * thread. An action registered after cancellation runs immediately.
 */
public final class CancelHandle {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    /** Registers an action that aborts the work; runs it at once when already cancelled. */
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    /** Marks the work cancelled and runs every registered action; later calls do nothing. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        for (Runnable action : toRun) {
            action.run();
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }
}
