package org.radassist.imaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomException;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.PixelData;
import org.radassist.dicom.Tag;
import org.radassist.dicom.UnsupportedDicomException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one frame of a {@link DicomFile} into a {@link StudyImage}: grey frames keep their stored
 * values with the modality transform, colour frames (RGB, YBR, PALETTE COLOR) become packed RGB.
 * Only pixel-describing attributes are copied, never identifiers.
 */
final class DicomImageReader {

    private static final Logger LOG = LoggerFactory.getLogger(DicomImageReader.class);

    private DicomImageReader() {
    }

    static StudyImage read(Path path, DicomFile file, int frame) throws ImageLoadException {
        Attributes dataSet = file.dataSet();
        String modality = dataSet.getString(Tag.Modality);
        if (!file.hasPixelData()) {
            String modalityNote = modality == null ? "" : " (Modality " + modality + ")";
            throw new ImageLoadException(path, ImageLoadException.Reason.NOT_IMAGE,
                    ImageLoadException.describe(path, "the DICOM file has no Pixel Data" + modalityNote));
        }

        try {
            PixelData pixelData = file.pixelData();
            if (frame < 0 || frame >= pixelData.frames()) {
                throw new ImageLoadException(path, ImageLoadException.Reason.FRAME_OUT_OF_RANGE,
                        ImageLoadException.describe(path, "frame " + frame + " is out of range; the file has "
                                + pixelData.frames() + " frame(s), numbered from 0"));
            }
            int[] values = pixelData.readFrame(frame);
            StudyImage image = toStudyImage(path, file, pixelData, values, frame);
            LOG.debug("Loaded {}", image);
            return image;
        } catch (DicomException e) {
            throw fromDicomException(path, e);
        }
    }

    /**
     * Wraps a DICOM reader failure, keeping its message, which names the file and the reason.
     * Content that is neither DICOM nor a raw data set gets UNKNOWN_FORMAT with its own message
     * because by then the content was not PNG either.
     */
    static ImageLoadException fromDicomException(Path path, DicomException e) {
        if (e instanceof UnsupportedDicomException) {
            return new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_DICOM, e.getMessage(), e);
        }
        DicomException.Reason reason = e.reason() == null ? DicomException.Reason.MALFORMED : e.reason();
        switch (reason) {
            case NOT_DICOM:
                LOG.debug("Not PNG and not a readable DICOM data set: {}", e.getMessage());
                return new ImageLoadException(path, ImageLoadException.Reason.UNKNOWN_FORMAT,
                        ImageLoadException.describe(path, "not a PNG or DICOM file"), e);
            case IO_ERROR:
                return new ImageLoadException(path, ImageLoadException.Reason.READ_FAILED, e.getMessage(), e);
            case UNSUPPORTED_TRANSFER_SYNTAX:
            case UNSUPPORTED_PIXEL_FORMAT:
                return new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_DICOM, e.getMessage(), e);
            default:
                return new ImageLoadException(path, ImageLoadException.Reason.INVALID_DICOM, e.getMessage(), e);
        }
    }

    private static StudyImage toStudyImage(Path path, DicomFile file, PixelData pixelData, int[] values, int frame)
            throws ImageLoadException {
        Attributes dataSet = file.dataSet();
        int width = pixelData.columns();
        int height = pixelData.rows();
        int samples = pixelData.samplesPerPixel();
        boolean bigEndian = file.transferSyntax() != null && file.transferSyntax().bigEndian();
        String photometric = pixelData.photometricInterpretation();
        if (photometric == null || photometric.isEmpty()) {
            // ACR-NEMA files may lack Photometric Interpretation; grey is their only layout.
            photometric = samples == 1 ? "MONOCHROME2" : "RGB";
        }
        int pixelCount = width * height;
        if (values.length != pixelCount * samples) {
            throw new ImageLoadException(path, ImageLoadException.Reason.INVALID_DICOM,
                    ImageLoadException.describe(path, "frame " + frame + " has " + values.length
                            + " values, expected " + pixelCount * samples + " for " + width + "x" + height
                            + " with " + samples + " sample(s) per pixel"));
        }

        StudyImage.Builder builder = StudyImage.builder(ImageKind.DICOM)
                .path(path)
                .dicom(file)
                .modality(dataSet.getString(Tag.Modality))
                .size(width, height)
                .photometricInterpretation(photometric)
                .bitsStored(pixelData.bitsStored())
                .frame(frame, pixelData.frames())
                .pixelSpacing(pixelSpacing(dataSet));

        if (samples == 1 && "PALETTE COLOR".equals(photometric)) {
            int[] rgb = DicomLuts.paletteToRgb(dataSet, values, bigEndian);
            if (rgb == null) {
                throw new ImageLoadException(path, ImageLoadException.Reason.INVALID_DICOM,
                        ImageLoadException.describe(path, "PALETTE COLOR image without valid palette lookup tables"));
            }
            return builder.rgb(rgb).build();
        }
        if (samples == 1) {
            Attributes pixelValueTransformation = FunctionalGroups.find(dataSet, frame,
                    Tag.PixelValueTransformationSequence, Tag.RescaleSlope);
            Attributes voi = FunctionalGroups.find(dataSet, frame, Tag.FrameVOILUTSequence, Tag.WindowCenter);
            ModalityTransform transform = DicomLuts.modalityTransform(dataSet, pixelValueTransformation,
                    pixelData.signed(), bigEndian);
            return builder.grey(values, transform)
                    .pixelPadding(pixelPadding(dataSet, pixelData))
                    .windows(windows(voi))
                    .voiLuts(DicomLuts.voiLuts(dataSet, pixelData.signed(), bigEndian))
                    .voiLutFunction(VoiLutFunction.fromDicom(voi.getString(Tag.VOILUTFunction)))
                    .build();
        }
        if (samples == 3) {
            int[] rgb = ColourConversion.toPackedRgb(photometric, values, pixelData.bitsStored());
            if (rgb == null) {
                throw new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_DICOM,
                        ImageLoadException.describe(path, "unsupported Photometric Interpretation " + photometric));
            }
            return builder.rgb(rgb).build();
        }
        throw new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_DICOM,
                ImageLoadException.describe(path, "unsupported Samples per Pixel " + samples));
    }

    /**
     * Returns the Window Center/Width pairs in file order with their explanations. Pairs with a
     * value that is not a finite number, or a width below 1, are skipped with a warning.
     */
    static List<Window> windows(Attributes dataSet) {
        double[] centers = dataSet.getDoubles(Tag.WindowCenter);
        double[] widths = dataSet.getDoubles(Tag.WindowWidth);
        String[] explanations = dataSet.getStrings(Tag.WindowCenterWidthExplanation);
        if (centers.length != widths.length) {
            LOG.warn("Window Center has {} values but Window Width has {}; using the first {} pair(s)",
                    centers.length, widths.length, Math.min(centers.length, widths.length));
        }
        int count = Math.min(centers.length, widths.length);
        List<Window> windows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (!Double.isFinite(centers[i]) || !Double.isFinite(widths[i]) || widths[i] < 1) {
                LOG.warn("Skipping invalid window {}: center {}, width {}", i + 1, centers[i], widths[i]);
                continue;
            }
            String explanation = i < explanations.length && explanations[i] != null ? explanations[i] : "";
            windows.add(new Window(centers[i], widths[i], explanation));
        }
        return windows;
    }

    /**
     * Returns the Pixel Padding Value range in stored values, or null when the file has none.
     * Files with signed pixels sometimes encode the value as US, so a 16-bit value above 32767 is
     * then read as its two's-complement negative.
     */
    static PixelPadding pixelPadding(Attributes dataSet, PixelData pixelData) {
        if (!dataSet.contains(Tag.PixelPaddingValue)) {
            return null;
        }
        int value = dataSet.getInt(Tag.PixelPaddingValue, 0);
        int limit = dataSet.getInt(Tag.PixelPaddingRangeLimit, value);
        if (pixelData.signed()) {
            value = signed16(value);
            limit = signed16(limit);
        }
        return PixelPadding.of(value, limit);
    }

    private static int signed16(int value) {
        return value > Short.MAX_VALUE && value <= 0xFFFF ? value - 0x10000 : value;
    }

    private static PixelSpacing pixelSpacing(Attributes dataSet) {
        double[] spacing = dataSet.getDoubles(Tag.PixelSpacing);
        if (spacing.length >= 2 && spacing[0] > 0 && spacing[1] > 0) {
            return new PixelSpacing(spacing[0], spacing[1], "PixelSpacing");
        }
        spacing = dataSet.getDoubles(Tag.ImagerPixelSpacing);
        if (spacing.length >= 2 && spacing[0] > 0 && spacing[1] > 0) {
            return new PixelSpacing(spacing[0], spacing[1], "ImagerPixelSpacing");
        }
        return null;
    }
}
