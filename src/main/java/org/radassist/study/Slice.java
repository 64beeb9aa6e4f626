package org.radassist.study;

import java.util.Objects;

/**
 * One navigable image of a series: a single-frame instance or one frame of a multi-frame instance.
 *
 * @param instance the file the frame is in
 * @param frame the 0-based frame index in that file
 */
public record Slice(Instance instance, int frame) {

    public Slice {
        Objects.requireNonNull(instance, "instance");
        if (frame < 0 || frame >= Math.max(1, instance.frameCount())) {
            throw new IllegalArgumentException(
                    "frame " + frame + " is outside the " + instance.frameCount() + " frames of " + instance.fileName());
        }
    }
}
