package org.radassist.imaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Failure to load an image or to prepare the model input from it. The message is one line that
 * names the file and the reason; {@link #reason()} lets the UI choose a localised headline.
 */
public class ImageLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Machine-readable cause of an {@link ImageLoadException}. */
    public enum Reason {
        /** The file does not exist. */
        FILE_NOT_FOUND,
        /** The file exists but could not be read (permissions, I/O error). */
        READ_FAILED,
        /** The content is neither PNG nor DICOM. */
        UNKNOWN_FORMAT,
        /** The DICOM file is malformed or truncated. */
        INVALID_DICOM,
        /** The DICOM file uses a transfer syntax or pixel format RadAssist cannot decode. */
        UNSUPPORTED_DICOM,
        /** The DICOM file has no Pixel Data, for example a Structured Report or RT Structure Set. */
        NOT_IMAGE,
        /** The PNG file is malformed. */
        INVALID_PNG,
        /** The PNG file uses a pixel layout RadAssist does not handle. */
        UNSUPPORTED_PNG,
        /** The requested frame index is outside the file's frames. */
        FRAME_OUT_OF_RANGE,
        /** Encoding the model input as JPEG or PNG failed. */
        ENCODE_FAILED
    }

    private final transient Path file;
    private final Reason reason;

    public ImageLoadException(Path file, Reason reason, String message) {
        this(file, reason, message, null);
    }

    public ImageLoadException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Returns the file that failed, or {@code null} when the image came from no file. */
    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Returns "NAME: reason", the one-line message form of this exception. It names the file
     * without its folders, like the dicom package's messages, because folder names can contain
     * patient names.
     */
    static String describe(Path file, String reason) {
        String name = file == null || file.getFileName() == null ? "image" : file.getFileName().toString();
        return name + ": " + reason;
    }
}
