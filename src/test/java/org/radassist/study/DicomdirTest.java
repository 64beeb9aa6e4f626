package org.radassist.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.DicomException;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;

/**
 * The corpus DICOMDIR (pydicom's test file set: 52 records, 31 of them referencing files, none
 * of which are in the corpus).
 */
class DicomdirTest {

    private static final Path DICOMDIR = Corpus.ROOT.resolve("real").resolve("dicom").resolve("DICOMDIR");

    @TempDir
    Path folder;

    @Test
    void realDicomdir_listsEveryMissingReferenceWithoutFailing() throws IOException {
        StudySet set = StudyScanner.scan(DICOMDIR);

        assertEquals(31, set.fileCount());
        assertEquals(List.of(), set.studies());
        assertEquals(31, set.problems().size());
        for (ScanProblem problem : set.problems()) {
            assertEquals(ScanProblem.Reason.FILE_NOT_FOUND, problem.reason(), problem.message());
        }
        Path first = set.problems().get(0).file();
        assertEquals(DICOMDIR.toAbsolutePath().getParent().resolve("77654033").resolve("CR1").resolve("6154"), first);
        assertTrue(set.problems().get(0).message().endsWith("6154: file not found"), set.problems().get(0).message());
    }

    @Test
    void copiedDicomdir_readsTheReferencedFilesThatExist() throws IOException {
        Path copy = folder.resolve("DICOMDIR");
        Files.copy(DICOMDIR, copy);
        // Three records of series CT2 of the first study; their content comes from the corpus CT.
        SliceFiles.write(folder.resolve("77654033/CT2/17106"), "0\\0\\20", SliceFiles.AXIAL, "1", -1);
        SliceFiles.write(folder.resolve("77654033/CT2/17136"), "0\\0\\10", SliceFiles.AXIAL, "2", -1);
        SliceFiles.write(folder.resolve("77654033/CT2/17166"), "0\\0\\0", SliceFiles.AXIAL, "3", -1);

        StudySet set = StudyScanner.scan(copy);

        assertEquals(31, set.fileCount());
        assertEquals(28, set.problems().size());
        assertEquals(1, set.series().size());
        Series series = set.series().get(0);
        assertEquals(3, series.imageCount());
        assertEquals("17166", series.slices().get(0).instance().fileName());
        assertEquals("17106", series.slices().get(2).instance().fileName());
    }

    @Test
    void lowerCaseName_isRecognisedAsDicomdir() {
        assertTrue(StudyScanner.isDicomdirName(Path.of("media", "dicomdir")));
    }

    @Test
    void scanFolder_skipsDicomdir() throws IOException {
        Files.copy(DICOMDIR, folder.resolve("DICOMDIR"));
        SliceFiles.write(folder.resolve("IMG1"), "0\\0\\0", SliceFiles.AXIAL, "1", -1);

        StudySet set = StudyScanner.scan(folder);

        assertEquals(2, set.fileCount());
        assertEquals(List.of(), set.problems());
        assertEquals(1, set.series().size());
    }

    @Test
    void notADicomdir_failsWithTheFileName() throws IOException {
        Path fake = folder.resolve("DICOMDIR");
        Files.writeString(fake, "plain text, not DICOM");

        DicomException error = assertThrows(DicomException.class, () -> StudyScanner.scan(fake));

        assertTrue(error.getMessage().startsWith("DICOMDIR: "), error.getMessage());
    }
}
