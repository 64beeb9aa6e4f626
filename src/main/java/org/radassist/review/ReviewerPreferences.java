package org.radassist.review;

import java.util.Objects;

/**
 * The reviewer's own settings, kept in their own file beside the application settings.
 *
 * @param reviewerName the name written into reviews and reports, "" when not set
 */
public record ReviewerPreferences(String reviewerName) {

    public ReviewerPreferences {
        reviewerName = Objects.requireNonNullElse(reviewerName, "");
    }

    public static ReviewerPreferences defaults() {
        return new ReviewerPreferences("");
    }
}
