package org.radassist.ui;

/**
 * A VOI window: window center and width in modality values (HU for CT).
 *
 * @param name the name to show, for example "Lung" or the file's Window Center & Width
 *     Explanation; may be a bundle key starting with {@code preset.}, which the UI localises
 */
public record WindowPreset(String name, double center, double width) {
}
