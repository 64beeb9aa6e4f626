package org.radassist.dicom;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Failure to read a DICOM file. The message names the file, the byte offset where the problem
 * was found (when known) and the reason; {@link #reason()} gives the reason as an enum so a user
 * interface can show a localised headline.
 */
public class DicomException extends IOException {

    /** Machine-readable cause of a {@link DicomException}. */
    public enum Reason {
        /** The file could not be read from disk. */
        IO_ERROR,
        /** The bytes are neither a DICOM Part 10 file nor a raw data set. */
        NOT_DICOM,
        /** The file ends inside an element header or value. */
        TRUNCATED,
        /** A header contains a value the parser cannot accept (VR, length, item tag). */
        MALFORMED,
        /** Sequences nest deeper than the parser allows. */
        NESTING_TOO_DEEP,
        /** The data set has no pixel data, or its image attributes are missing or invalid. */
        INVALID_IMAGE,
        /** The transfer syntax has no decoder in RadAssist. */
        UNSUPPORTED_TRANSFER_SYNTAX,
        /** The pixel format (bits, samples, photometric interpretation) has no decoder. */
        UNSUPPORTED_PIXEL_FORMAT,
        /** A codec failed to decode a compressed frame. */
        DECODING_FAILED
    }

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;
    private final Reason reason;

    /**
     * Creates an exception for a problem at a byte offset of a file.
     *
     * @param offset byte offset in the file, or -1 when unknown; in a deflated data set the
     *     offset counts bytes of the inflated stream
     */
    public DicomException(Path file, long offset, Reason reason, String detail) {
        this(file, offset, reason, detail, null);
    }

    public DicomException(Path file, long offset, Reason reason, String detail, Throwable cause) {
        super(formatMessage(file, offset, detail), cause);
        this.file = file;
        this.offset = offset;
        this.reason = reason;
    }

    private static String formatMessage(Path file, long offset, String detail) {
        String name = file == null || file.getFileName() == null
                ? String.valueOf(file) : file.getFileName().toString();
        if (offset < 0) {
            return name + ": " + detail;
        }
        return name + ": at byte offset " + offset + ": " + detail;
    }

    /** Returns the file that failed to read. */
    public Path file() {
        return file;
    }

    /** Returns the byte offset of the problem, or -1 when unknown. */
    public long offset() {
        return offset;
    }

    /** Returns the machine-readable reason. */
    public Reason reason() {
        return reason;
    }
}
