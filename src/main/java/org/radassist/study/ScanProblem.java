package org.radassist.study;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that the scan skipped, with the reason.
 *
 * @param file the file, as found in the folder or as the DICOMDIR references it
 * @param reason the machine-readable reason
 * @param message one line naming the file and the reason
 */
public record ScanProblem(Path file, Reason reason, String message) {

    /** Machine-readable cause of a {@link ScanProblem}. */
    public enum Reason {
        /** The file does not exist, for example a DICOMDIR reference to a file that is not on the media. */
        FILE_NOT_FOUND,
        /** The file or folder exists but could not be read (permissions, I/O error). */
        READ_FAILED,
        /** The content is neither DICOM nor PNG. */
        NOT_DICOM,
        /** The DICOM file is malformed or truncated before its pixel data. */
        INVALID_DICOM,
        /** The DICOMDIR is malformed: a record offset or Referenced File ID is invalid. */
        INVALID_DICOMDIR
    }

    public ScanProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
