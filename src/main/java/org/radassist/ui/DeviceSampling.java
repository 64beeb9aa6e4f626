package org.radassist.ui;

/**
 * Nearest-neighbour resampling of a display image into the device pixels of the viewport that it
 * covers, for any quarter-turn orientation, zoom and pan. Only the visible part is sampled, so a
 * 4000 × 4000 image at 8× allocates no more than the viewport's own pixels.
 *
 * <p>Each device pixel shows the image pixel under its centre. Because the image origin sits on a
 * whole device pixel ({@link ViewGeometry#deviceTransform}), one image pixel covers exactly one
 * device pixel at scale 1 and k × k device pixels at a whole scale k; no new grey levels appear at
 * any scale.
 */
final class DeviceSampling {

    /** Transparent, so the viewport's black background shows where no image pixel is. */
    static final int OUTSIDE = 0x00000000;

    private DeviceSampling() {
    }

    /**
     * One sampled block: {@code width × height} pixels that cover device pixels from
     * ({@code deviceX}, {@code deviceY}), each sample covering {@code step × step} device pixels.
     * The step is 1 unless the visible part is larger than the texture limit.
     */
    record Sampled(int deviceX, int deviceY, int width, int height, int step, int[] argb) {
    }

    /**
     * Samples the part of {@code source} that the transform places inside a viewport of
     * {@code deviceWidth × deviceHeight} device pixels, or returns null when none of it is visible.
     *
     * @param maxTextureSize largest width or height of the returned block; a larger visible part
     *     is sampled every {@code step} device pixels instead
     * @param invert whether to show the negative (each colour channel c becomes 255 - c)
     */
    static Sampled sample(DisplayPixels source, DeviceTransform transform, int deviceWidth, int deviceHeight,
            int maxTextureSize, boolean invert) {
        int left = Math.max(0, (int) Math.floor(transform.minDeviceX()));
        int top = Math.max(0, (int) Math.floor(transform.minDeviceY()));
        int right = Math.min(deviceWidth, (int) Math.ceil(transform.maxDeviceX()));
        int bottom = Math.min(deviceHeight, (int) Math.ceil(transform.maxDeviceY()));
        if (right <= left || bottom <= top) {
            return null;
        }
        int visibleWidth = right - left;
        int visibleHeight = bottom - top;
        int step = Math.max(1, (int) Math.ceil(Math.max(visibleWidth, visibleHeight) / (double) maxTextureSize));
        int width = (visibleWidth + step - 1) / step;
        int height = (visibleHeight + step - 1) / step;

        // A quarter-turn orientation makes each image coordinate depend on one device axis only,
        // so a column part and a row part of the source index are computed once each.
        Orientation o = transform.orientation();
        int[] columnPart = new int[width];
        for (int x = 0; x < width; x++) {
            double centre = left + x * step + step / 2.0;
            columnPart[x] = o.swapsAxes()
                    ? rowOffset(transform.imageY(centre, 0), source)
                    : column(transform.imageX(centre, 0), source);
        }
        int[] rowPart = new int[height];
        for (int y = 0; y < height; y++) {
            double centre = top + y * step + step / 2.0;
            rowPart[y] = o.swapsAxes()
                    ? column(transform.imageX(0, centre), source)
                    : rowOffset(transform.imageY(0, centre), source);
        }

        int[] pixels = source.argb();
        int mask = invert ? 0x00FFFFFF : 0;
        int[] target = new int[width * height];
        for (int y = 0; y < height; y++) {
            int row = rowPart[y];
            int offset = y * width;
            if (row < 0) {
                continue;
            }
            for (int x = 0; x < width; x++) {
                int column = columnPart[x];
                target[offset + x] = column < 0 ? OUTSIDE : pixels[row + column] ^ mask;
            }
        }
        return new Sampled(left, top, width, height, step, target);
    }

    /** Returns the source column under an image x, or -1 outside the image. */
    private static int column(double imageX, DisplayPixels source) {
        int column = (int) Math.floor(imageX);
        return column >= 0 && column < source.width() ? column : -1;
    }

    /** Returns the offset of the source row under an image y, or -1 outside the image. */
    private static int rowOffset(double imageY, DisplayPixels source) {
        int row = (int) Math.floor(imageY);
        return row >= 0 && row < source.height() ? row * source.width() : -1;
    }
}
