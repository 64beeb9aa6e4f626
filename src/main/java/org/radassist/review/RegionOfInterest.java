package org.radassist.review;

/** An ellipse or rectangle region with statistics of the modality values inside it. */
public sealed interface RegionOfInterest extends Annotation permits EllipseAnnotation, RectangleAnnotation {

    /** The rectangle the region fills (rectangle) or is inscribed in (ellipse). */
    ImageBounds bounds();

    /**
     * The statistics of the pixels inside, or {@code null} when no pixel centre is inside, the
     * image is colour, or {@link ImageMeasurements#measure} has not run.
     */
    RoiStatistics statistics();

    /** Returns whether the point lies inside the region (edges included). */
    boolean contains(double x, double y);
}
