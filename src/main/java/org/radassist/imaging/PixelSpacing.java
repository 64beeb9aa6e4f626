package org.radassist.imaging;

/**
 * Physical distance between pixel centres in mm, from Pixel Spacing (0028,0030) or, for
 * projection radiographs without it, Imager Pixel Spacing (0018,1164).
 *
 * @param rowSpacing distance between adjacent rows (vertical), in mm
 * @param columnSpacing distance between adjacent columns (horizontal), in mm
 * @param source keyword of the attribute the values came from
 */
public record PixelSpacing(double rowSpacing, double columnSpacing, String source) {
}
