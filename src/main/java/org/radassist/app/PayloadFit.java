package org.radassist.app;

import java.util.List;

/**
 * Prepared images whose request fits the profile's maximum payload.
 *
 * @param images the images to send, in request order: one, or the slices of a multi-slice request
 * @param requestBytes the request body's size in bytes
 * @param note the message telling the user the final size and dimensions, or null when nothing was reduced
 */
public record PayloadFit(List<PreparedImage> images, long requestBytes, String note) {

    public PayloadFit {
        images = List.copyOf(images);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("A payload fit needs at least one image.");
        }
    }

    /** Returns the first image, the only one of a one-image request. */
    public PreparedImage prepared() {
        return images.get(0);
    }
}
