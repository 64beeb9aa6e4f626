package org.radassist.ui;

import java.util.Objects;

/**
 * A failure the user should see: a {@link Reason} the UI turns into a localised headline, and a
 * one-line message naming the file, value or endpoint host and the cause, shown as the detail.
 */
public class WorkbenchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Machine-readable cause; each constant has the bundle key {@code error.<NAME>}. */
    public enum Reason {
        UNREADABLE_FILE,
        UNSUPPORTED_FILE,
        NOT_AN_IMAGE,
        ENDPOINT_FAILED,
        INVALID_SETTINGS,
        /** The profile names a text-only model (such as medgemma-27b-text-it) and an image was attached. */
        TEXT_ONLY_MODEL,
        /** A multi-slice request has more images than the profile's max images; nothing was sent. */
        TOO_MANY_IMAGES,
        CANCELLED
    }

    private final Reason reason;
    private final String errorClass;

    public WorkbenchException(Reason reason, String message) {
        this(reason, "", message, null);
    }

    public WorkbenchException(Reason reason, String message, Throwable cause) {
        this(reason, "", message, cause);
    }

    /**
     * A failed endpoint request whose cause has a finer name than the reason, so the UI can show
     * the headline {@code error.endpoint.<errorClass>} when its bundle has one.
     *
     * @param errorClass the endpoint error class's name, such as {@code QUOTA}, or "" for none
     */
    public WorkbenchException(Reason reason, String errorClass, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.errorClass = errorClass == null ? "" : errorClass;
    }

    /** Returns the endpoint error class's name, such as {@code QUOTA}, or "" when the failure has none. */
    public String errorClass() {
        return errorClass;
    }

    public Reason reason() {
        return reason;
    }
}
