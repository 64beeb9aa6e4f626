package org.radassist.ui;

/**
 * Header values that the viewport's corner overlays show. The patient and study identifiers
 * (name, ID, birth date, study date, accession number, study description) appear only while
 * identifiers are not hidden; {@link #toString()} leaves them out, so the record is safe to log.
 *
 * @param patientName Patient's Name (0010,0010) as stored, components separated by {@code ^}; empty when absent
 * @param patientId Patient ID (0010,0020)
 * @param patientBirthDate Patient's Birth Date (0010,0030) as stored (YYYYMMDD)
 * @param studyDate Study Date (0008,0020) as stored (YYYYMMDD)
 * @param accessionNumber Accession Number (0008,0050)
 * @param studyDescription Study Description (0008,1030)
 * @param seriesDescription Series Description (0008,103E)
 * @param seriesNumber Series Number (0020,0011) as stored
 * @param frameIndex 0-based frame of a multi-frame file
 * @param frameCount Number of Frames (0028,0008); 1 for single-frame files and PNG
 * @param rowSpacing distance between rows in mm, NaN when the image is uncalibrated
 * @param columnSpacing distance between columns in mm, NaN when the image is uncalibrated
 * @param spacingSource keyword of the spacing attribute, such as "PixelSpacing" or "ImagerPixelSpacing"
 * @param minValue smallest modality value (HU for CT) without padding; NaN for colour images
 * @param maxValue largest modality value without padding; NaN for colour images
 */
public record ImageDetails(
        String patientName,
        String patientId,
        String patientBirthDate,
        String studyDate,
        String accessionNumber,
        String studyDescription,
        String seriesDescription,
        String seriesNumber,
        int frameIndex,
        int frameCount,
        double rowSpacing,
        double columnSpacing,
        String spacingSource,
        double minValue,
        double maxValue) {

    /** Details of an image that has none: no identifiers, one frame, uncalibrated, no value range. */
    public static final ImageDetails NONE = new ImageDetails("", "", "", "", "", "", "", "", 0, 1,
            Double.NaN, Double.NaN, "", Double.NaN, Double.NaN);

    public ImageDetails {
        patientName = orEmpty(patientName);
        patientId = orEmpty(patientId);
        patientBirthDate = orEmpty(patientBirthDate);
        studyDate = orEmpty(studyDate);
        accessionNumber = orEmpty(accessionNumber);
        studyDescription = orEmpty(studyDescription);
        seriesDescription = orEmpty(seriesDescription);
        seriesNumber = orEmpty(seriesNumber);
        spacingSource = orEmpty(spacingSource);
        frameCount = Math.max(1, frameCount);
    }

    /** Returns whether pixel spacing is known, so lengths can be given in mm. */
    public boolean calibrated() {
        return Double.isFinite(rowSpacing) && Double.isFinite(columnSpacing) && rowSpacing > 0 && columnSpacing > 0;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "ImageDetails[series=" + seriesNumber + ", frame=" + (frameIndex + 1) + "/" + frameCount
                + ", spacing=" + rowSpacing + "/" + columnSpacing + " " + spacingSource
                + ", values=" + minValue + ".." + maxValue + ", identifiers hidden]";
    }
}
