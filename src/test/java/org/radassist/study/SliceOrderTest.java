package org.radassist.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.SliceFiles;

/** Slice order of series written from a corpus CT slice with patched positions and numbers. */
class SliceOrderTest {

    /** Row (1,0,0) and column (0, cos 30°, −sin 30°): the slice normal is (0, 0.5, 0.8660254). */
    private static final String TILTED = "1\\0\\0\\0\\0.8660254\\-0.5";

    @TempDir
    Path folder;

    @Test
    void normal_axialIsPlusZ() {
        assertArrayEquals(new double[] {0, 0, 1}, SliceOrder.normal(new double[] {1, 0, 0, 0, 1, 0}), 1e-12);
    }

    @Test
    void normal_tiltedIsUnitCrossProduct() {
        double[] normal = SliceOrder.normal(new double[] {1, 0, 0, 0, 0.8660254, -0.5});
        assertEquals(0, normal[0], 1e-12);
        assertEquals(0.5, normal[1], 1e-7);
        assertEquals(0.8660254, normal[2], 1e-7);
    }

    @Test
    void normal_parallelDirectionsHaveNone() {
        assertNull(SliceOrder.normal(new double[] {1, 0, 0, 1, 0, 0}));
    }

    @Test
    void sort_axialByPosition() throws IOException {
        // Instance numbers run against the positions, and file names follow neither.
        SliceFiles.write(folder.resolve("a.dcm"), "0\\0\\30", SliceFiles.AXIAL, "1", -1);
        SliceFiles.write(folder.resolve("b.dcm"), "0\\0\\-10", SliceFiles.AXIAL, "5", -1);
        SliceFiles.write(folder.resolve("c.dcm"), "0\\0\\10", SliceFiles.AXIAL, "3", -1);
        SliceFiles.write(folder.resolve("d.dcm"), "0\\0\\0", SliceFiles.AXIAL, "4", -1);
        SliceFiles.write(folder.resolve("e.dcm"), "0\\0\\20", SliceFiles.AXIAL, "2", -1);

        Series series = onlySeries(StudyScanner.scanFolder(folder));

        assertEquals(List.of("b.dcm", "d.dcm", "c.dcm", "e.dcm", "a.dcm"), fileNames(series));
    }

    @Test
    void sort_tiltedAlongNormal() throws IOException {
        // Positions along (0, 0.5, 0.866): first 10.0, second 4.33, third 7.99.
        // By z alone the order would be first, second, third.
        SliceFiles.write(folder.resolve("first.dcm"), "0\\20\\0", TILTED, "1", -1);
        SliceFiles.write(folder.resolve("second.dcm"), "0\\0\\5", TILTED, "2", -1);
        SliceFiles.write(folder.resolve("third.dcm"), "0\\-10\\15", TILTED, "3", -1);

        Series series = onlySeries(StudyScanner.scanFolder(folder));

        assertEquals(List.of("second.dcm", "third.dcm", "first.dcm"), fileNames(series));
    }

    @Test
    void sort_samePositionByInstanceNumber() throws IOException {
        SliceFiles.write(folder.resolve("x1.dcm"), "0\\0\\5", SliceFiles.AXIAL, "9", -1);
        SliceFiles.write(folder.resolve("x2.dcm"), "0\\0\\5.0000001", SliceFiles.AXIAL, "7", -1);
        SliceFiles.write(folder.resolve("x3.dcm"), "0\\0\\5", SliceFiles.AXIAL, "8", -1);
        SliceFiles.write(folder.resolve("x4.dcm"), "0\\0\\5", SliceFiles.AXIAL, "8", -1);

        Series series = onlySeries(StudyScanner.scanFolder(folder));

        assertEquals(List.of("x2.dcm", "x3.dcm", "x4.dcm", "x1.dcm"), fileNames(series));
    }

    @Test
    void sort_noNormalByInstanceNumber() throws IOException {
        // An empty orientation leaves no normal, so only Instance Number orders the slices.
        SliceFiles.write(folder.resolve("s1.dcm"), "0\\0\\1", "", "30", -1);
        SliceFiles.write(folder.resolve("s2.dcm"), "0\\0\\2", "", "20", -1);
        SliceFiles.write(folder.resolve("s3.dcm"), "0\\0\\3", "", "10", -1);

        Series series = onlySeries(StudyScanner.scanFolder(folder));

        assertEquals(List.of("s3.dcm", "s2.dcm", "s1.dcm"), fileNames(series));
        assertNull(series.instances().get(0).imageOrientation());
    }

    @Test
    void positionAlongNormal_isDotProduct() {
        assertEquals(7.9903810, SliceOrder.positionAlongNormal(new double[] {0, 0.5, 0.8660254},
                new double[] {0, -10, 15}), 1e-6);
    }

    private static Series onlySeries(StudySet set) {
        assertEquals(List.of(), set.problems());
        assertEquals(1, set.studies().size());
        assertEquals(1, set.series().size());
        return set.series().get(0);
    }

    private static List<String> fileNames(Series series) {
        List<String> names = new ArrayList<>();
        for (Slice slice : series.slices()) {
            names.add(slice.instance().fileName());
        }
        return names;
    }
}
