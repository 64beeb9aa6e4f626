package org.radassist.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radassist.dicom.DicomException;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.StudyImage;
import org.radassist.study.FrameCache;
import org.radassist.study.Instance;
import org.radassist.study.ScanProblem;
import org.radassist.study.Series;
import org.radassist.study.Slice;
import org.radassist.study.Study;
import org.radassist.study.StudyScanner;
import org.radassist.study.StudySet;
import org.radassist.ui.OpenedStudySet;
import org.radassist.ui.SeriesRef;
import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The study side of the desktop services: scans folders, DICOMDIRs and files into series, and
 * decodes slices through a {@link FrameCache} that reads ahead in the direction of scrolling.
 */
final class SeriesBrowser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SeriesBrowser.class);

    /** Slices decoded ahead of the current one, in the direction the user last moved. */
    static final int PREFETCH_AHEAD = 4;

    private final FrameCache cache;
    private Series lastSeries;
    private int lastIndex;

    SeriesBrowser(FrameCache cache) {
        this.cache = cache;
    }

    /** Scans the path and returns its series; the cache is emptied first. */
    OpenedStudySet open(Path path) throws WorkbenchException {
        StudySet set;
        try {
            set = StudyScanner.scan(path);
        } catch (NoSuchFileException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE, path + ": file or folder not found", e);
        } catch (AccessDeniedException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE, path + ": permission denied", e);
        } catch (DicomException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE, e.getMessage(), e);
        } catch (IOException e) {
            throw new WorkbenchException(Reason.UNREADABLE_FILE, path + ": cannot be read: " + e.getMessage(), e);
        }
        cache.clear();
        synchronized (this) {
            lastSeries = null;
        }

        boolean singleFile = Files.isRegularFile(path) && !StudyScanner.isDicomdirName(path);
        if (singleFile && !set.problems().isEmpty()) {
            ScanProblem problem = set.problems().get(0);
            throw new WorkbenchException(reasonOf(problem.reason()), problem.message());
        }
        List<SeriesRef> refs = new ArrayList<>();
        for (Study study : set.studies()) {
            String studyLabel = study.description().isEmpty() ? study.date() : study.description();
            for (Series series : study.series()) {
                refs.add(new SeriesRef(studyLabel, series.seriesNumber(), series.modality(), series.description(),
                        series.imageCount(), series.nonImageCount(), series));
            }
        }
        List<String> problems = new ArrayList<>();
        for (ScanProblem problem : set.problems()) {
            problems.add(problem.message());
        }
        OpenedStudySet opened = new OpenedStudySet(path, refs, problems, set.fileCount());
        if (opened.firstImageSeries() == null) {
            throw new WorkbenchException(Reason.NOT_AN_IMAGE, noImageMessage(path, singleFile, set));
        }
        return opened;
    }

    /** Decodes one slice, then schedules the next slices in the direction of travel. */
    StudyImage slice(SeriesRef ref, int index) throws WorkbenchException {
        if (!(ref.handle() instanceof Series series)) {
            throw new IllegalArgumentException("The series was not opened by this service: " + ref);
        }
        if (index < 0 || index >= series.imageCount()) {
            throw new WorkbenchException(Reason.NOT_AN_IMAGE, "Slice " + (index + 1) + " is outside series "
                    + series.seriesNumber() + ", which has " + series.imageCount() + " images");
        }
        Slice slice = series.slices().get(index);
        StudyImage image;
        try {
            image = cache.get(slice);
        } catch (ImageLoadException e) {
            throw new WorkbenchException(DesktopWorkbench.reasonOf(e), e.getMessage(), e);
        }
        cache.prefetch(aheadOf(series, index));
        return image;
    }

    private synchronized List<Slice> aheadOf(Series series, int index) {
        int direction = series == lastSeries && index < lastIndex ? -1 : 1;
        lastSeries = series;
        lastIndex = index;
        List<Slice> ahead = new ArrayList<>();
        for (int step = 1; step <= PREFETCH_AHEAD; step++) {
            int next = index + direction * step;
            if (next >= 0 && next < series.imageCount()) {
                ahead.add(series.slices().get(next));
            }
        }
        return ahead;
    }

    private static String noImageMessage(Path path, boolean singleFile, StudySet set) {
        if (singleFile && !set.series().isEmpty()) {
            Instance instance = set.series().get(0).instances().get(0);
            String object = instance.modality().isEmpty() ? "the object" : "the " + instance.modality() + " object";
            String reason = instance.nonImageReason() == Instance.NonImageReason.NO_PIXEL_DATA
                    ? "has no pixel data" : "is not an image for display (SOP class " + instance.sopClassUid() + ")";
            return instance.fileName() + ": " + object + " " + reason + ", so it cannot be shown or analysed";
        }
        return path.getFileName() + ": no image found among " + set.fileCount() + " files ("
                + set.problems().size() + " could not be read)";
    }

    private static Reason reasonOf(ScanProblem.Reason reason) {
        switch (reason) {
            case NOT_DICOM:
                return Reason.UNSUPPORTED_FILE;
            default:
                return Reason.UNREADABLE_FILE;
        }
    }

    @Override
    public void close() {
        cache.close();
    }
}
