package org.radassist.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;

/** The frame cache with the real image loader on corpus files. */
class FrameCacheTest {

    @TempDir
    Path folder;

    private final AtomicInteger decodes = new AtomicInteger();

    private StudyImage countingLoad(Slice slice) throws ImageLoadException {
        decodes.incrementAndGet();
        return ImageLoader.load(slice.instance().path(), slice.frame());
    }

    @Test
    void get_decodesOnceAndReturnsTheCachedImage() throws IOException {
        Series series = writeSeries(1);
        try (FrameCache cache = newCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad)) {
            StudyImage first = cache.get(series.slices().get(0));
            StudyImage second = cache.get(series.slices().get(0));

            assertSame(first, second);
            assertEquals(1, decodes.get());
            assertEquals(1, cache.size());
        }
    }

    @Test
    void estimateBytes_countsPixelsAndTheFile() throws IOException {
        Series series = writeSeries(1);
        Slice slice = series.slices().get(0);
        StudyImage image = ImageLoader.load(slice.instance().path());

        // 128 × 128 grey pixels at 4 bytes each (the stored values), plus the file the image keeps.
        assertEquals(128 * 128 * 4 + Files.size(slice.instance().path()), FrameCache.estimateBytes(image, slice));
    }

    @Test
    void store_evictsLeastRecentlyUsedBeyondTheBound() throws IOException {
        Series series = writeSeries(3);
        List<Slice> slices = series.slices();
        long perSlice = 128 * 128 * 4 + slices.get(0).instance().fileSize();
        try (FrameCache cache = newCache(2 * perSlice, this::countingLoad)) {
            cache.get(slices.get(0));
            cache.get(slices.get(1));
            cache.get(slices.get(0));
            cache.get(slices.get(2));

            assertEquals(2, cache.size());
            assertEquals(2 * perSlice, cache.cachedBytes());
            assertTrue(cache.contains(slices.get(0)));
            assertFalse(cache.contains(slices.get(1)), "slice 1 was used least recently");
            assertTrue(cache.contains(slices.get(2)));
        }
    }

    @Test
    void store_skipsAnImageLargerThanTheBound() throws IOException {
        Series series = writeSeries(1);
        try (FrameCache cache = newCache(1000, this::countingLoad)) {
            cache.get(series.slices().get(0));

            assertEquals(0, cache.size());
            assertEquals(0, cache.cachedBytes());
        }
    }

    @Test
    void prefetch_decodesSlicesNotYetCached() throws Exception {
        Series series = writeSeries(4);
        List<Slice> slices = series.slices();
        ExecutorService prefetchThread = Executors.newSingleThreadExecutor();
        try (FrameCache cache = new FrameCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad, prefetchThread)) {
            cache.get(slices.get(0));
            cache.prefetch(slices);
            finishPrefetch(prefetchThread);

            assertEquals(4, cache.size());
            assertEquals(4, decodes.get());
        }
    }

    @Test
    void prefetch_multiFrameFileCachesEachFrame() throws Exception {
        Series us = StudyScanner.scan(Corpus.real("us_jpeg_ybr422_30frames.dcm")).series().get(0);
        ExecutorService prefetchThread = Executors.newSingleThreadExecutor();
        try (FrameCache cache = new FrameCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad, prefetchThread)) {
            cache.prefetch(us.slices().subList(3, 6));
            finishPrefetch(prefetchThread);

            assertEquals(3, cache.size());
            assertEquals(3, cache.get(us.slices().get(3)).frameIndex());
            assertEquals(5, cache.get(us.slices().get(5)).frameIndex());
            assertEquals(3, decodes.get());
        }
    }

    @Test
    void get_failureIsThrownAndNotCached() throws IOException {
        Series series = writeSeries(1);
        Slice slice = series.slices().get(0);
        Files.delete(slice.instance().path());
        try (FrameCache cache = newCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad)) {
            ImageLoadException first = assertThrows(ImageLoadException.class, () -> cache.get(slice));
            assertThrows(ImageLoadException.class, () -> cache.get(slice));

            assertEquals(ImageLoadException.Reason.FILE_NOT_FOUND, first.reason());
            assertEquals(2, decodes.get());
            assertEquals(0, cache.size());
        }
    }

    @Test
    void get_concurrentRequestsShareOneDecode() throws Exception {
        Series series = writeSeries(1);
        Slice slice = series.slices().get(0);
        CountDownLatch decodeStarted = new CountDownLatch(1);
        CountDownLatch releaseDecode = new CountDownLatch(1);
        FrameCache.FrameDecoder blocking = s -> {
            decodes.incrementAndGet();
            decodeStarted.countDown();
            try {
                releaseDecode.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ImageLoader.load(s.instance().path(), s.frame());
        };
        try (FrameCache cache = newCache(FrameCache.DEFAULT_MAX_BYTES, blocking)) {
            FutureTask<StudyImage> first = new FutureTask<>(() -> cache.get(slice));
            FutureTask<StudyImage> second = new FutureTask<>(() -> cache.get(slice));
            new Thread(first, "first").start();
            decodeStarted.await();
            Thread secondThread = new Thread(second, "second");
            secondThread.start();
            // The second thread parks only in CompletableFuture.get, waiting for the first decode.
            while (secondThread.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            releaseDecode.countDown();

            assertSame(first.get(), second.get());
            assertEquals(1, decodes.get());
        }
    }

    /** Creates a cache whose prefetch thread {@link FrameCache#close()} stops. */
    private static FrameCache newCache(long maxBytes, FrameCache.FrameDecoder decoder) {
        return new FrameCache(maxBytes, decoder, Executors.newSingleThreadExecutor());
    }

    /** Waits until the prefetch thread has run every queued slice, by shutting it down. */
    private static void finishPrefetch(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        assertTrue(executor.awaitTermination(60, TimeUnit.SECONDS), "prefetch did not finish within 60 s");
    }

    private Series writeSeries(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            SliceFiles.write(folder.resolve("slice" + i + ".dcm"), "0\\0\\" + i, SliceFiles.AXIAL,
                    Integer.toString(i + 1), i);
        }
        return StudyScanner.scanFolder(folder).series().get(0);
    }
}
