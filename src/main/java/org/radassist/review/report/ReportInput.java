package org.radassist.review.report;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.radassist.review.ReviewSession;

/**
 * The content and options of one report export.
 *
 * @param session the review session
 * @param image the image rendered at the session's window, in image pixel space; {@code null}
 *     leaves the image out (the JSON report never contains it)
 * @param patient the patient identifiers, or {@code null} when unknown
 * @param hideIdentifiers when true, no patient identifier and no source file name or path appears
 *     anywhere in the report, metadata included, because file names often contain the patient's
 *     name
 * @param messages the bundle for the report's language
 * @param generatedAt ISO-8601 UTC time of the export
 */
public record ReportInput(
        ReviewSession session,
        BufferedImage image,
        PatientIdentifiers patient,
        boolean hideIdentifiers,
        ReportMessages messages,
        String generatedAt) {

    public ReportInput {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** Returns the identifiers to show: {@code null} when hidden or unknown. */
    public PatientIdentifiers shownPatient() {
        return hideIdentifiers || patient == null || patient.isEmpty() ? null : patient;
    }

    /** Returns the session to write: without source file name and path when identifiers are hidden. */
    public ReviewSession shownSession() {
        return hideIdentifiers ? session.withSource("", "") : session;
    }
}
