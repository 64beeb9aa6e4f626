package org.radassist.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;

/** Scans of the real corpus folder and of folders assembled from corpus files. */
class StudyScannerTest {

    private static final Path REAL_DICOM = Corpus.ROOT.resolve("real").resolve("dicom");

    @TempDir
    Path folder;

    @Test
    void realFolder_listsEveryFileWithoutProblems() throws IOException {
        StudySet set = StudyScanner.scanFolder(REAL_DICOM);

        // 31 DICOM files and the DICOMDIR, which is skipped without a problem.
        assertEquals(32, set.fileCount());
        assertEquals(List.of(), set.problems());
        int instances = 0;
        for (Series series : set.series()) {
            instances += series.instances().size();
        }
        assertEquals(31, instances);
    }

    @Test
    void realFolder_truncatedPixelsListedAsImage() throws IOException {
        // Only the header is read while scanning, and this file is cut inside its pixel data.
        Instance truncated = instanceNamed(StudyScanner.scanFolder(REAL_DICOM), "mr_truncated_pixels.dcm");

        assertTrue(truncated.isImage());
    }

    @Test
    void truncatedHeader_isReportedAsInvalid() throws IOException {
        byte[] whole = Files.readAllBytes(Corpus.real("ct_small_evrle_ri1024_nowin.dcm"));
        Files.write(folder.resolve("cut.dcm"), Arrays.copyOf(whole, 700));

        StudySet set = StudyScanner.scanFolder(folder);

        assertEquals(List.of("cut.dcm"), problemFiles(set));
        assertEquals(ScanProblem.Reason.INVALID_DICOM, set.problems().get(0).reason());
        assertTrue(set.problems().get(0).message().startsWith("cut.dcm: "), set.problems().get(0).message());
    }

    @Test
    void realFolder_groupsFilesBySeries() throws IOException {
        StudySet set = StudyScanner.scanFolder(REAL_DICOM);

        Series mr = seriesOf(set, "1.3.6.1.4.1.5962.1.3.4.1.20040826185059.5457");
        assertEquals("MR", mr.modality());
        assertEquals(Integer.valueOf(1), mr.seriesNumber());
        // Four encodings of one MR slice: same position and Instance Number, so file names decide.
        assertEquals(List.of("mr_small_evrbe.dcm", "mr_small_evrle.dcm", "mr_small_j2k_lossless.dcm",
                "mr_truncated_pixels.dcm"), sliceFiles(mr));

        Series ct = seriesOf(set, "1.3.6.1.4.1.5962.1.3.1.1.20040826185059.5457");
        assertEquals(List.of("ct1_ivrle_ri1024_nowin.dcm", "ct1_jpegls_lossless.dcm"), sliceFiles(ct));
        assertEquals(4, seriesOf(set, "1.2.826.0.1.3680043.8.498.16157229083793556332623330502397121062")
                .imageCount());
    }

    @Test
    void realFolder_multiFrameGivesEveryFrame() throws IOException {
        Series us = seriesOf(StudyScanner.scanFolder(REAL_DICOM),
                "1.2.840.114340.3.8251017118051.2.20160503.120850.2171");

        assertEquals(30, us.imageCount());
        for (int i = 0; i < 30; i++) {
            assertEquals(i, us.slices().get(i).frame());
            assertEquals("us_jpeg_ybr422_30frames.dcm", us.slices().get(i).instance().fileName());
        }
    }

    @Test
    void realFolder_listsNonImageObjects() throws IOException {
        StudySet set = StudyScanner.scanFolder(REAL_DICOM);

        Instance sr = instanceNamed(set, "sr_no_pixels.dcm");
        assertEquals("SR", sr.modality());
        assertEquals(Instance.NonImageReason.NO_PIXEL_DATA, sr.nonImageReason());
        assertFalse(sr.isImage());

        Instance rtstruct = instanceNamed(set, "rtstruct_no_pixels.dcm");
        assertEquals("RTSTRUCT", rtstruct.modality());
        assertEquals(Instance.NonImageReason.NO_PIXEL_DATA, rtstruct.nonImageReason());

        Instance seg = instanceNamed(set, "seg_1bit_512.dcm");
        assertEquals("SEG", seg.modality());
        assertEquals(Instance.NonImageReason.NON_IMAGE_SOP_CLASS, seg.nonImageReason());

        Series srSeries = seriesContaining(set, "sr_no_pixels.dcm");
        assertEquals(0, srSeries.imageCount());
        assertEquals(1, srSeries.nonImageCount());
        assertEquals("SR", srSeries.modality());
    }

    @Test
    void mixedFolder_pngSeriesAndTextProblem() throws IOException {
        SliceFiles.write(folder.resolve("ct").resolve("1.dcm"), "0\\0\\0", SliceFiles.AXIAL, "1", -1);
        SliceFiles.write(folder.resolve("ct").resolve("2.dcm"), "0\\0\\5", SliceFiles.AXIAL, "2", -1);
        Files.copy(Corpus.ROOT.resolve("real/png/cxr_nih_00000001_000_8bit.png"), folder.resolve("chest.png"));
        Files.copy(Corpus.cases("javafx/L22_checker_1px_512.png"), folder.resolve("checker.png"));
        Files.writeString(folder.resolve("notes.txt"), "not an image", StandardCharsets.UTF_8);
        Files.copy(Corpus.real("sr_no_pixels.dcm"), folder.resolve("report.dcm"));

        StudySet set = StudyScanner.scanFolder(folder);

        assertEquals(6, set.fileCount());
        assertEquals(List.of("notes.txt"), problemFiles(set));
        assertEquals(ScanProblem.Reason.NOT_DICOM, set.problems().get(0).reason());
        List<String> pngSeries = new ArrayList<>();
        for (Series series : set.series()) {
            if (series.instances().get(0).kind() == Instance.Kind.PNG) {
                pngSeries.add(series.description() + ":" + series.imageCount());
            }
        }
        assertEquals(List.of("checker.png:1", "chest.png:1"), pngSeries);
        assertEquals(4, set.series().size());
        assertEquals(3, set.studies().size());
    }

    @Test
    void singleFile_isOneSeries() throws IOException {
        StudySet set = StudyScanner.scan(Corpus.real("ct_small_evrle_ri1024_nowin.dcm"));

        assertEquals(1, set.fileCount());
        assertEquals(1, set.series().size());
        assertEquals(1, set.series().get(0).imageCount());
        assertEquals("CT", set.series().get(0).modality());
    }

    @Test
    void missingPath_failsTheScan() {
        assertThrows(NoSuchFileException.class, () -> StudyScanner.scan(folder.resolve("absent")));
    }

    @Test
    void scanFiles_reportsMissingFile() {
        Path missing = folder.resolve("gone.dcm");
        StudySet set = StudyScanner.scanFiles(List.of(missing, Corpus.real("ct_small_evrle_ri1024_nowin.dcm")));

        assertEquals(1, set.series().size());
        assertEquals(1, set.problems().size());
        assertEquals(ScanProblem.Reason.FILE_NOT_FOUND, set.problems().get(0).reason());
        assertEquals(missing, set.problems().get(0).file());
    }

    @Test
    void pngInstance_hasNoDicomAttributes() throws IOException {
        StudySet set = StudyScanner.scan(Corpus.cases("javafx/L22_checker_1px_512.png"));

        Instance png = set.series().get(0).instances().get(0);
        assertEquals(Instance.Kind.PNG, png.kind());
        assertEquals("", png.modality());
        assertEquals("", png.seriesInstanceUid());
        assertNull(png.instanceNumber());
        assertTrue(png.isImage());
    }

    static List<String> problemFiles(StudySet set) {
        List<String> names = new ArrayList<>();
        for (ScanProblem problem : set.problems()) {
            names.add(problem.file().getFileName().toString());
        }
        return names;
    }

    private static Series seriesOf(StudySet set, String uid) {
        for (Series series : set.series()) {
            if (series.seriesInstanceUid().equals(uid)) {
                return series;
            }
        }
        throw new AssertionError("no series " + uid);
    }

    private static Series seriesContaining(StudySet set, String fileName) {
        for (Series series : set.series()) {
            for (Instance instance : series.instances()) {
                if (instance.fileName().equals(fileName)) {
                    return series;
                }
            }
        }
        throw new AssertionError("no series contains " + fileName);
    }

    private static Instance instanceNamed(StudySet set, String fileName) {
        for (Instance instance : seriesContaining(set, fileName).instances()) {
            if (instance.fileName().equals(fileName)) {
                return instance;
            }
        }
        throw new AssertionError(fileName);
    }

    private static List<String> sliceFiles(Series series) {
        List<String> names = new ArrayList<>();
        for (Slice slice : series.slices()) {
            names.add(slice.instance().fileName());
        }
        return names;
    }
}
