package org.radassist.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named window presets per modality, in HU for CT. The values are the common radiology defaults
 * (center/width): brain 40/80, subdural 75/215, stroke 40/40, lung -600/1500, mediastinum 50/350,
 * abdomen 40/400, liver 60/160, bone 400/1800. Radiopaedia's "Windowing (CT)" article gives brain
 * W:80 L:40, for example.
 */
public final class WindowPresets {

    private static final List<Window> CT = List.of(
            new Window(40, 80, "Brain"),
            new Window(75, 215, "Subdural"),
            new Window(40, 40, "Stroke"),
            new Window(-600, 1500, "Lung"),
            new Window(50, 350, "Mediastinum"),
            new Window(40, 400, "Abdomen"),
            new Window(60, 160, "Liver"),
            new Window(400, 1800, "Bone"));

    private WindowPresets() {
    }

    /** Returns the presets of a modality (only CT has any); empty for other modalities or null. */
    public static List<Window> forModality(String modality) {
        if (modality != null && "CT".equals(modality.trim().toUpperCase(Locale.ROOT))) {
            return CT;
        }
        return List.of();
    }

    /**
     * Returns the windows to offer for an image: the file's own windows first, in file order,
     * then the modality's presets. Colour images get an empty list because they have no VOI.
     */
    public static List<Window> forImage(StudyImage image) {
        if (!image.isGrey()) {
            return List.of();
        }
        List<Window> windows = new ArrayList<>(image.windows());
        windows.addAll(forModality(image.modality()));
        return List.copyOf(windows);
    }
}
