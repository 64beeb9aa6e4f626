package org.radassist.ui;

import java.util.Objects;

/**
 * One series of an {@link OpenedStudySet}, as the series list shows it.
 *
 * @param studyDescription the study's description, or its date when it has none; may be empty
 * @param seriesNumber Series Number, or {@code null} when the files have none
 * @param modality the DICOM Modality, for example "CT"; empty for PNG files
 * @param description the series description; for a PNG file, its file name
 * @param imageCount the number of slices (frames) that can be shown and analysed
 * @param nonImageCount the number of objects in the series that cannot be shown, such as SR or
 *     RTSTRUCT objects
 * @param handle the service's own object for this series; the UI passes it back unchanged and
 *     never inspects it
 */
public record SeriesRef(
        String studyDescription,
        Integer seriesNumber,
        String modality,
        String description,
        int imageCount,
        int nonImageCount,
        Object handle) {

    public SeriesRef {
        studyDescription = Objects.requireNonNullElse(studyDescription, "");
        modality = Objects.requireNonNullElse(modality, "");
        description = Objects.requireNonNullElse(description, "");
    }
}
