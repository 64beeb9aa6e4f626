package org.radassist.imaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Lookup tables indexed by stored value, so that a pixel stage costs one array read per pixel.
 * Every entry is computed by the same per-value expression the pixel loop used before, so a
 * rendering through a table equals the direct computation bit for bit.
 *
 * <p>A table covers a power-of-two range of stored values that contains the frame's own range:
 * 0..2^n - 1 for frames without negative values, -2^(n-1)..2^(n-1) - 1 otherwise, at most 65536
 * entries. Slices of one series share that range and their modality transform, so they share
 * one table. The most recently used tables are kept, at most {@value #MAX_CACHED} of them (at
 * most 256 KiB each).
 */
final class StoredValueTables {

    /** Largest table: every value of a 16-bit stored value. */
    static final int MAX_ENTRIES = 1 << 16;

    static final int MAX_CACHED = 16;

    private static final int MIN_ENTRIES = 256;

    private static final Map<Key, Object> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > MAX_CACHED;
        }
    };

    private StoredValueTables() {
    }

    /** The stored values one table covers: {@code first} to {@code first + size - 1}. */
    record Range(int first, int size) {

        /**
         * Returns the power-of-two range around min..max, or {@code null} when it would exceed
         * {@link #MAX_ENTRIES} or the table would be larger than the frame it serves.
         */
        static Range around(int min, int max, int pixelCount) {
            long size;
            long first;
            if (min >= 0) {
                size = powerOfTwoAtLeast((long) max + 1);
                first = 0;
            } else {
                long half = powerOfTwoAtLeast(Math.max(-(long) min, (long) max + 1));
                size = 2 * half;
                first = -half;
            }
            if (size > MAX_ENTRIES || size > Math.max(pixelCount, MIN_ENTRIES)) {
                return null;
            }
            return new Range((int) first, (int) size);
        }

        private static long powerOfTwoAtLeast(long value) {
            long size = MIN_ENTRIES;
            while (size < value) {
                size <<= 1;
            }
            return size;
        }
    }

    /** Returns the table range for a grey image's frame, or {@code null} to compute pixel by pixel. */
    static Range rangeOf(StudyImage image) {
        return Range.around(image.minStoredValue(), image.maxStoredValue(), image.width() * image.height());
    }

    /**
     * Returns packed 0xRRGGBB entries: {@code windows.toRgb(transform.apply(stored))}, the
     * notebook's three-window RGB of the stored value's HU in double precision.
     */
    static int[] threeWindowRgb(ModalityTransform transform, CtWindowSet windows, Range range) {
        Key key = new Key("three-window", transform, windows, range);
        return cached(key, size -> {
            int[] table = new int[size];
            for (int i = 0; i < size; i++) {
                table[i] = windows.toRgb(transform.apply(range.first() + i));
            }
            return table;
        }, int[].class);
    }

    /**
     * Returns 8-bit display entries of a window: the stored value's modality value as float
     * (as {@link StudyImage#modalityValues()} returns it), through {@code function}, rounded half
     * up, then inverted for MONOCHROME1; padding values give the window minimum (0, or 255 when
     * inverted).
     */
    static byte[] windowGrey(ModalityTransform transform, Window window, VoiLutFunction function, boolean invert,
            PixelPadding padding, Range range) {
        Key key = new Key("window-grey", transform, new WindowedOutput(window.center(), window.width(), function,
                invert, padding), range);
        return cached(key, size -> {
            double center = window.center();
            double width = window.width();
            byte[] table = new byte[size];
            for (int i = 0; i < size; i++) {
                int stored = range.first() + i;
                int display;
                if (padding != null && padding.contains(stored)) {
                    display = invert ? 255 : 0;
                } else {
                    float value = (float) transform.apply(stored);
                    display = (int) Math.round(function.apply(value, center, width));
                    if (invert) {
                        display = 255 - display;
                    }
                }
                table[i] = (byte) display;
            }
            return table;
        }, byte[].class);
    }

    private static <T> T cached(Key key, IntFunction<T> builder, Class<T> type) {
        synchronized (CACHE) {
            Object table = CACHE.get(key);
            if (table != null) {
                return type.cast(table);
            }
        }
        // Two threads may build the same table at once; both build equal tables.
        T table = builder.apply(key.range().size());
        synchronized (CACHE) {
            CACHE.put(key, table);
        }
        return table;
    }

    /** Forgets every table; for tests that count how tables are built. */
    static void clear() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    /** What a table depends on besides the stored value. */
    private record Key(String stage, ModalityTransform transform, Object parameters, Range range) {
        Key {
            Objects.requireNonNull(transform, "transform");
        }
    }

    /** The parameters of a window table; the window's explanation does not change the output. */
    private record WindowedOutput(double center, double width, VoiLutFunction function, boolean invert,
            PixelPadding padding) {
    }
}
