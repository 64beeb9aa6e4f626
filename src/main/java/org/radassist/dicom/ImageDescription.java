package org.radassist.dicom;

import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Image Pixel module attributes (PS3.3 C.7.6.3) that describe how pixel data is laid out, with
 * defaults for attributes that old files leave out.
 */
record ImageDescription(int rows, int columns, int frames, int samplesPerPixel, int bitsAllocated,
        int bitsStored, int highBit, boolean signed, int planarConfiguration, String photometricInterpretation) {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDescription.class);

    /** Photometric Interpretation defined terms of PS3.3 C.7.6.3.1.2 that the decoders handle. */
    private static final Set<String> PHOTOMETRIC_INTERPRETATIONS = Set.of("MONOCHROME1", "MONOCHROME2",
            "PALETTE COLOR", "RGB", "YBR_FULL", "YBR_FULL_422", "YBR_PARTIAL_422", "YBR_PARTIAL_420", "YBR_ICT",
            "YBR_RCT");

    /**
     * Reads and checks the attributes. Photometric Interpretation defaults to MONOCHROME2 for one
     * sample and RGB for three; Bits Stored to Bits Allocated; High Bit to Bits Stored - 1.
     */
    static ImageDescription of(Path file, Attributes dataSet, TransferSyntax syntax) throws DicomException {
        int rows = dataSet.getInt(Tag.Rows, 0);
        int columns = dataSet.getInt(Tag.Columns, 0);
        if (rows <= 0 || columns <= 0) {
            throw invalid(file, "Rows " + Tag.format(Tag.Rows) + " and Columns " + Tag.format(Tag.Columns)
                    + " must be positive, found " + rows + " x " + columns);
        }

        int samples = dataSet.getInt(Tag.SamplesPerPixel, 1);
        int bitsAllocated = dataSet.getInt(Tag.BitsAllocated, 0);
        if (!dataSet.contains(Tag.BitsAllocated)) {
            throw invalid(file, "Bits Allocated " + Tag.format(Tag.BitsAllocated) + " is missing");
        }
        if (bitsAllocated != 1 && bitsAllocated != 8 && bitsAllocated != 12 && bitsAllocated != 16
                && bitsAllocated != 32) {
            throw UnsupportedDicomException.forPixelFormat(file, syntax, "Bits Allocated " + bitsAllocated
                    + " (supported: 1, 8, 12, 16 and 32)");
        }
        int bitsStored = dataSet.getInt(Tag.BitsStored, bitsAllocated);
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw invalid(file, "Bits Stored " + bitsStored + " is outside 1.." + bitsAllocated);
        }
        int highBit = dataSet.getInt(Tag.HighBit, bitsStored - 1);
        if (highBit < bitsStored - 1 || highBit >= bitsAllocated) {
            // The bit position of the stored values is unknown then, so guessing could show noise.
            throw invalid(file, "High Bit " + Tag.format(Tag.HighBit) + " " + highBit + " is outside "
                    + (bitsStored - 1) + ".." + (bitsAllocated - 1) + " for Bits Stored " + bitsStored
                    + " and Bits Allocated " + bitsAllocated);
        }
        if (samples != 1 && samples != 3) {
            throw UnsupportedDicomException.forPixelFormat(file, syntax, "Samples per Pixel " + samples
                    + " (supported: 1 and 3)");
        }

        int declaredFrames = dataSet.getInt(Tag.NumberOfFrames, 1);
        if (declaredFrames < 1) {
            LOG.warn("{}: Number of Frames {} is invalid, so one frame is read", file.getFileName(), declaredFrames);
        }
        int frames = Math.max(1, declaredFrames);
        String photometric = dataSet.getString(Tag.PhotometricInterpretation);
        if (photometric == null) {
            photometric = samples == 1 ? "MONOCHROME2" : "RGB";
        }
        if (!PHOTOMETRIC_INTERPRETATIONS.contains(photometric)) {
            throw UnsupportedDicomException.forPixelFormat(file, syntax, "Photometric Interpretation "
                    + Tag.format(Tag.PhotometricInterpretation) + " '" + photometric + "'");
        }
        if ((long) rows * columns * samples > Integer.MAX_VALUE - 8) {
            throw invalid(file, "a frame of " + rows + " x " + columns + " x " + samples
                    + " samples exceeds the maximum Java array length");
        }
        String sizeProblem = ImageSizeLimit.checkFrameSize(columns, rows, samples);
        if (sizeProblem != null) {
            throw new UnsupportedDicomException(file, DicomException.Reason.UNSUPPORTED_PIXEL_FORMAT, syntax,
                    sizeProblem);
        }
        if (photometric.startsWith("YBR_PARTIAL") && !syntax.encapsulated()) {
            throw UnsupportedDicomException.forPixelFormat(file, syntax, "native " + photometric + " pixel data");
        }
        boolean signed = dataSet.getInt(Tag.PixelRepresentation, 0) == 1;
        int planar = samples == 1 ? 0 : dataSet.getInt(Tag.PlanarConfiguration, 0);
        return new ImageDescription(rows, columns, frames, samples, bitsAllocated, bitsStored, highBit, signed,
                planar, photometric);
    }

    private static DicomException invalid(Path file, String detail) {
        return new DicomException(file, -1, DicomException.Reason.INVALID_IMAGE, detail);
    }

    /** Returns this description with another number of frames. */
    ImageDescription withFrames(int frameCount) {
        return new ImageDescription(rows, columns, frameCount, samplesPerPixel, bitsAllocated, bitsStored, highBit,
                signed, planarConfiguration, photometricInterpretation);
    }

    /** Returns the number of samples in one frame. */
    long samplesPerFrame() {
        return (long) rows * columns * samplesPerPixel;
    }
}
