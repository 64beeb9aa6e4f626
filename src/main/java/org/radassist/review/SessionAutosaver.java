package org.radassist.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the latest submitted version of each session on its own thread, at most once per
 * {@link #DEBOUNCE_MILLIS}. The first change after a save schedules a write that delay later, and
 * changes in between only replace the version to write, one per image key, so switching images
 * loses nothing. {@link #flush()} and {@link #close()} write at once. A killed process so loses
 * the changes of the last debounce period plus one write.
 */
public final class SessionAutosaver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SessionAutosaver.class);

    public static final long DEBOUNCE_MILLIS = 300;

    private final SessionStore store;
    private final ScheduledExecutorService scheduler;
    private final Object writeLock = new Object();
    private volatile Consumer<SessionStoreException> failureListener = error -> { };

    /** Versions not yet written, by image key, in submission order. */
    private final Map<String, ReviewSession> pending = new LinkedHashMap<>();
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
        pending.put(session.imageKey(), session);
        if (scheduled == null) {
            scheduled = scheduler.schedule(this::writePending, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes the queued sessions now, on the calling thread; blocks until they are on disk. */
    public void flush() {
        writePending();
    }

    /** Writes the queued sessions and stops the autosave thread. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        writePending();
        scheduler.shutdownNow();
    }

    private void writePending() {
        // Taking the sessions inside the write lock keeps an older version from being written after a newer one.
        synchronized (writeLock) {
            List<ReviewSession> sessions;
            synchronized (this) {
                sessions = new ArrayList<>(pending.values());
                pending.clear();
                if (scheduled != null) {
                    scheduled.cancel(false);
                    scheduled = null;
                }
            }
            for (ReviewSession session : sessions) {
                try {
                    store.save(session);
                } catch (SessionStoreException e) {
                    log.warn("Autosave of review session {} failed: {}", session.imageKey(), e.getMessage());
                    failureListener.accept(e);
                }
            }
        }
    }
}
