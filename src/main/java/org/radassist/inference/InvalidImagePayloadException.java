package org.radassist.inference;

/**
 * Thrown when the bytes to send as the request's image are not a PNG or JPEG file.
 *
 * <p>vLLM ignores the media type declared in the data URI and sniffs the bytes, so a payload that
 * is not an image would only fail later with an HTTP 400. RadAssist rejects it before sending.
 */
public class InvalidImagePayloadException extends IllegalArgumentException {

    private final String leadingBytesHex;

    public InvalidImagePayloadException(String message, String leadingBytesHex) {
        super(message);
        this.leadingBytesHex = leadingBytesHex;
    }

    /** Hex form of the first (up to 8) payload bytes, for diagnostics. */
    public String leadingBytesHex() {
        return leadingBytesHex;
    }
}
