package org.radassist.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.radassist.dicom.DicomException;
import org.radassist.dicom.DicomFile;

/**
 * Loads a DICOM or PNG file as a {@link StudyImage}. The format is sniffed from the content, never
 * from the file name: the PNG signature, else DICOM, which the DICOM reader accepts with a
 * "DICM" prefix at byte 128 or as a raw data set without preamble.
 */
public final class ImageLoader {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageLoader() {
    }

    /** Loads the first frame of a DICOM or PNG file. */
    public static StudyImage load(Path path) throws ImageLoadException {
        return load(path, 0);
    }

    /**
     * Loads one frame of a DICOM or PNG file.
     *
     * @param frame 0-based frame index; a PNG has only frame 0
     */
    public static StudyImage load(Path path, int frame) throws ImageLoadException {
        if (startsWithPngSignature(path)) {
            if (frame != 0) {
                throw new ImageLoadException(path, ImageLoadException.Reason.FRAME_OUT_OF_RANGE,
                        ImageLoadException.describe(path, "frame " + frame + " is out of range; a PNG has only frame 0"));
            }
            return PngImageReader.read(path);
        }
        return DicomImageReader.read(path, readDicom(path), frame);
    }

    private static DicomFile readDicom(Path path) throws ImageLoadException {
        try {
            return DicomFile.read(path);
        } catch (DicomException e) {
            // Only the DICOM reader can tell a raw data set without preamble from other content.
            throw DicomImageReader.fromDicomException(path, e);
        }
    }

    private static boolean startsWithPngSignature(Path path) throws ImageLoadException {
        byte[] header;
        try (InputStream input = Files.newInputStream(path)) {
            header = input.readNBytes(PNG_SIGNATURE.length);
        } catch (NoSuchFileException e) {
            throw new ImageLoadException(path, ImageLoadException.Reason.FILE_NOT_FOUND,
                    ImageLoadException.describe(path, "file not found"), e);
        } catch (AccessDeniedException e) {
            throw new ImageLoadException(path, ImageLoadException.Reason.READ_FAILED,
                    ImageLoadException.describe(path, "permission denied"), e);
        } catch (IOException e) {
            throw new ImageLoadException(path, ImageLoadException.Reason.READ_FAILED,
                    ImageLoadException.describe(path, "read failed: " + e.getMessage()), e);
        }
        return Arrays.equals(header, PNG_SIGNATURE);
    }
}
