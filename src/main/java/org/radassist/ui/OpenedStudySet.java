package org.radassist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The series found by {@link WorkbenchService#openStudySet}.
 *
 * @param path the folder, DICOMDIR or file that was opened
 * @param series the series in display order; at least one has images
 * @param problems one line per skipped file, naming the file and the reason
 * @param fileCount the number of files examined, including the skipped ones
 */
public record OpenedStudySet(Path path, List<SeriesRef> series, List<String> problems, int fileCount) {

    public OpenedStudySet {
        Objects.requireNonNull(path, "path");
        series = List.copyOf(series);
        problems = List.copyOf(problems);
    }

    /** Returns the first series with images, or {@code null} when none has any. */
    public SeriesRef firstImageSeries() {
        for (SeriesRef ref : series) {
            if (ref.imageCount() > 0) {
                return ref;
            }
        }
        return null;
    }
}
