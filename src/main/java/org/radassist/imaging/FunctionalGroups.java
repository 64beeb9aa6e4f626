package org.radassist.imaging;

import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.Tag;

/**
 * Finds the attributes that apply to one frame of an enhanced multi-frame image, where rescale
 * and window values live in functional group macros (PS3.3 C.7.6.16) instead of the top level.
 */
final class FunctionalGroups {

    private FunctionalGroups() {
    }

    /**
     * Returns the data set that contains {@code keyTag} for {@code frame}: the top level when it
     * has the tag, else the first item of {@code macroTag} in the frame's Per-frame Functional
     * Groups item, else in the Shared Functional Groups item. Falls back to the top level, so
     * callers read their defaults from it.
     */
    static Attributes find(Attributes dataSet, int frame, int macroTag, int keyTag) {
        if (dataSet.contains(keyTag)) {
            return dataSet;
        }
        List<Attributes> perFrame = dataSet.getSequence(Tag.PerFrameFunctionalGroupsSequence);
        if (frame < perFrame.size()) {
            Attributes macro = firstItem(perFrame.get(frame), macroTag);
            if (macro != null && macro.contains(keyTag)) {
                return macro;
            }
        }
        List<Attributes> shared = dataSet.getSequence(Tag.SharedFunctionalGroupsSequence);
        if (!shared.isEmpty()) {
            Attributes macro = firstItem(shared.get(0), macroTag);
            if (macro != null && macro.contains(keyTag)) {
                return macro;
            }
        }
        return dataSet;
    }

    private static Attributes firstItem(Attributes functionalGroup, int macroTag) {
        List<Attributes> items = functionalGroup.getSequence(macroTag);
        return items.isEmpty() ? null : items.get(0);
    }
}
