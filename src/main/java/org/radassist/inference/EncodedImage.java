package org.radassist.inference;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A PNG or JPEG file ready to be sent as the request's image, with the pixel size of the picture
 * it encodes; or a public https URL that the endpoint fetches itself ({@link #remote(String)}),
 * whose bytes and size RadAssist does not know.
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
    private final URI remoteUrl;

    private EncodedImage(byte[] bytes, int width, int height, String mimeType, URI remoteUrl) {
        this.bytes = bytes;
        this.width = width;
        this.height = height;
        this.mimeType = mimeType;
        this.remoteUrl = remoteUrl;
    }

    /**
     * Wraps a public image URL that the endpoint downloads itself. Only https URLs with a host and
     * without user info are accepted, because the URL travels to the endpoint and into its logs.
     * The image has no bytes here: {@link #byteCount()}, {@link #width()} and {@link #height()} are
     * 0 and {@link #mimeType()} is "".
     *
     * @throws IllegalArgumentException when the URL is not an absolute https URL with a host, or
     *     when it contains credentials, which the message then leaves out
     */
    public static EncodedImage remote(String url) {
        String trimmed = url == null ? "" : url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid image URL: " + e.getReason() + " at index " + e.getIndex()
                    + ". Give a public https URL such as https://example.org/chest.png.");
        }
        if (uri.getRawUserInfo() != null) {
            // The URL is not echoed because its user info may be a password.
            throw new IllegalArgumentException("Invalid image URL: it contains credentials (user:password@),"
                    + " which would be sent to the endpoint. Give a public https URL without them.");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Invalid image URL '" + trimmed + "': only https URLs are accepted."
                    + " Give a public https URL, or pass the image as a file.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("Invalid image URL '" + trimmed + "': its host is missing or"
                    + " malformed. Give a public https URL such as https://example.org/chest.png.");
        }
        return new EncodedImage(new byte[0], 0, 0, "", uri);
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
        return new EncodedImage(bytes.clone(), width, height, mimeType, null);
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length
                && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    /** Returns whether the endpoint fetches this image from a URL instead of receiving its bytes. */
    public boolean isRemote() {
        return remoteUrl != null;
    }

    /** Returns the host of a remote image's URL, or "" for image bytes. */
    public String remoteHost() {
        return remoteUrl == null ? "" : remoteUrl.getHost();
    }

    /** Returns what the request's {@code image_url.url} carries: the remote URL, or the {@link #dataUri()}. */
    public String imageUrl() {
        return remoteUrl != null ? remoteUrl.toString() : dataUri();
    }

    /** Returns {@code image/png} or {@code image/jpeg}, as detected from the signature; "" for a remote image. */
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
        if (remoteUrl != null) {
            return "EncodedImage[remote, host " + remoteUrl.getHost() + "]";
        }
        return "EncodedImage[" + mimeType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
