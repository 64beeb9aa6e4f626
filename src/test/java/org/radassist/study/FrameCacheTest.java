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
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CountDownLatch;
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
        try (FrameCache cache = new FrameCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad, new InlineExecutor())) {
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

        // 128 × 128 grey pixels at 8 bytes each, plus the file the image keeps.
        assertEquals(128 * 128 * 8 + Files.size(slice.instance().path()), FrameCache.estimateBytes(image, slice));
    }

    @Test
    void store_evictsLeastRecentlyUsedBeyondTheBound() throws IOException {
        Series series = writeSeries(3);
        List<Slice> slices = series.slices();
        long perSlice = 128 * 128 * 8 + slices.get(0).instance().fileSize();
        try (FrameCache cache = new FrameCache(2 * perSlice, this::countingLoad, new InlineExecutor())) {
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
        try (FrameCache cache = new FrameCache(1000, this::countingLoad, new InlineExecutor())) {
            cache.get(series.slices().get(0));

            assertEquals(0, cache.size());
            assertEquals(0, cache.cachedBytes());
        }
    }

    @Test
    void prefetch_decodesSlicesNotYetCached() throws IOException {
        Series series = writeSeries(4);
        List<Slice> slices = series.slices();
        try (FrameCache cache = new FrameCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad, new InlineExecutor())) {
            cache.get(slices.get(0));
            cache.prefetch(slices);

            assertEquals(4, cache.size());
            assertEquals(4, decodes.get());
        }
    }

    @Test
    void prefetch_multiFrameFileCachesEachFrame() throws IOException {
        Series us = StudyScanner.scan(Corpus.real("us_jpeg_ybr422_30frames.dcm")).series().get(0);
        try (FrameCache cache = new FrameCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad, new InlineExecutor())) {
            cache.prefetch(us.slices().subList(3, 6));

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
        try (FrameCache cache = new FrameCache(FrameCache.DEFAULT_MAX_BYTES, this::countingLoad, new InlineExecutor())) {
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
        try (FrameCache cache = new FrameCache(FrameCache.DEFAULT_MAX_BYTES, blocking, new InlineExecutor())) {
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

    private Series writeSeries(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            SliceFiles.write(folder.resolve("slice" + i + ".dcm"), "0\\0\\" + i, SliceFiles.AXIAL,
                    Integer.toString(i + 1), i);
        }
        return StudyScanner.scanFolder(folder).series().get(0);
    }

    /** Runs prefetch work on the calling thread, so its effect is visible when prefetch returns. */
    private static final class InlineExecutor extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
