package org.radassist.study;

import java.util.Comparator;
import java.util.Optional;

/** Picks the series of a scanned folder or DICOMDIR that a multi-slice analysis reads. */
public final class SeriesSelection {

    private SeriesSelection() {
    }

    /** Returns the CT series with the most slices; of equal series, the one listed first (Stream.max keeps the first). */
    public static Optional<Series> largestCt(StudySet studies) {
        return studies.series().stream()
                .filter(series -> "CT".equals(series.modality()) && series.imageCount() > 0)
                .max(Comparator.comparingInt(Series::imageCount));
    }

    /** Returns the series whose Series Instance UID is {@code uid}. */
    public static Optional<Series> byUid(StudySet studies, String uid) {
        return studies.series().stream()
                .filter(series -> series.seriesInstanceUid().equals(uid))
                .findFirst();
    }
}
