package org.radassist.ui;

import java.util.List;
import java.util.Objects;

/**
 * Several slices of one series to send in one multi-slice request (MedGemma 1.5 form): the slices
 * the user marked, or a number of slices the service samples evenly along the series.
 *
 * @param series the series the slices belong to
 * @param sliceIndices the marked slices, 0-based in series order; empty when {@code evenlySampled} is set
 * @param evenlySampled the number of slices to sample evenly across the series, or 0 to send {@code sliceIndices}
 */
public record SliceRequest(SeriesRef series, List<Integer> sliceIndices, int evenlySampled) {

    public SliceRequest {
        Objects.requireNonNull(series, "series");
        sliceIndices = List.copyOf(sliceIndices);
        if (evenlySampled < 0 || (evenlySampled == 0) == sliceIndices.isEmpty()) {
            throw new IllegalArgumentException("Give either marked slices or a positive number of slices to sample,"
                    + " got " + sliceIndices.size() + " marked and " + evenlySampled + " to sample.");
        }
    }

    /** Returns the number of images the request sends. */
    public int imageCount() {
        return evenlySampled > 0 ? Math.min(evenlySampled, series.imageCount()) : sliceIndices.size();
    }
}
