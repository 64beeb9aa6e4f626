package org.radassist.review;

import java.util.Objects;

/**
 * The reviewer's own settings, kept in their own file beside the application settings.
 *
 * @param reviewerName the name written into reviews and reports, "" when not set
 * @param exportFolder the folder of the last report export, "" before the first export
 */
public record ReviewerPreferences(String reviewerName, String exportFolder) {

    public ReviewerPreferences {
        reviewerName = Objects.requireNonNullElse(reviewerName, "");
        exportFolder = Objects.requireNonNullElse(exportFolder, "");
    }

    /** Creates preferences with a reviewer's name and no export folder yet. */
    public ReviewerPreferences(String reviewerName) {
        this(reviewerName, "");
    }

    public static ReviewerPreferences defaults() {
        return new ReviewerPreferences("", "");
    }

    public ReviewerPreferences withReviewerName(String name) {
        return new ReviewerPreferences(name, exportFolder);
    }

    public ReviewerPreferences withExportFolder(String folder) {
        return new ReviewerPreferences(reviewerName, folder);
    }
}
