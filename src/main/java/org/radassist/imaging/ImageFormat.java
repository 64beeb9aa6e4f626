package org.radassist.imaging;

/** Encoding of the model input image, with the media type used in its data URI. */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String mimeType;

    ImageFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }
}
