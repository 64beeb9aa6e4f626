package org.radassist.review;

import java.io.IOException;
import java.nio.file.Path;

/** A session file that could not be read or written, with a reason the UI can localise. */
public final class SessionStoreException extends IOException {

    /** What failed. */
    public enum Reason {
        READ_FAILED,
        WRITE_FAILED,
        /** A damaged session file could not be moved aside, so saving would overwrite it. */
        DAMAGED_FILE_IN_PLACE,
        NOT_FOUND
    }

    private final Path file;
    private final Reason reason;

    public SessionStoreException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
