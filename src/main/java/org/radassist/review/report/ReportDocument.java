package org.radassist.review.report;

import org.radassist.review.ReviewSession;

/**
 * The JSON report: the review session with a schema version, the export time and, unless hidden,
 * the patient identifiers.
 *
 * @param schemaVersion {@link #CURRENT_VERSION}
 * @param generator "RadAssist"
 * @param generatedAt ISO-8601 UTC time of the export
 * @param caution the model card's caution, in the report's language
 * @param promptTemplate the prompt template's name in the report's language, or {@code null}
 *     without an analysis; the session's request keeps the template's id
 * @param patient the patient identifiers, or {@code null} when hidden or unknown
 * @param session the review session, without source file name and path when identifiers are hidden
 */
public record ReportDocument(
        int schemaVersion,
        String generator,
        String generatedAt,
        String caution,
        String promptTemplate,
        PatientIdentifiers patient,
        ReviewSession session) {

    /** Version of the JSON report schema; a change of its form raises it. */
    public static final int CURRENT_VERSION = 1;
}
