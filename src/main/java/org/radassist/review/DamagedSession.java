package org.radassist.review;

import java.nio.file.Path;

/**
 * A session file that could not be read, with where it was moved so that it is kept.
 *
 * @param file the session file as found
 * @param movedTo where the file now is, or {@code null} when moving it failed (the store then
 *     refuses to save over it)
 * @param reason why it could not be read
 * @param message one line naming the file and the cause
 */
public record DamagedSession(Path file, Path movedTo, Reason reason, String message) {

    /** The cause of an unreadable session file. */
    public enum Reason {
        /** The content is not JSON or does not have the session's fields. */
        INVALID_JSON,
        /** The schema version is missing or not one this version reads. */
        UNSUPPORTED_SCHEMA_VERSION,
        /** The file contains the session of another image than its name gives. */
        KEY_MISMATCH
    }
}
