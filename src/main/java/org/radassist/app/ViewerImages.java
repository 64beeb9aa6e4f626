package org.radassist.app;

import java.util.ArrayList;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.Tag;
import org.radassist.imaging.AutoWindows;
import org.radassist.imaging.PixelSpacing;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.ui.ImageDetails;
import org.radassist.ui.WindowPreset;

/**
 * The viewer's view of a {@link StudyImage}: the windows it offers from the image itself and the
 * header values of its corner overlays.
 */
final class ViewerImages {

    /** Explanation that {@link Window#ofRange} gives its window. */
    static final String MIN_MAX_EXPLANATION = "min-max";

    private ViewerImages() {
    }

    /**
     * Returns the image's own windows in file order, then the computed auto, high-contrast and
     * min-max windows; empty for colour images. The modality's presets are added by the viewer.
     */
    static List<WindowPreset> imageWindows(StudyImage image) {
        if (!image.isGrey()) {
            return List.of();
        }
        List<WindowPreset> presets = new ArrayList<>();
        for (Window window : image.windows()) {
            presets.add(toPreset(window));
        }
        presets.add(named("preset.auto", AutoWindows.auto(image)));
        presets.add(named("preset.highContrast", AutoWindows.highContrast(image)));
        presets.add(toPreset(Window.ofRange(image.minModalityValue(), image.maxModalityValue())));
        return presets;
    }

    /** Names a window by its explanation, its "C/W" values when it has none, or preset.minMax. */
    static WindowPreset toPreset(Window window) {
        String name = window.explanation() == null || window.explanation().isBlank()
                ? window.toShortString() : window.explanation();
        if (name.equals(MIN_MAX_EXPLANATION)) {
            name = "preset.minMax";
        }
        return new WindowPreset(name, window.center(), window.width());
    }

    /** Returns whether the preset is one of the file's own windows, which use its VOI LUT Function. */
    static boolean isFileWindow(StudyImage image, WindowPreset preset) {
        for (Window window : image.windows()) {
            if (toPreset(window).equals(preset)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the overlay values; the identifiers among them must never reach a log. */
    static ImageDetails details(StudyImage image) {
        double rowSpacing = Double.NaN;
        double columnSpacing = Double.NaN;
        String spacingSource = "";
        if (image.pixelSpacing().isPresent()) {
            PixelSpacing spacing = image.pixelSpacing().get();
            rowSpacing = spacing.rowSpacing();
            columnSpacing = spacing.columnSpacing();
            spacingSource = spacing.source();
        }
        double min = image.isGrey() ? image.minModalityValue() : Double.NaN;
        double max = image.isGrey() ? image.maxModalityValue() : Double.NaN;
        if (image.dicom().isEmpty()) {
            return new ImageDetails("", "", "", "", "", "", "", "", image.frameIndex(), image.frameCount(),
                    rowSpacing, columnSpacing, spacingSource, min, max);
        }
        Attributes header = image.dicom().get().dataSet();
        return new ImageDetails(header.getString(Tag.PatientName), header.getString(Tag.PatientID),
                header.getString(Tag.PatientBirthDate), header.getString(Tag.StudyDate),
                header.getString(Tag.AccessionNumber), header.getString(Tag.StudyDescription),
                header.getString(Tag.SeriesDescription), header.getString(Tag.SeriesNumber),
                image.frameIndex(), image.frameCount(), rowSpacing, columnSpacing, spacingSource, min, max);
    }

    private static WindowPreset named(String name, Window window) {
        return new WindowPreset(name, window.center(), window.width());
    }
}
