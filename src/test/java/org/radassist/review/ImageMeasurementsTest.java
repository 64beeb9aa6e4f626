package org.radassist.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.radassist.testsupport.Corpus;

/**
 * Measurements on the sample CT (512 × 512, Pixel Spacing 0.661468 mm, rescale slope 1 and
 * intercept −1024, padding −2000), checked against sums the test computes from the stored values
 * and the rescale attributes read directly from the data set.
 */
class ImageMeasurementsTest {

    private static final double SPACING = 0.661468;

    private static StudyImage ct;
    private static int[] stored;
    private static double slope;
    private static double intercept;
    private static int padding;

    @BeforeAll
    static void load() throws Exception {
        ct = ImageLoader.load(Corpus.SAMPLE_CT);
        DicomFile file = DicomFile.read(Corpus.SAMPLE_CT);
        Attributes dataSet = file.dataSet();
        stored = file.pixelData().readFrame(0);
        slope = dataSet.getDouble(Tag.RescaleSlope, 1);
        intercept = dataSet.getDouble(Tag.RescaleIntercept, 0);
        padding = dataSet.getInt(Tag.PixelPaddingValue, Integer.MIN_VALUE);
    }

    @Test
    void lineLength_usesPixelSpacing() {
        LengthMeasurement length = ImageMeasurements.of(ct).length(new ImagePoint(10, 10), new ImagePoint(40, 50));

        assertEquals(50 * SPACING, length.value(), 1e-9);
        assertEquals(LengthMeasurement.LengthUnit.MM, length.unit());
        assertFalse(length.uncalibrated());
        assertEquals("PixelSpacing", length.spacingSource());
    }

    @Test
    void lineLength_pngIsUncalibratedPixels() throws Exception {
        StudyImage png = ImageLoader.load(Corpus.SAMPLE_CHEST_XRAY);

        LengthMeasurement length = ImageMeasurements.of(png).length(new ImagePoint(0, 0), new ImagePoint(3, 4));

        assertEquals(5, length.value(), 1e-12);
        assertEquals(LengthMeasurement.LengthUnit.PIXEL, length.unit());
        assertTrue(length.uncalibrated());
        assertNull(length.spacingSource());
    }

    @Test
    void rectangleStatistics_matchHuFromStoredValues() {
        ImageBounds bounds = new ImageBounds(200.2, 250.7, 20, 10);
        RoiStatistics statistics = ImageMeasurements.of(ct)
                .statistics(new RectangleAnnotation("r", bounds, null));

        // Centres c + 0.5 in [200.2, 220.2) give columns 200..219; rows 251..260.
        Expected expected = expected((column, row) -> column >= 200 && column <= 219 && row >= 251 && row <= 260);
        assertEquals(200, expected.count);
        assertStatistics(expected, statistics);
        assertEquals(200 * SPACING * SPACING, statistics.area(), 1e-9);
        assertEquals(LengthMeasurement.LengthUnit.MM, statistics.areaUnit());
        assertEquals("HU", statistics.valueUnit());
    }

    @Test
    void ellipseStatistics_countPixelCentresInside() {
        ImageBounds bounds = new ImageBounds(230, 240, 41, 25);
        RoiStatistics statistics = ImageMeasurements.of(ct).statistics(new EllipseAnnotation("e", bounds, null));

        Expected expected = expected((column, row) -> {
            double nx = (column + 0.5 - 250.5) / 20.5;
            double ny = (row + 0.5 - 252.5) / 12.5;
            return nx * nx + ny * ny <= 1;
        });
        assertStatistics(expected, statistics);
        assertEquals(expected.count * SPACING * SPACING, statistics.area(), 1e-9);
    }

    @Test
    void statistics_regionOutsideImageIsNull() {
        RoiStatistics statistics = ImageMeasurements.of(ct)
                .statistics(new RectangleAnnotation("r", new ImageBounds(600, 600, 10, 10), null));

        assertNull(statistics);
    }

    @Test
    void statistics_regionWithoutPixelCentreIsNull() {
        RoiStatistics statistics = ImageMeasurements.of(ct)
                .statistics(new RectangleAnnotation("r", new ImageBounds(10.6, 10.6, 0.8, 0.8), null));

        assertNull(statistics);
    }

    @Test
    void measure_updatesLineAfterMove() {
        ImageMeasurements measurements = ImageMeasurements.of(ct);
        LineAnnotation line = (LineAnnotation) measurements.measure(
                new LineAnnotation("l", new ImagePoint(0, 0), new ImagePoint(0, 100), null));

        LineAnnotation moved = (LineAnnotation) measurements.measure(line.translated(5, 5));

        assertEquals(100 * SPACING, moved.length().value(), 1e-9);
        assertEquals(new ImagePoint(5, 105), moved.end());
    }

    private static void assertStatistics(Expected expected, RoiStatistics statistics) {
        assertEquals(expected.count, statistics.pixelCount());
        assertEquals(expected.mean, statistics.mean(), 1e-9);
        assertEquals(expected.standardDeviation, statistics.standardDeviation(), 1e-9);
        assertEquals(expected.min, statistics.min(), 0);
        assertEquals(expected.max, statistics.max(), 0);
    }

    /** Two-pass mean and sample standard deviation of the HU values where {@code inside} holds. */
    private static Expected expected(BiPredicate<Integer, Integer> inside) {
        Expected result = new Expected();
        double sum = 0;
        result.min = Double.POSITIVE_INFINITY;
        result.max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < 512; row++) {
            for (int column = 0; column < 512; column++) {
                int value = stored[row * 512 + column];
                if (inside.test(column, row) && value != padding) {
                    double hu = value * slope + intercept;
                    sum += hu;
                    result.count++;
                    result.min = Math.min(result.min, hu);
                    result.max = Math.max(result.max, hu);
                }
            }
        }
        result.mean = sum / result.count;
        double squares = 0;
        for (int row = 0; row < 512; row++) {
            for (int column = 0; column < 512; column++) {
                int value = stored[row * 512 + column];
                if (inside.test(column, row) && value != padding) {
                    double deviation = value * slope + intercept - result.mean;
                    squares += deviation * deviation;
                }
            }
        }
        result.standardDeviation = Math.sqrt(squares / (result.count - 1));
        return result;
    }

    private static final class Expected {
        long count;
        double mean;
        double standardDeviation;
        double min;
        double max;
    }
}
