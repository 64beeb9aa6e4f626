package org.radassist.app;

import java.util.Set;
import org.radassist.dicom.Tag;

/**
 * The attributes that the tag browser hides while identifiers are hidden. These are every
 * attribute of group 0010 (the Patient module and the patient's study data, such as age and
 * weight) and the attributes that name or number the study, the institution or people involved.
 * NOTE: the list is narrower than the PS3.15 Basic Application Level Confidentiality Profile,
 * which also removes dates, UIDs and device serial numbers.
 */
final class IdentifyingAttributes {

    private static final int PATIENT_GROUP = 0x0010;

    private static final Set<Integer> TAGS = Set.of(
            Tag.AccessionNumber,
            0x00080080, // InstitutionName
            0x00080081, // InstitutionAddress
            0x00080082, // InstitutionCodeSequence
            0x00080090, // ReferringPhysicianName
            0x00080092, // ReferringPhysicianAddress
            0x00080094, // ReferringPhysicianTelephoneNumbers
            0x00080096, // ReferringPhysicianIdentificationSequence
            0x00081010, // StationName
            0x00081040, // InstitutionalDepartmentName
            0x00081048, // PhysiciansOfRecord
            0x00081050, // PerformingPhysicianName
            0x00081060, // NameOfPhysiciansReadingStudy
            0x00081070, // OperatorsName
            0x00081120, // ReferencedPatientSequence
            0x00200010, // StudyID
            0x00321032, // RequestingPhysician
            0x00380010, // AdmissionID
            0x00400006, // ScheduledPerformingPhysicianName
            0x00401001, // RequestedProcedureID
            0x0040A075, // VerifyingObserverName
            0x0040A123, // PersonName
            0x00700084  // ContentCreatorName
    );

    private IdentifyingAttributes() {
    }

    /** Returns whether the attribute with this tag identifies the patient, the study or a person or place. */
    static boolean contains(int tag) {
        return tag >>> 16 == PATIENT_GROUP || TAGS.contains(tag);
    }
}
