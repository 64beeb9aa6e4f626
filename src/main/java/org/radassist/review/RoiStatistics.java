package org.radassist.review;

/**
 * Statistics of the modality values (HU for CT) of the pixels inside a region of interest. A
 * pixel is inside when its centre is (see {@link ImageMeasurements}).
 *
 * @param pixelCount number of pixels inside, at least 1
 * @param mean arithmetic mean of the modality values
 * @param standardDeviation sample standard deviation (divisor n − 1, 0 for one pixel)
 * @param min smallest modality value inside
 * @param max largest modality value inside
 * @param area pixel count times the area of one pixel, in mm² or, when uncalibrated, in px²
 * @param areaUnit {@code MM} for mm², {@code PIXEL} for px²
 * @param valueUnit "HU" for CT, else "" (the modality's own units)
 */
public record RoiStatistics(
        long pixelCount,
        double mean,
        double standardDeviation,
        double min,
        double max,
        double area,
        LengthMeasurement.LengthUnit areaUnit,
        String valueUnit) {
}
