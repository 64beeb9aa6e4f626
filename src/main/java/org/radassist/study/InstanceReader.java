package org.radassist.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomException;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;

/** Reads the {@link Instance} facts of one DICOM or PNG file. */
final class InstanceReader {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private InstanceReader() {
    }

    /** Thrown for a file that cannot be listed; carries the problem to report. */
    static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ScanProblem problem;

        UnreadableFileException(ScanProblem problem, Throwable cause) {
            super(problem.message(), cause);
            this.problem = problem;
        }

        ScanProblem problem() {
            return problem;
        }
    }

    /**
     * Reads the file's header, or returns {@code null} for a DICOMDIR, which describes other files
     * and is not an instance itself.
     *
     * @throws UnreadableFileException when the file is missing, unreadable, neither DICOM nor PNG,
     *     or malformed
     */
    static Instance read(Path file) throws UnreadableFileException {
        long size = fileSize(file);
        if (startsWithPngSignature(file)) {
            return new Instance(file, Instance.Kind.PNG, null, null, null, null, null, null,
                    null, null, null, null, null, null, 1, size, null);
        }
        DicomFile dicom;
        try {
            // Pixel data is neither read nor checked here, so a file truncated inside its pixels
            // is listed as an image and fails only when its slice is decoded.
            dicom = DicomFile.readHeader(file);
        } catch (DicomException e) {
            throw new UnreadableFileException(problemOf(file, e), e);
        }
        String sopClassUid = sopClassUid(dicom);
        if (SopClasses.MEDIA_STORAGE_DIRECTORY.equals(sopClassUid)) {
            return null;
        }
        Attributes data = dicom.dataSet();
        Instance.NonImageReason nonImage = null;
        int frames = Math.max(1, data.getInt(Tag.NumberOfFrames, 1));
        if (!dicom.hasPixelData()) {
            nonImage = Instance.NonImageReason.NO_PIXEL_DATA;
            frames = 0;
        } else if (SopClasses.isNonImage(sopClassUid)) {
            nonImage = Instance.NonImageReason.NON_IMAGE_SOP_CLASS;
        }
        return new Instance(file, Instance.Kind.DICOM, sopClassUid, data.getString(Tag.SOPInstanceUID),
                data.getString(Tag.Modality), data.getString(Tag.StudyInstanceUID),
                data.getString(Tag.StudyDescription), data.getString(Tag.StudyDate),
                data.getString(Tag.SeriesInstanceUID), integer(data, Tag.SeriesNumber),
                data.getString(Tag.SeriesDescription), integer(data, Tag.InstanceNumber),
                planeValues(data, Tag.PlanePositionSequence, Tag.ImagePositionPatient, 3),
                planeValues(data, Tag.PlaneOrientationSequence, Tag.ImageOrientationPatient, 6),
                frames, size, nonImage);
    }

    private static String sopClassUid(DicomFile dicom) {
        String uid = dicom.dataSet().getString(Tag.SOPClassUID);
        return uid != null ? uid : dicom.fileMeta().getString(Tag.MediaStorageSOPClassUID);
    }

    private static Integer integer(Attributes data, int tag) {
        double value = data.getDouble(tag, Double.NaN);
        if (!Double.isFinite(value) || value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            return null;
        }
        return (int) value;
    }

    /**
     * Returns a plane attribute from the top level, or, for enhanced multi-frame objects, from the
     * first frame's functional group (per-frame first, then shared).
     */
    private static double[] planeValues(Attributes data, int macroSequence, int tag, int count) {
        double[] values = data.getDoubles(tag);
        if (values.length == count) {
            return values;
        }
        for (int groups : new int[] {Tag.PerFrameFunctionalGroupsSequence, Tag.SharedFunctionalGroupsSequence}) {
            List<Attributes> frames = data.getSequence(groups);
            if (frames.isEmpty()) {
                continue;
            }
            List<Attributes> macro = frames.get(0).getSequence(macroSequence);
            if (!macro.isEmpty()) {
                values = macro.get(0).getDoubles(tag);
                if (values.length == count) {
                    return values;
                }
            }
        }
        return null;
    }

    private static ScanProblem problemOf(Path file, DicomException e) {
        ScanProblem.Reason reason;
        switch (e.reason()) {
            case IO_ERROR:
                reason = ScanProblem.Reason.READ_FAILED;
                break;
            case NOT_DICOM:
                reason = ScanProblem.Reason.NOT_DICOM;
                break;
            default:
                reason = ScanProblem.Reason.INVALID_DICOM;
                break;
        }
        return new ScanProblem(file, reason, oneLine(e.getMessage()));
    }

    private static long fileSize(Path file) throws UnreadableFileException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(new ScanProblem(file, ScanProblem.Reason.FILE_NOT_FOUND,
                    file + ": file not found"), e);
        } catch (IOException e) {
            throw readFailed(file, e);
        }
    }

    private static boolean startsWithPngSignature(Path file) throws UnreadableFileException {
        try (InputStream input = Files.newInputStream(file)) {
            return Arrays.equals(input.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE);
        } catch (IOException e) {
            throw readFailed(file, e);
        }
    }

    private static UnreadableFileException readFailed(Path file, IOException e) {
        String detail = e instanceof AccessDeniedException ? "permission denied" : "read failed: " + e.getMessage();
        return new UnreadableFileException(new ScanProblem(file, ScanProblem.Reason.READ_FAILED,
                file.getFileName() + ": " + detail), e);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
