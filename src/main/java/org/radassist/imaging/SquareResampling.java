package org.radassist.imaging;

/**
 * Pads packed RGB pixels to a square and scales squares down by area averaging, working on
 * {@code int[]} arrays so that large radiographs stay fast.
 */
final class SquareResampling {

    private SquareResampling() {
    }

    /**
     * Pads to a square of side max(width, height) with black (0) pixels, centring the image.
     * There are (side - width) / 2 columns on the left and the rest on the right, likewise top and
     * bottom, as the MedGemma chest X-ray notebooks call numpy.pad.
     */
    static int[] padToSquare(int[] rgb, int width, int height) {
        int side = Math.max(width, height);
        if (width == height) {
            return rgb;
        }
        int left = (side - width) / 2;
        int top = (side - height) / 2;
        int[] square = new int[side * side];
        for (int y = 0; y < height; y++) {
            System.arraycopy(rgb, y * width, square, (top + y) * side + left, width);
        }
        return square;
    }

    /**
     * Scales a square image of side {@code side} to side {@code targetSide} (smaller) by area
     * averaging: each output pixel is the mean of the source area it covers, with source pixels
     * on the border weighted by their covered fraction. Results are rounded half up.
     */
    static int[] downscaleSquare(int[] rgb, int side, int targetSide) {
        if (targetSide >= side) {
            throw new IllegalArgumentException("Target side " + targetSide + " must be below " + side);
        }
        Coverage coverage = Coverage.of(side, targetSide);

        // Horizontal pass: side rows × targetSide columns, one float per channel.
        float[] horizontal = new float[side * targetSide * 3];
        for (int y = 0; y < side; y++) {
            int rowStart = y * side;
            for (int x = 0; x < targetSide; x++) {
                float red = 0;
                float green = 0;
                float blue = 0;
                int first = coverage.first[x];
                for (int k = 0; k < coverage.count[x]; k++) {
                    int pixel = rgb[rowStart + first + k];
                    float weight = coverage.weights[x][k];
                    red += weight * (pixel >>> 16 & 0xFF);
                    green += weight * (pixel >>> 8 & 0xFF);
                    blue += weight * (pixel & 0xFF);
                }
                int target = (y * targetSide + x) * 3;
                horizontal[target] = red;
                horizontal[target + 1] = green;
                horizontal[target + 2] = blue;
            }
        }

        // Vertical pass over the columns of the horizontal result.
        int[] scaled = new int[targetSide * targetSide];
        for (int y = 0; y < targetSide; y++) {
            int first = coverage.first[y];
            for (int x = 0; x < targetSide; x++) {
                float red = 0;
                float green = 0;
                float blue = 0;
                for (int k = 0; k < coverage.count[y]; k++) {
                    int source = ((first + k) * targetSide + x) * 3;
                    float weight = coverage.weights[y][k];
                    red += weight * horizontal[source];
                    green += weight * horizontal[source + 1];
                    blue += weight * horizontal[source + 2];
                }
                scaled[y * targetSide + x] = toByte(red) << 16 | toByte(green) << 8 | toByte(blue);
            }
        }
        return scaled;
    }

    private static int toByte(float value) {
        return Math.max(0, Math.min(255, (int) (value + 0.5f)));
    }

    /**
     * Source pixels and weights for each output index. Output pixel o covers the source interval
     * [o × scale, (o + 1) × scale). Each weight is the covered part of one source pixel divided
     * by scale, so the weights of one output pixel sum to 1.
     */
    private static final class Coverage {
        final int[] first;
        final int[] count;
        final float[][] weights;

        private Coverage(int[] first, int[] count, float[][] weights) {
            this.first = first;
            this.count = count;
            this.weights = weights;
        }

        static Coverage of(int sourceSize, int targetSize) {
            double scale = (double) sourceSize / targetSize;
            int[] first = new int[targetSize];
            int[] count = new int[targetSize];
            float[][] weights = new float[targetSize][];
            for (int o = 0; o < targetSize; o++) {
                double start = o * scale;
                double end = Math.min(sourceSize, (o + 1) * scale);
                int firstPixel = (int) Math.floor(start);
                int lastPixel = Math.min(sourceSize - 1, (int) Math.ceil(end) - 1);
                first[o] = firstPixel;
                count[o] = lastPixel - firstPixel + 1;
                weights[o] = new float[count[o]];
                for (int s = firstPixel; s <= lastPixel; s++) {
                    double covered = Math.min(end, s + 1) - Math.max(start, s);
                    weights[o][s - firstPixel] = (float) (covered / scale);
                }
            }
            return new Coverage(first, count, weights);
        }
    }
}
