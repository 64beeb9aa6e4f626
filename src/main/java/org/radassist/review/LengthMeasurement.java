package org.radassist.review;

/**
 * The length of a line annotation.
 *
 * @param value the length in {@code unit}
 * @param unit {@code MM} when the image has a pixel spacing, else {@code PIXEL}
 * @param uncalibrated true when the length is in pixels because the image has neither Pixel
 *     Spacing (0028,0030) nor Imager Pixel Spacing (0018,1164)
 * @param spacingSource keyword of the attribute the spacing came from ("PixelSpacing" or
 *     "ImagerPixelSpacing"), or {@code null} when uncalibrated
 */
public record LengthMeasurement(double value, LengthUnit unit, boolean uncalibrated, String spacingSource) {

    /** Unit of a length or, squared, of an area. */
    public enum LengthUnit {
        MM,
        PIXEL
    }
}
