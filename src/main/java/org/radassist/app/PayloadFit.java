package org.radassist.app;

/**
 * A prepared image whose request fits the profile's maximum payload.
 *
 * @param requestBytes the request body's size in bytes
 * @param note the message telling the user the final size and dimensions, or null when nothing was reduced
 */
public record PayloadFit(PreparedImage prepared, long requestBytes, String note) {
}
