package org.radassist.imaging;

import java.util.Objects;

/**
 * Modality LUT stage of PS3.3 C.11.1: maps stored values to modality values (HU for CT), either
 * by Rescale Slope and Intercept or by a Modality LUT Sequence (0028,3000) item.
 */
public sealed interface ModalityTransform permits ModalityTransform.Rescale, ModalityTransform.LookupTable {

    /** The identity transform: PNG images and DICOM images without rescale attributes. */
    Rescale IDENTITY = new Rescale(1, 0);

    /** Maps one stored value to its modality value. */
    double apply(int storedValue);

    /**
     * Rescale Slope (0028,1053) and Rescale Intercept (0028,1052): value = stored × slope +
     * intercept, computed in double precision.
     */
    record Rescale(double slope, double intercept) implements ModalityTransform {

        @Override
        public double apply(int storedValue) {
            return storedValue * slope + intercept;
        }

        public boolean isIdentity() {
            return slope == 1 && intercept == 0;
        }
    }

    /**
     * One Modality LUT Sequence item: LUT Descriptor (0028,3002) gives the number of entries and
     * the first stored value mapped; LUT Data (0028,3006) gives the entries. Stored values below
     * the first mapped value take the first entry and values past the last take the last entry.
     *
     * @param firstStoredValue stored value that maps to {@code entries[0]}
     * @param bitsPerEntry third value of the LUT Descriptor, 8 or 16
     * @param entries the LUT Data values, unsigned
     * @param explanation LUT Explanation (0028,3003), empty when absent
     */
    record LookupTable(int firstStoredValue, int bitsPerEntry, int[] entries, String explanation)
            implements ModalityTransform {

        public LookupTable {
            Objects.requireNonNull(entries, "entries");
            if (entries.length == 0) {
                throw new IllegalArgumentException("Modality LUT has no entries");
            }
            explanation = Objects.requireNonNullElse(explanation, "");
        }

        @Override
        public double apply(int storedValue) {
            int index = storedValue - firstStoredValue;
            if (index <= 0) {
                return entries[0];
            }
            if (index >= entries.length) {
                return entries[entries.length - 1];
            }
            return entries[index];
        }

        @Override
        public String toString() {
            return "LookupTable[firstStoredValue=" + firstStoredValue + ", bitsPerEntry=" + bitsPerEntry
                    + ", entries=" + entries.length + ", explanation=" + explanation + "]";
        }
    }
}
