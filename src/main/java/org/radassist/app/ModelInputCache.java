package org.radassist.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.imaging.StudyImage;

/**
 * Prepares the model input of the image on screen in the background as soon as it opens, so that
 * Analyze only builds and sends the request. It keeps the most recent image only.
 */
final class ModelInputCache implements AutoCloseable {

    private record Key(StudyImage image, ModelInputOptions options) {
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "radassist-model-input");
        thread.setDaemon(true);
        return thread;
    });
    private Key key;
    private CompletableFuture<PreparedImage> pending;

    /** Starts preparing the model input of {@code image} unless it is already prepared or underway. */
    synchronized void prefetch(StudyImage image, ModelInputOptions options) {
        Key requested = new Key(image, options);
        if (requested.equals(key)) {
            return;
        }
        key = requested;
        if (pending != null) {
            // A cancelled future is skipped when its turn comes, so scrolling queues no stale work.
            pending.cancel(false);
        }
        pending = CompletableFuture.supplyAsync(() -> {
            try {
                return AnalysisPipeline.prepare(image, options);
            } catch (ImageLoadException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** Returns the prepared model input, waiting for the background work or doing it now. */
    PreparedImage get(StudyImage image, ModelInputOptions options) throws ImageLoadException {
        prefetch(image, options);
        CompletableFuture<PreparedImage> future;
        synchronized (this) {
            future = pending;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ImageLoadException loadError) {
                throw loadError;
            }
            if (e.getCause() instanceof RuntimeException runtimeError) {
                throw runtimeError;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
