package org.radassist.review.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.Tag;
import org.radassist.imaging.StudyImage;

/**
 * Patient Name (0010,0010) and Patient ID (0010,0020) for a report that shows identifiers. Never
 * log these values.
 */
public record PatientIdentifiers(String name, String id) {

    public PatientIdentifiers {
        name = Objects.requireNonNullElse(name, "");
        id = Objects.requireNonNullElse(id, "");
    }

    /** Reads the identifiers from the image's DICOM data set; a PNG gives empty identifiers. */
    public static PatientIdentifiers of(StudyImage image) {
        return image.dicom().map(file -> {
            Attributes dataSet = file.dataSet();
            return new PatientIdentifiers(dataSet.getString(Tag.PatientName), dataSet.getString(Tag.PatientID));
        }).orElse(new PatientIdentifiers("", ""));
    }

    /** Returns the name with the DICOM component separators ({@code ^}) shown as spaces. */
    public String displayName() {
        return name.replace('^', ' ').replaceAll(" +", " ").strip();
    }

    @JsonIgnore
    public boolean isEmpty() {
        return name.isEmpty() && id.isEmpty();
    }

    @Override
    public String toString() {
        return "PatientIdentifiers[redacted]";
    }
}
