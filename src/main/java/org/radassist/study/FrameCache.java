package org.radassist.study;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decoded slices, least recently used first out, bounded by an estimate of their size in bytes.
 * {@link #get} decodes on the calling thread when a slice is missing; {@link #prefetch} decodes
 * slices ahead of the current one on one background thread. All methods are thread-safe, and two
 * threads that want the same slice share one decode.
 */
public final class FrameCache implements AutoCloseable {

    /**
     * Default bound of {@link #cachedBytes()}: 128 MiB, about 80 slices of 512×512 CT. Scrolling
     * needs only the slices around the current one, and a 300-slice series then keeps its heap
     * below its raw pixel bytes (see docs/benchmarks.md).
     */
    public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FrameCache.class);

    /** Decodes one slice; the default reads the file with {@link ImageLoader#load(Path, int)}. */
    @FunctionalInterface
    public interface FrameDecoder {
        StudyImage decode(Slice slice) throws ImageLoadException;
    }

    private final long maxBytes;
    private final FrameDecoder decoder;
    private final ExecutorService prefetchExecutor;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<StudyImage>> decoding = new ConcurrentHashMap<>();
    private final AtomicLong prefetchGeneration = new AtomicLong();
    private long cachedBytes;

    /** Creates a cache that decodes with {@link ImageLoader} and prefetches on its own daemon thread. */
    public FrameCache(long maxBytes) {
        this(maxBytes, slice -> ImageLoader.load(slice.instance().path(), slice.frame()),
                Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "radassist-frame-prefetch");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /**
     * Creates a cache with its own decoder and prefetch executor; {@link #close()} shuts the
     * executor down.
     */
    public FrameCache(long maxBytes, FrameDecoder decoder, ExecutorService prefetchExecutor) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.prefetchExecutor = Objects.requireNonNull(prefetchExecutor, "prefetchExecutor");
    }

    /**
     * Returns the decoded slice from the cache, or decodes it on this thread (or waits for the
     * thread already decoding it) and caches it.
     *
     * @throws ImageLoadException when decoding fails; failures are not cached
     */
    public StudyImage get(Slice slice) throws ImageLoadException {
        Key key = Key.of(slice);
        StudyImage cached = lookup(key);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<StudyImage> mine = new CompletableFuture<>();
        CompletableFuture<StudyImage> running = decoding.putIfAbsent(key, mine);
        if (running != null) {
            return await(slice, running);
        }
        try {
            StudyImage image = decoder.decode(slice);
            store(key, image, estimateBytes(image, slice));
            mine.complete(image);
            return image;
        } catch (ImageLoadException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            decoding.remove(key, mine);
        }
    }

    /**
     * Decodes the slices that are not cached yet, in list order, on the background thread. A new
     * call replaces the slices of earlier calls that have not started, so scrolling fast does not
     * queue up stale work. Decoding failures are logged at debug level and left for {@link #get}
     * to report.
     */
    public void prefetch(List<Slice> slices) {
        long generation = prefetchGeneration.incrementAndGet();
        for (Slice slice : slices) {
            if (contains(slice)) {
                continue;
            }
            try {
                prefetchExecutor.execute(() -> prefetchOne(slice, generation));
            } catch (RejectedExecutionException e) {
                return;
            }
        }
    }

    private void prefetchOne(Slice slice, long generation) {
        if (prefetchGeneration.get() != generation || contains(slice)) {
            return;
        }
        try {
            get(slice);
        } catch (ImageLoadException | RuntimeException e) {
            LOG.debug("Prefetching frame {} of {} failed: {}", slice.frame(), slice.instance().fileName(),
                    e.getMessage());
        }
    }

    /** Returns whether the slice is decoded and cached. */
    public boolean contains(Slice slice) {
        synchronized (entries) {
            return entries.containsKey(Key.of(slice));
        }
    }

    /** Returns the estimated size of the cached slices in bytes; see {@link #estimateBytes}. */
    public long cachedBytes() {
        synchronized (entries) {
            return cachedBytes;
        }
    }

    /** Returns the number of cached slices. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Drops every cached slice and the pending prefetch requests. */
    public void clear() {
        prefetchGeneration.incrementAndGet();
        synchronized (entries) {
            entries.clear();
            cachedBytes = 0;
        }
    }

    /** Stops the prefetch thread and drops the cached slices. */
    @Override
    public void close() {
        clear();
        prefetchExecutor.shutdownNow();
    }

    /**
     * Estimates the memory a decoded slice keeps: 4 bytes a pixel, the stored value of grey images
     * or the packed RGB of colour ones. DICOM adds the file's size, because the image keeps the
     * parsed file, whose values refer to the bytes read.
     */
    static long estimateBytes(StudyImage image, Slice slice) {
        long pixels = (long) image.width() * image.height();
        long bytes = pixels * 4;
        if (image.dicom().isPresent()) {
            bytes += slice.instance().fileSize();
        }
        return bytes;
    }

    private StudyImage lookup(Key key) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.image();
        }
    }

    private void store(Key key, StudyImage image, long bytes) {
        if (bytes > maxBytes) {
            LOG.debug("Frame {} of {} needs about {} bytes, more than the cache's {}; not cached", key.frame(),
                    key.path().getFileName(), bytes, maxBytes);
            return;
        }
        synchronized (entries) {
            Entry previous = entries.put(key, new Entry(image, bytes));
            if (previous != null) {
                cachedBytes -= previous.bytes();
            }
            cachedBytes += bytes;
            Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
            while (cachedBytes > maxBytes && eldest.hasNext()) {
                Map.Entry<Key, Entry> candidate = eldest.next();
                if (candidate.getKey().equals(key)) {
                    continue;
                }
                cachedBytes -= candidate.getValue().bytes();
                eldest.remove();
            }
        }
    }

    private static StudyImage await(Slice slice, CompletableFuture<StudyImage> running) throws ImageLoadException {
        try {
            return running.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImageLoadException loadError) {
                throw loadError;
            }
            if (cause instanceof RuntimeException runtimeError) {
                throw runtimeError;
            }
            throw new IllegalStateException("Decoding " + slice.instance().fileName() + " failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageLoadException(slice.instance().path(), ImageLoadException.Reason.READ_FAILED,
                    slice.instance().fileName() + ": interrupted while waiting for frame " + slice.frame(), e);
        }
    }

    /** Cache key: the file and frame, so slices of two scans of the same folder share entries. */
    private record Key(Path path, int frame) {
        static Key of(Slice slice) {
            return new Key(slice.instance().path().toAbsolutePath().normalize(), slice.frame());
        }
    }

    private record Entry(StudyImage image, long bytes) {
    }
}
