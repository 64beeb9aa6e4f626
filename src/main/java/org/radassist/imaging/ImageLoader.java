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
import org.radassist.dicom.UnsupportedDicomException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a DICOM or PNG file as a {@link StudyImage}. The format is sniffed from the content, never
 * from the file name: the PNG signature, else DICOM, which the DICOM reader accepts with a
 * "DICM" preamble at byte 128 or as a raw data set without one.
 */
public final class ImageLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ImageLoader.class);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int DICOM_PREFIX_OFFSET = 128;
    private static final byte[] DICOM_PREFIX = {'D', 'I', 'C', 'M'};

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
        byte[] header = readHeader(path);
        if (startsWith(header, 0, PNG_SIGNATURE)) {
            if (frame != 0) {
                throw new ImageLoadException(path, ImageLoadException.Reason.FRAME_OUT_OF_RANGE,
                        ImageLoadException.describe(path, "frame " + frame + " is out of range; a PNG has only frame 0"));
            }
            return PngImageReader.read(path);
        }
        return DicomImageReader.read(path, readDicom(path, header), frame);
    }

    private static DicomFile readDicom(Path path, byte[] header) throws ImageLoadException {
        try {
            return DicomFile.read(path);
        } catch (UnsupportedDicomException e) {
            throw new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_DICOM, e.getMessage(), e);
        } catch (DicomException e) {
            if (startsWith(header, DICOM_PREFIX_OFFSET, DICOM_PREFIX)) {
                throw new ImageLoadException(path, ImageLoadException.Reason.INVALID_DICOM, e.getMessage(), e);
            }
            // Without the preamble only the DICOM reader can tell a raw data set from other content,
            // so its failure means the content is neither format. The cause keeps its detail.
            LOG.debug("Not PNG and not a readable DICOM data set: {}", e.getMessage());
            throw new ImageLoadException(path, ImageLoadException.Reason.UNKNOWN_FORMAT,
                    ImageLoadException.describe(path, "not a PNG or DICOM file"), e);
        }
    }

    private static byte[] readHeader(Path path) throws ImageLoadException {
        try (InputStream input = Files.newInputStream(path)) {
            return input.readNBytes(DICOM_PREFIX_OFFSET + DICOM_PREFIX.length);
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
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
