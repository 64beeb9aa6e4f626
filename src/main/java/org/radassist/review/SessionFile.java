package org.radassist.review;

/**
 * The content of one session file: the schema version, when it was saved and the session.
 *
 * @param schemaVersion {@link #CURRENT_VERSION} for files this version writes
 * @param savedAt ISO-8601 UTC time of the save
 * @param session the review session
 */
public record SessionFile(int schemaVersion, String savedAt, ReviewSession session) {

    /** Version of the session file schema; a change of the JSON form raises it. */
    public static final int CURRENT_VERSION = 1;
}
