package org.radassist.study;

import java.util.List;

/** SOP classes whose objects are not images for display, even when they carry pixel data. */
final class SopClasses {

    /** Media Storage Directory Storage, the SOP class of a DICOMDIR (PS3.4 Annex B). */
    static final String MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

    /**
     * UID prefixes from PS3.6 Annex A: presentation states (…1.11.), waveforms (…1.9.), raw data,
     * registrations, fiducials and segmentations (…1.66), surfaces (…1.68.), structured reports and
     * key object selections (…1.88.), encapsulated documents (…1.104.), and RT objects (…1.481.)
     * except RT Image, which {@link #isNonImage} accepts.
     */
    private static final List<String> NON_IMAGE_PREFIXES = List.of(
            "1.2.840.10008.5.1.4.1.1.11.",
            "1.2.840.10008.5.1.4.1.1.9.",
            "1.2.840.10008.5.1.4.1.1.66",
            "1.2.840.10008.5.1.4.1.1.68.",
            "1.2.840.10008.5.1.4.1.1.88.",
            "1.2.840.10008.5.1.4.1.1.104.",
            "1.2.840.10008.5.1.4.1.1.481.");

    private static final String RT_IMAGE = "1.2.840.10008.5.1.4.1.1.481.1";

    private SopClasses() {
    }

    /** Returns whether objects of the SOP class are not meant to be shown as images. */
    static boolean isNonImage(String sopClassUid) {
        if (sopClassUid == null || sopClassUid.isEmpty() || RT_IMAGE.equals(sopClassUid)) {
            return false;
        }
        if (MEDIA_STORAGE_DIRECTORY.equals(sopClassUid)) {
            return true;
        }
        for (String prefix : NON_IMAGE_PREFIXES) {
            if (sopClassUid.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
