package org.radassist.study;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a scan: the studies found and the files that were skipped.
 *
 * @param studies studies ordered by Study Date, then description, then UID
 * @param problems one entry per file that could not be read, in path order
 * @param fileCount the number of files examined, including those with problems
 */
public record StudySet(List<Study> studies, List<ScanProblem> problems, int fileCount) {

    public StudySet {
        studies = List.copyOf(studies);
        problems = List.copyOf(problems);
    }

    /** Returns every series of every study, in study order. */
    public List<Series> series() {
        List<Series> all = new ArrayList<>();
        for (Study study : studies) {
            all.addAll(study.series());
        }
        return all;
    }

    /** Returns the study that contains the series, or {@code null} when it is not part of this set. */
    public Study studyOf(Series series) {
        for (Study study : studies) {
            if (study.series().contains(series)) {
                return study;
            }
        }
        return null;
    }
}
