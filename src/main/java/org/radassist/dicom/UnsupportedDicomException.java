package org.radassist.dicom;

import java.nio.file.Path;

/**
 * Valid DICOM that RadAssist cannot decode: a transfer syntax without a Java decoder, or a
 * pixel format the decoders do not handle.
 */
public class UnsupportedDicomException extends DicomException {

    private static final long serialVersionUID = 1L;

    private final transient TransferSyntax transferSyntax;

    public UnsupportedDicomException(Path file, Reason reason, TransferSyntax transferSyntax,
            String detail) {
        super(file, -1, reason, detail);
        this.transferSyntax = transferSyntax;
    }

    /**
     * Creates the exception for a transfer syntax without a decoder; the message names the
     * transfer syntax by name and UID and suggests a conversion tool.
     */
    static UnsupportedDicomException forTransferSyntax(Path file, TransferSyntax syntax,
            String why) {
        return new UnsupportedDicomException(file, Reason.UNSUPPORTED_TRANSFER_SYNTAX, syntax,
                "transfer syntax " + syntax.name() + " (" + syntax.uid() + ") is not supported: "
                        + why + ". Convert the file with " + syntax.conversionHint() + ".");
    }

    /**
     * Creates the exception for a pixel format without a decoder; the message names the format
     * and the transfer syntax by name and UID.
     */
    static UnsupportedDicomException forPixelFormat(Path file, TransferSyntax syntax, String format) {
        return new UnsupportedDicomException(file, Reason.UNSUPPORTED_PIXEL_FORMAT, syntax,
                format + " is not supported (transfer syntax " + syntax.name() + ", " + syntax.uid() + ")");
    }

    /** Returns the transfer syntax of the file. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }
}
