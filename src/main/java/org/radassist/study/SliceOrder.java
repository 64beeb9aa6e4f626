package org.radassist.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the image instances of a series: by position along the slice normal, then by Instance
 * Number, then by file name.
 *
 * <p>The normal is the cross product of the row and column direction cosines of Image
 * Orientation (Patient), and the position is the dot product of the normal with Image Position
 * (Patient), in mm. One normal, from the first instance in file-name order that has an
 * orientation, serves the whole series, so slices of a tilted acquisition sort along the tilt.
 * Positions are compared after rounding to 0.001 mm, so values that differ only by the
 * precision of their decimal strings count as equal and fall back to Instance Number. Instances
 * with a position come before those without one.
 */
public final class SliceOrder {

    private static final double POSITION_RESOLUTION_MM = 0.001;

    private SliceOrder() {
    }

    /** Returns the instances sorted into slice order; the input list is not changed. */
    public static List<Instance> sort(List<Instance> instances) {
        List<Instance> byName = new ArrayList<>(instances);
        byName.sort(Comparator.comparing(Instance::fileName).thenComparing(instance -> instance.path().toString()));
        double[] normal = null;
        for (Instance instance : byName) {
            if (instance.imageOrientation() != null) {
                normal = normal(instance.imageOrientation());
                if (normal != null) {
                    break;
                }
            }
        }
        double[] sliceNormal = normal;
        List<Keyed> keyed = new ArrayList<>();
        for (Instance instance : byName) {
            keyed.add(new Keyed(instance, positionKey(sliceNormal, instance.imagePosition())));
        }
        keyed.sort(Comparator.comparing((Keyed k) -> k.position() == null)
                .thenComparing(Keyed::position, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> k.instance().instanceNumber(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> k.instance().fileName())
                .thenComparing(k -> k.instance().path().toString()));
        List<Instance> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.instance());
        }
        return sorted;
    }

    /**
     * Returns the unit slice normal: the cross product of the row direction (values 0..2) and the
     * column direction (values 3..5), or {@code null} when the two are parallel or zero.
     */
    public static double[] normal(double[] orientation) {
        double rx = orientation[0];
        double ry = orientation[1];
        double rz = orientation[2];
        double cx = orientation[3];
        double cy = orientation[4];
        double cz = orientation[5];
        double nx = ry * cz - rz * cy;
        double ny = rz * cx - rx * cz;
        double nz = rx * cy - ry * cx;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(length > 1e-6)) {
            return null;
        }
        return new double[] {nx / length, ny / length, nz / length};
    }

    /** Returns the position along the normal in mm: dot(normal, position). */
    public static double positionAlongNormal(double[] normal, double[] position) {
        return normal[0] * position[0] + normal[1] * position[1] + normal[2] * position[2];
    }

    private static Long positionKey(double[] normal, double[] position) {
        if (normal == null || position == null) {
            return null;
        }
        double along = positionAlongNormal(normal, position);
        if (!Double.isFinite(along)) {
            return null;
        }
        return Math.round(along / POSITION_RESOLUTION_MM);
    }

    private record Keyed(Instance instance, Long position) {
    }
}
