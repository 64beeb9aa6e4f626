package org.radassist.dicom;

/**
 * One attribute of the DICOM data dictionary (PS3.6).
 *
 * @param vr the VR as PS3.6 writes it, such as {@code US} or {@code OB or OW}; empty for item tags
 * @param keyword the keyword, such as {@code PatientName}
 * @param name a readable name built from the keyword, such as {@code Patient Name}
 * @param vm the value multiplicity, such as {@code 1} or {@code 1-n}
 * @param retired whether the standard has retired the attribute
 */
public record DictionaryEntry(String vr, String keyword, String name, String vm, boolean retired) {
}
