package org.radassist.study;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The header facts of one file that grouping and slice ordering need. It contains no patient
 * attributes, so it is safe to log.
 *
 * @param path the file
 * @param kind DICOM or PNG
 * @param sopClassUid SOP Class UID (0008,0016), or an empty string when absent or for PNG
 * @param sopInstanceUid SOP Instance UID (0008,0018), or an empty string
 * @param modality Modality (0008,0060), or an empty string when absent or for PNG
 * @param studyInstanceUid Study Instance UID (0020,000D), or an empty string when absent
 * @param studyDescription Study Description (0008,1030), or an empty string
 * @param studyDate Study Date (0008,0020) as stored (YYYYMMDD), or an empty string
 * @param seriesInstanceUid Series Instance UID (0020,000E), or an empty string when absent
 * @param seriesNumber Series Number (0020,0011), or {@code null} when absent or invalid
 * @param seriesDescription Series Description (0008,103E), or an empty string
 * @param instanceNumber Instance Number (0020,0013), or {@code null} when absent or invalid
 * @param imagePosition Image Position (Patient) (0020,0032) in mm, three values, or {@code null}
 * @param imageOrientation Image Orientation (Patient) (0020,0037), the row and column direction
 *     cosines as six values, or {@code null}
 * @param frameCount Number of Frames (0028,0008), 1 when absent; 0 for objects without pixels
 * @param fileSize the file's size in bytes
 * @param nonImageReason why the object cannot be shown or analysed, or {@code null} for images
 */
public record Instance(
        Path path,
        Kind kind,
        String sopClassUid,
        String sopInstanceUid,
        String modality,
        String studyInstanceUid,
        String studyDescription,
        String studyDate,
        String seriesInstanceUid,
        Integer seriesNumber,
        String seriesDescription,
        Integer instanceNumber,
        double[] imagePosition,
        double[] imageOrientation,
        int frameCount,
        long fileSize,
        NonImageReason nonImageReason) {

    /** File format of an instance. */
    public enum Kind {
        DICOM,
        PNG
    }

    /** Reason an object is listed in its series but cannot be shown or analysed. */
    public enum NonImageReason {
        /** The data set has no Pixel Data (7FE0,0010), as in SR, RTSTRUCT, KO and PR objects. */
        NO_PIXEL_DATA,
        /** The SOP class is not an image for display, such as Segmentation or RT Dose. */
        NON_IMAGE_SOP_CLASS
    }

    public Instance {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        sopClassUid = Objects.requireNonNullElse(sopClassUid, "");
        sopInstanceUid = Objects.requireNonNullElse(sopInstanceUid, "");
        modality = Objects.requireNonNullElse(modality, "");
        studyInstanceUid = Objects.requireNonNullElse(studyInstanceUid, "");
        studyDescription = Objects.requireNonNullElse(studyDescription, "");
        studyDate = Objects.requireNonNullElse(studyDate, "");
        seriesInstanceUid = Objects.requireNonNullElse(seriesInstanceUid, "");
        seriesDescription = Objects.requireNonNullElse(seriesDescription, "");
        imagePosition = imagePosition == null || imagePosition.length != 3 ? null : imagePosition.clone();
        imageOrientation = imageOrientation == null || imageOrientation.length != 6 ? null : imageOrientation.clone();
    }

    /** Returns whether the instance has frames that can be shown and analysed. */
    public boolean isImage() {
        return nonImageReason == null && frameCount > 0;
    }

    /** Returns the file name without directories. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    @Override
    public double[] imagePosition() {
        return imagePosition == null ? null : imagePosition.clone();
    }

    @Override
    public double[] imageOrientation() {
        return imageOrientation == null ? null : imageOrientation.clone();
    }

    @Override
    public String toString() {
        return "Instance[" + fileName() + ", " + (modality.isEmpty() ? kind : modality) + ", " + frameCount
                + " frames" + (nonImageReason == null ? "" : ", " + nonImageReason) + "]";
    }
}
