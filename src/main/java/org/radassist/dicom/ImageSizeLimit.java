package org.radassist.dicom;

/**
 * Limit on the size of one decoded frame, checked from the header before a decoder allocates the
 * frame, so that a small file declaring a huge image fails with a message instead of an
 * OutOfMemoryError.
 */
public final class ImageSizeLimit {

    /**
     * Maximum pixels (columns × rows) of one frame: 100 megapixels, well above the largest
     * radiographs (about 4300 × 4300 for a 43 cm detector at 0.1 mm).
     */
    public static final long MAX_PIXELS = 100_000_000L;

    /**
     * Estimated heap bytes per sample while a frame is decoded and converted: the decoder's
     * raster, the raw int samples, the stored values and the float modality values, 4 bytes each.
     */
    static final long HEAP_BYTES_PER_SAMPLE = 16;

    private ImageSizeLimit() {
    }

    /**
     * Returns why a frame of this size cannot be decoded, or {@code null} when it can: more than
     * {@link #MAX_PIXELS} pixels, or more estimated heap than the JVM has left.
     */
    public static String checkFrameSize(long columns, long rows, int samplesPerPixel) {
        long pixels = columns * rows;
        if (pixels > MAX_PIXELS) {
            return "the image is " + columns + " x " + rows + " pixels, larger than the limit of "
                    + MAX_PIXELS + " pixels";
        }
        long neededBytes = pixels * samplesPerPixel * HEAP_BYTES_PER_SAMPLE;
        Runtime runtime = Runtime.getRuntime();
        long availableBytes = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (neededBytes > availableBytes) {
            return "the image is " + columns + " x " + rows + " pixels and needs about " + neededBytes / 1_000_000
                    + " MB to decode, but the Java heap has " + availableBytes / 1_000_000
                    + " MB left; run Java with a larger -Xmx";
        }
        return null;
    }
}
