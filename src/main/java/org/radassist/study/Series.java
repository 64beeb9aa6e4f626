package org.radassist.study;

import java.util.List;
import java.util.Objects;

/**
 * One series: its instances and the slices they contribute, in display order.
 *
 * @param seriesInstanceUid Series Instance UID (0020,000E); for files without one, a key made
 *     from the file path, starting with {@code "file:"}
 * @param seriesNumber Series Number (0020,0011), or {@code null}
 * @param modality Modality (0008,0060) of the first instance, or an empty string (PNG)
 * @param description Series Description (0008,103E); for a PNG, its file name
 * @param instances every instance in the series, images in slice order followed by the objects
 *     that cannot be shown ({@link Instance#isImage()} false)
 * @param slices the frames of the image instances in slice order; a multi-frame instance
 *     contributes its frames in file order
 */
public record Series(
        String seriesInstanceUid,
        Integer seriesNumber,
        String modality,
        String description,
        List<Instance> instances,
        List<Slice> slices) {

    public Series {
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        modality = Objects.requireNonNullElse(modality, "");
        description = Objects.requireNonNullElse(description, "");
        instances = List.copyOf(instances);
        slices = List.copyOf(slices);
    }

    /** Returns the number of slices, which is the number of frames that can be shown. */
    public int imageCount() {
        return slices.size();
    }

    /** Returns the number of instances that are listed but cannot be shown or analysed. */
    public int nonImageCount() {
        return (int) instances.stream().filter(instance -> !instance.isImage()).count();
    }
}
