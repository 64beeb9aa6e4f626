package org.radassist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An image file opened by {@link WorkbenchService#open}.
 *
 * @param path the file that was opened
 * @param fileName the file name to show, without directories
 * @param modality the DICOM Modality (0008,0060), for example "CT"; "OT" or {@code null} for PNG
 * @param width columns of the displayed frame
 * @param height rows of the displayed frame
 * @param presets VOI windows the user can choose from, usually the file's own windows followed by
 *     standard presets for the modality. The list is empty when windowing does not apply, as for
 *     colour images.
 * @param defaultPreset the window {@link WorkbenchService#render} applies for {@code null}, or
 *     {@code null} when there is none
 * @param summary a one-line header summary without patient identifiers, for example "CT, 512 ×
 *     512, 16 bits, JPEG-LS Lossless"
 * @param handle the service's own object for this image; the UI passes it back unchanged and
 *     never inspects it
 * @param details header values for the viewport's overlays, {@link ImageDetails#NONE} when
 *     unknown; they include patient identifiers, so never log them
 */
public record OpenedImage(
        Path path,
        String fileName,
        String modality,
        int width,
        int height,
        List<WindowPreset> presets,
        WindowPreset defaultPreset,
        String summary,
        Object handle,
        ImageDetails details) {

    /** Creates an image without overlay details. */
    public OpenedImage(Path path, String fileName, String modality, int width, int height, List<WindowPreset> presets,
            WindowPreset defaultPreset, String summary, Object handle) {
        this(path, fileName, modality, width, height, presets, defaultPreset, summary, handle, ImageDetails.NONE);
    }

    public OpenedImage {
        Objects.requireNonNull(path, "path");
        presets = presets == null ? List.of() : List.copyOf(presets);
        if (fileName == null) {
            Path name = path.getFileName();
            fileName = name == null ? path.toString() : name.toString();
        }
        if (summary == null) {
            summary = "";
        }
        if (details == null) {
            details = ImageDetails.NONE;
        }
    }
}
