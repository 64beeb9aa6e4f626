package org.radassist.review;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the latest submitted session on its own thread, at most once per {@link #DEBOUNCE_MILLIS}:
 * the first change after a save schedules a write that delay later, and changes in between only
 * replace the session to write. {@link #flush()} and {@link #close()} write at once. A killed
 * process so loses the changes of the last debounce period plus one write.
 */
public final class SessionAutosaver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SessionAutosaver.class);

    public static final long DEBOUNCE_MILLIS = 300;

    private final SessionStore store;
    private final ScheduledExecutorService scheduler;
    private final Object writeLock = new Object();
    private volatile Consumer<SessionStoreException> failureListener = error -> { };

    private ReviewSession pending;
    private ScheduledFuture<?> scheduled;
    private boolean closed;

    public SessionAutosaver(SessionStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "radassist-session-autosave");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sets who hears of a failed save; it is called on the autosave thread or the flushing thread. */
    public void setFailureListener(Consumer<SessionStoreException> listener) {
        failureListener = Objects.requireNonNull(listener, "listener");
    }

    /** Queues the session for saving; the latest one submitted before the write wins. */
    public synchronized void submit(ReviewSession session) {
        Objects.requireNonNull(session, "session");
        if (closed) {
            throw new IllegalStateException("The autosaver is closed");
        }
        pending = session;
        if (scheduled == null) {
            scheduled = scheduler.schedule(this::writePending, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes the queued session now, on the calling thread; blocks until it is on disk. */
    public void flush() {
        writePending();
    }

    /** Writes the queued session and stops the autosave thread. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        writePending();
        scheduler.shutdownNow();
    }

    private void writePending() {
        // Taking the session inside the write lock keeps an older session from being written after a newer one.
        synchronized (writeLock) {
            ReviewSession session;
            synchronized (this) {
                session = pending;
                pending = null;
                if (scheduled != null) {
                    scheduled.cancel(false);
                    scheduled = null;
                }
            }
            if (session == null) {
                return;
            }
            try {
                store.save(session);
            } catch (SessionStoreException e) {
                log.warn("Autosave of review session {} failed: {}", session.imageKey(), e.getMessage());
                failureListener.accept(e);
            }
        }
    }
}
