package org.radassist.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.SliceFiles;

/** The folder scan reads headers on several threads and must give the result of a sequential scan. */
class StudyScannerParallelTest {

    @TempDir
    Path folder;

    @Test
    void scanFolder_manyFilesKeepOrderAndProblems() throws Exception {
        List<String> expectedProblems = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("f%03d", i);
            if (i % 7 == 3) {
                Files.writeString(folder.resolve(name + ".txt"), "not DICOM " + i);
                expectedProblems.add(name + ".txt");
            } else {
                // Positions descend while names ascend, so slice order must come from the positions.
                SliceFiles.write(folder.resolve(name + ".dcm"), "0\\0\\" + (100 - i), SliceFiles.AXIAL,
                        Integer.toString(i), i % 128);
            }
        }

        StudySet set = StudyScanner.scanFolder(folder);

        assertEquals(60, set.fileCount());
        assertEquals(1, set.series().size());
        Series series = set.series().get(0);
        assertEquals(60 - expectedProblems.size(), series.imageCount());
        List<String> problemFiles = new ArrayList<>();
        for (ScanProblem problem : set.problems()) {
            assertEquals(ScanProblem.Reason.NOT_DICOM, problem.reason(), problem.message());
            problemFiles.add(problem.file().getFileName().toString());
        }
        assertEquals(expectedProblems, problemFiles);
        List<String> sliceFiles = new ArrayList<>();
        for (Slice slice : series.slices()) {
            sliceFiles.add(slice.instance().fileName());
        }
        List<String> expectedSlices = new ArrayList<>();
        for (int i = 59; i >= 0; i--) {
            if (i % 7 != 3) {
                expectedSlices.add(String.format("f%03d.dcm", i));
            }
        }
        assertEquals(expectedSlices, sliceFiles);
    }
}
