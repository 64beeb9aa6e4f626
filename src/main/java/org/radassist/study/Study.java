package org.radassist.study;

import java.util.List;
import java.util.Objects;

/**
 * One study and its series, ordered by Series Number.
 *
 * @param studyInstanceUid Study Instance UID (0020,000D), or an empty string for files without
 *     one (PNG files)
 * @param description Study Description (0008,1030), or an empty string
 * @param date Study Date (0008,0020) as stored (YYYYMMDD), or an empty string
 */
public record Study(String studyInstanceUid, String description, String date, List<Series> series) {

    public Study {
        studyInstanceUid = Objects.requireNonNullElse(studyInstanceUid, "");
        description = Objects.requireNonNullElse(description, "");
        date = Objects.requireNonNullElse(date, "");
        series = List.copyOf(series);
    }
}
