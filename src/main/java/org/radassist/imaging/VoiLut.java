package org.radassist.imaging;

import java.util.Objects;

/**
 * One VOI LUT Sequence (0028,3010) item: a lookup table from modality values to display values,
 * used in place of a window. Modality values below the first mapped value take the first entry
 * and values past the last take the last entry (PS3.3 C.11.2.1.1).
 *
 * @param firstMappedValue modality value that maps to {@code entries[0]}
 * @param bitsPerEntry third value of the LUT Descriptor; entries range over 0..2^bits - 1
 * @param entries the LUT Data values, unsigned
 * @param explanation LUT Explanation (0028,3003), empty when absent
 */
public record VoiLut(int firstMappedValue, int bitsPerEntry, int[] entries, String explanation) {

    public VoiLut {
        Objects.requireNonNull(entries, "entries");
        if (entries.length == 0) {
            throw new IllegalArgumentException("VOI LUT has no entries");
        }
        if (bitsPerEntry < 1 || bitsPerEntry > 16) {
            throw new IllegalArgumentException("VOI LUT bits per entry must be 1..16: " + bitsPerEntry);
        }
        explanation = Objects.requireNonNullElse(explanation, "");
    }

    /**
     * Maps one modality value to a display value in 0..255: the entry scaled from
     * 0..2^bits - 1 to 0..255 and rounded half up. A fractional modality value uses the entry of
     * its integer part.
     */
    public int apply(double modalityValue) {
        long index = (long) Math.floor(modalityValue) - firstMappedValue;
        int entry;
        if (index <= 0) {
            entry = entries[0];
        } else if (index >= entries.length) {
            entry = entries[entries.length - 1];
        } else {
            entry = entries[(int) index];
        }
        int maxEntry = (1 << bitsPerEntry) - 1;
        return (int) Math.round(Math.min(entry, maxEntry) * 255.0 / maxEntry);
    }

    @Override
    public String toString() {
        return "VoiLut[firstMappedValue=" + firstMappedValue + ", bitsPerEntry=" + bitsPerEntry
                + ", entries=" + entries.length + ", explanation=" + explanation + "]";
    }
}
