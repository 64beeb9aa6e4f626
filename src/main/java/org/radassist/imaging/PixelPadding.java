package org.radassist.imaging;

/**
 * Pixel Padding Value (0028,0120) and Pixel Padding Range Limit (0028,0121): the range of stored
 * values that mark pixels outside the scanned object. Both limits are inclusive and in stored
 * values, before the modality transform; without a range limit the range is the single value.
 *
 * @param low smallest padding stored value
 * @param high largest padding stored value
 */
public record PixelPadding(int low, int high) {

    public PixelPadding {
        if (high < low) {
            throw new IllegalArgumentException("Pixel padding range " + low + ".." + high + " is empty");
        }
    }

    /** Returns the range between the two attribute values, in whichever order the file gives them. */
    static PixelPadding of(int paddingValue, int rangeLimit) {
        return new PixelPadding(Math.min(paddingValue, rangeLimit), Math.max(paddingValue, rangeLimit));
    }

    /** Returns whether {@code storedValue} is a padding value. */
    public boolean contains(int storedValue) {
        return storedValue >= low && storedValue <= high;
    }
}
