package org.radassist.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses which slices of an ordered series go into a multi-slice request: evenly spaced across the
 * series, as Google's MedGemma CT notebook does, or the slices the user names.
 */
public final class SliceSampling {

    private SliceSampling() {
    }

    /**
     * Returns {@code sampleCount} distinct 0-based indices spread evenly over {@code sliceCount}
     * slices: {@code round(i * (sliceCount - 1) / (sampleCount - 1))} for i = 0 .. sampleCount - 1,
     * rounding half to even like numpy. One sample returns the middle slice, and a sample count
     * larger than the series returns every slice.
     *
     * @throws IllegalArgumentException when either count is less than 1
     */
    public static List<Integer> uniform(int sliceCount, int sampleCount) {
        if (sliceCount < 1) {
            throw new IllegalArgumentException("The series has no slices to sample.");
        }
        if (sampleCount < 1) {
            throw new IllegalArgumentException("Invalid slice count " + sampleCount + ": sample at least 1 slice.");
        }
        List<Integer> indices = new ArrayList<>();
        if (sampleCount == 1) {
            indices.add((int) Math.rint((sliceCount - 1) / 2.0));
            return indices;
        }
        int samples = Math.min(sampleCount, sliceCount);
        for (int i = 0; i < samples; i++) {
            // With samples <= sliceCount the step is at least 1, so the rounded indices are distinct.
            indices.add((int) Math.rint(i * (sliceCount - 1) / (double) (samples - 1)));
        }
        return indices;
    }

    /**
     * Converts 1-based slice numbers, as the user names them, to 0-based indices in the given order.
     *
     * @throws IllegalArgumentException when a number is outside 1 .. sliceCount or appears twice
     */
    public static List<Integer> named(int sliceCount, List<Integer> sliceNumbers) {
        if (sliceNumbers.isEmpty()) {
            throw new IllegalArgumentException("No slice numbers given: name at least one, such as 1,5,9.");
        }
        Set<Integer> seen = new HashSet<>();
        List<Integer> indices = new ArrayList<>();
        for (int number : sliceNumbers) {
            if (number < 1 || number > sliceCount) {
                throw new IllegalArgumentException("Invalid slice number " + number + ": the series has slices 1 to "
                        + sliceCount + ".");
            }
            if (!seen.add(number)) {
                throw new IllegalArgumentException("Slice number " + number + " is named twice.");
            }
            indices.add(number - 1);
        }
        return indices;
    }
}
