package org.radassist.inference;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A PNG or JPEG file ready to be sent as the request's image, with the pixel size of the picture
 * it encodes.
 */
public final class EncodedImage {

    public static final String MIME_PNG = "image/png";
    public static final String MIME_JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A
    };
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final byte[] bytes;
    private final int width;
    private final int height;
    private final String mimeType;

    private EncodedImage(byte[] bytes, int width, int height, String mimeType) {
        this.bytes = bytes;
        this.width = width;
        this.height = height;
        this.mimeType = mimeType;
    }

    /**
     * Wraps PNG or JPEG file bytes after checking their signature.
     *
     * @throws InvalidImagePayloadException when the bytes start with neither the PNG signature
     *     (89 50 4E 47 0D 0A 1A 0A) nor the JPEG start-of-image marker (FF D8 FF)
     * @throws IllegalArgumentException when width or height is not positive
     */
    public static EncodedImage of(byte[] bytes, int width, int height) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidImagePayloadException(
                    "Image payload is empty: encode the image as PNG or JPEG before sending.", "");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "Invalid image size " + width + "x" + height + ": width and height must be positive.");
        }
        String mimeType;
        if (startsWith(bytes, PNG_SIGNATURE)) {
            mimeType = MIME_PNG;
        } else if (startsWith(bytes, JPEG_SIGNATURE)) {
            mimeType = MIME_JPEG;
        } else {
            String leading = HexFormat.ofDelimiter(" ")
                    .formatHex(bytes, 0, Math.min(8, bytes.length));
            throw new InvalidImagePayloadException(
                    "Image payload is not PNG or JPEG (first bytes " + leading
                            + "): encode the image as PNG or JPEG before sending.",
                    leading);
        }
        return new EncodedImage(bytes.clone(), width, height, mimeType);
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length
                && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    /** Returns {@code image/png} or {@code image/jpeg}, as detected from the signature. */
    public String mimeType() {
        return mimeType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Returns a copy of the encoded file bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int byteCount() {
        return bytes.length;
    }

    /**
     * Builds the data URI {@code data:<mime>;base64,<data>} with the standard base64 alphabet as
     * one unbroken string: vLLM decodes strictly and rejects the line breaks of the MIME encoder.
     */
    public String dataUri() {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EncodedImage[" + mimeType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
