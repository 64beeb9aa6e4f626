package org.radassist.inference;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Runs an {@link AuthProvider} lookup on its own daemon thread with a time limit, because
 * Application Default Credentials can block for up to a minute probing the metadata server.
 */
final class CredentialLookup {

    /** Time limit of one credential lookup unless the caller sets another. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final long POLL_MILLIS = 100;

    private CredentialLookup() {
    }

    /** Operation of an {@link AuthProvider} that may throw {@link CredentialsException}. */
    interface Lookup<T> {
        T run() throws CredentialsException;
    }

    /**
     * Runs {@code lookup} and returns its result.
     *
     * @param cancelled polled while waiting; when it turns true the wait ends and this returns empty
     * @throws CredentialsException when the lookup failed or did not finish within {@code timeout}
     */
    static <T> Optional<T> run(Lookup<T> lookup, Duration timeout, BooleanSupplier cancelled)
            throws CredentialsException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(lookup.run());
            } catch (CredentialsException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "radassist-credential-lookup");
        worker.setDaemon(true);
        worker.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw timedOut(timeout);
                }
                if (cancelled.getAsBoolean()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(result.get(Math.min(TimeUnit.NANOSECONDS.toMillis(remaining) + 1, POLL_MILLIS),
                            TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    // Poll again: the limit or a cancel ends the wait.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CredentialsException) {
                throw (CredentialsException) cause;
            }
            throw (RuntimeException) cause;
        } finally {
            worker.interrupt();
        }
    }

    private static CredentialsException timedOut(Duration timeout) {
        return new CredentialsException("credential lookup timed out after " + seconds(timeout)
                + " (Application Default Credentials may be probing the metadata server): run "
                + "'gcloud auth application-default login', or set NO_GCE_CHECK=true off Google Cloud");
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0
                ? millis / 1000 + " s"
                : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
