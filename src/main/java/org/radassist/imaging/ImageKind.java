package org.radassist.imaging;

/** File format a {@link StudyImage} was loaded from. */
public enum ImageKind {
    DICOM,
    PNG
}
