package org.radassist.review;

import java.util.Objects;
import java.util.Optional;
import org.radassist.imaging.PixelSpacing;
import org.radassist.imaging.StudyImage;

/**
 * Measures annotations on one frame: line lengths from the pixel spacing and region statistics
 * from the modality values (stored values through the rescale or Modality LUT, so HU for CT).
 *
 * <p>Pixel-centre rule: a pixel belongs to a region when its centre, (column + 0.5, row + 0.5),
 * is inside the region's shape as {@link RegionOfInterest#contains} defines it. Pixels outside
 * the image and pixels holding a Pixel Padding Value are left out. Lengths use the Pixel Spacing
 * (0028,0030), else the Imager Pixel Spacing (0018,1164), as {@link StudyImage#pixelSpacing()}
 * returns it, and are in pixels, marked uncalibrated, when the image has neither.
 */
public final class ImageMeasurements {

    private final StudyImage image;

    private ImageMeasurements(StudyImage image) {
        this.image = image;
    }

    public static ImageMeasurements of(StudyImage image) {
        return new ImageMeasurements(Objects.requireNonNull(image, "image"));
    }

    /** Measurements without an image: lengths in pixels and no region statistics. */
    public static ImageMeasurements withoutImage() {
        return new ImageMeasurements(null);
    }

    /** Returns the annotation with its length or statistics recomputed; other kinds come back unchanged. */
    public Annotation measure(Annotation annotation) {
        if (annotation instanceof LineAnnotation line) {
            return new LineAnnotation(line.id(), line.start(), line.end(), length(line.start(), line.end()));
        }
        if (annotation instanceof EllipseAnnotation ellipse) {
            return new EllipseAnnotation(ellipse.id(), ellipse.bounds(), statistics(ellipse));
        }
        if (annotation instanceof RectangleAnnotation rectangle) {
            return new RectangleAnnotation(rectangle.id(), rectangle.bounds(), statistics(rectangle));
        }
        return annotation;
    }

    /** Returns the distance between two points in mm, or in pixels when the image has no spacing. */
    public LengthMeasurement length(ImagePoint a, ImagePoint b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        Optional<PixelSpacing> spacing = spacing();
        if (spacing.isEmpty()) {
            return new LengthMeasurement(Math.hypot(dx, dy), LengthMeasurement.LengthUnit.PIXEL, true, null);
        }
        PixelSpacing mm = spacing.get();
        return new LengthMeasurement(Math.hypot(dx * mm.columnSpacing(), dy * mm.rowSpacing()),
                LengthMeasurement.LengthUnit.MM, false, mm.source());
    }

    /**
     * Returns the statistics of the modality values inside the region, or {@code null} when no
     * pixel centre is inside, the image is colour or there is no image.
     */
    public RoiStatistics statistics(RegionOfInterest region) {
        if (image == null || !image.isGrey()) {
            return null;
        }
        ImageBounds bounds = region.bounds();
        int firstColumn = Math.max(0, (int) Math.floor(bounds.x() - 0.5));
        int lastColumn = Math.min(image.width() - 1, (int) Math.ceil(bounds.maxX() - 0.5));
        int firstRow = Math.max(0, (int) Math.floor(bounds.y() - 0.5));
        int lastRow = Math.min(image.height() - 1, (int) Math.ceil(bounds.maxY() - 0.5));

        // Welford's running mean and sum of squared deviations, in double precision.
        long count = 0;
        double mean = 0;
        double squaredDeviations = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                int index = row * image.width() + column;
                if (!region.contains(column + 0.5, row + 0.5) || image.isPadding(index)) {
                    continue;
                }
                double value = image.modalityValue(index);
                count++;
                double delta = value - mean;
                mean += delta / count;
                squaredDeviations += delta * (value - mean);
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (count == 0) {
            return null;
        }
        double standardDeviation = count > 1 ? Math.sqrt(squaredDeviations / (count - 1)) : 0;
        Optional<PixelSpacing> spacing = spacing();
        double pixelArea = spacing.map(mm -> mm.rowSpacing() * mm.columnSpacing()).orElse(1.0);
        LengthMeasurement.LengthUnit unit = spacing.isPresent()
                ? LengthMeasurement.LengthUnit.MM : LengthMeasurement.LengthUnit.PIXEL;
        return new RoiStatistics(count, mean, standardDeviation, min, max, count * pixelArea, unit, valueUnit());
    }

    private Optional<PixelSpacing> spacing() {
        return image == null ? Optional.empty() : image.pixelSpacing();
    }

    private String valueUnit() {
        return "CT".equals(image.modality()) ? "HU" : "";
    }
}
