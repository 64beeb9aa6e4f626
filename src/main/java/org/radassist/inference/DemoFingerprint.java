package org.radassist.inference;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.HexFormat;

/**
 * 64-bit difference hash (dHash) of an image, used by the {@link DemoEndpoint} to recognise the
 * bundled sample images after JPEG or PNG encoding.
 *
 * <p>The image is converted to grey with Rec. 601 luma weights in integers (299/587/114), so a
 * grey image replicated to RGB keeps its values. The grey image is reduced to 9×8 cells by
 * averaging the pixels of each cell. Each of the 8 rows then gives 8 bits, 1 where a cell is
 * brighter than its right neighbour, and row 0, column 0 is the most significant bit.
 */
public final class DemoFingerprint {

    /** Largest Hamming distance at which two fingerprints count as the same picture. */
    public static final int MATCH_DISTANCE = 10;

    /**
     * Largest mean absolute difference, in 8-bit grey levels, between the 16×16 thumbnails of two
     * pictures that count as the same. Chest radiographs of different patients share most of
     * their 64-bit hash, so a match needs the thumbnails to agree as well; JPEG quality 95 of the
     * bundled samples changes their thumbnails by less than one level.
     */
    public static final double MAX_THUMBNAIL_DIFFERENCE = 3.0;

    /** Side of the thumbnail in cells. */
    public static final int THUMBNAIL_SIDE = 16;

    private static final int COLUMNS = 9;
    private static final int ROWS = 8;

    private DemoFingerprint() {
    }

    /** Computes the fingerprint of {@code image}. */
    public static long of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] grey = greyValues(image);
        double[][] cells = new double[ROWS][COLUMNS];
        for (int row = 0; row < ROWS; row++) {
            int y0 = row * height / ROWS;
            int y1 = Math.max(y0 + 1, (row + 1) * height / ROWS);
            for (int column = 0; column < COLUMNS; column++) {
                int x0 = column * width / COLUMNS;
                int x1 = Math.max(x0 + 1, (column + 1) * width / COLUMNS);
                cells[row][column] = meanGrey(grey, width, x0, Math.min(x1, width), y0, Math.min(y1, height));
            }
        }
        long hash = 0;
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS - 1; column++) {
                hash <<= 1;
                if (cells[row][column] > cells[row][column + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    /** Returns the 16×16 thumbnail of {@code image}: mean grey values of its cells, row by row, rounded. */
    public static int[] thumbnail(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] grey = greyValues(image);
        int[] cells = new int[THUMBNAIL_SIDE * THUMBNAIL_SIDE];
        for (int row = 0; row < THUMBNAIL_SIDE; row++) {
            int y0 = row * height / THUMBNAIL_SIDE;
            int y1 = Math.min(height, Math.max(y0 + 1, (row + 1) * height / THUMBNAIL_SIDE));
            for (int column = 0; column < THUMBNAIL_SIDE; column++) {
                int x0 = column * width / THUMBNAIL_SIDE;
                int x1 = Math.min(width, Math.max(x0 + 1, (column + 1) * width / THUMBNAIL_SIDE));
                cells[row * THUMBNAIL_SIDE + column] = (int) Math.round(meanGrey(grey, width, x0, x1, y0, y1));
            }
        }
        return cells;
    }

    /** Returns the mean absolute difference of two thumbnails in grey levels. */
    public static double thumbnailDifference(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Thumbnails differ in size: " + a.length + " and " + b.length);
        }
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return (double) sum / a.length;
    }

    /** Returns the thumbnail as two lowercase hex digits per cell. */
    public static String thumbnailToHex(int[] thumbnail) {
        StringBuilder hex = new StringBuilder(thumbnail.length * 2);
        for (int value : thumbnail) {
            hex.append(HexFormat.of().toHexDigits((byte) value));
        }
        return hex.toString();
    }

    /**
     * Parses a thumbnail written by {@link #thumbnailToHex}.
     *
     * @throws IllegalArgumentException when {@code hex} is not 512 hex digits
     */
    public static int[] parseThumbnail(String hex) {
        int cells = THUMBNAIL_SIDE * THUMBNAIL_SIDE;
        if (hex == null || hex.length() != cells * 2) {
            throw new IllegalArgumentException("Invalid thumbnail: expected " + cells * 2 + " hex digits.");
        }
        int[] thumbnail = new int[cells];
        for (int i = 0; i < cells; i++) {
            thumbnail[i] = HexFormat.fromHexDigits(hex, i * 2, i * 2 + 2);
        }
        return thumbnail;
    }

    /**
     * Returns 8-bit grey values. Single-band images use their stored samples because
     * {@code getRGB} would pass them through Java's linear grey colour space and brighten them.
     */
    private static int[] greyValues(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] grey = new int[width * height];
        Raster raster = image.getRaster();
        if (raster.getNumBands() == 1) {
            int bits = image.getColorModel().getComponentSize(0);
            int max = (1 << bits) - 1;
            int[] samples = raster.getSamples(0, 0, width, height, 0, (int[]) null);
            for (int i = 0; i < samples.length; i++) {
                grey[i] = bits == 8 ? samples[i] : (int) ((samples[i] * 255L + max / 2) / max);
            }
            return grey;
        }
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            int red = (argb[i] >> 16) & 0xFF;
            int green = (argb[i] >> 8) & 0xFF;
            int blue = argb[i] & 0xFF;
            grey[i] = (299 * red + 587 * green + 114 * blue + 500) / 1000;
        }
        return grey;
    }

    private static double meanGrey(int[] grey, int width, int x0, int x1, int y0, int y1) {
        long sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += grey[y * width + x];
            }
        }
        return (double) sum / ((long) (x1 - x0) * (y1 - y0));
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Returns the fingerprint as 16 lowercase hex digits. */
    public static String toHex(long fingerprint) {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    /**
     * Parses 16 hex digits.
     *
     * @throws IllegalArgumentException when {@code hex} is not 16 hex digits
     */
    public static long parseHex(String hex) {
        if (hex == null || hex.length() != 16) {
            throw new IllegalArgumentException("Invalid fingerprint '" + hex + "': expected 16 hex digits.");
        }
        return HexFormat.fromHexDigitsToLong(hex);
    }
}
