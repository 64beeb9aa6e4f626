package org.radassist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.PixelData;
import org.radassist.dicom.Tag;
import org.radassist.dicom.TransferSyntax;

/**
 * The header summary that {@code info} prints: technical attributes only, never a patient or
 * study identifier, name, date or free text.
 */
record HeaderSummary(
        String file,
        String transferSyntaxUid,
        String transferSyntaxName,
        String modality,
        String sopClassUid,
        int rows,
        int columns,
        int frames,
        int samplesPerPixel,
        int bitsAllocated,
        int bitsStored,
        int pixelRepresentation,
        String photometricInterpretation,
        Double rescaleSlope,
        Double rescaleIntercept,
        String rescaleType,
        boolean modalityLutSequence,
        boolean voiLutSequence,
        List<double[]> windows,
        boolean hasPixelData,
        List<String> warnings) {

    /**
     * Summarises the header. {@code pixelData} is the file's pixel data, or {@code null} when it
     * could not be read. When it is given, the frame count shown is the count it reads.
     */
    static HeaderSummary of(DicomFile dicom, PixelData pixelData) {
        Attributes data = dicom.dataSet();
        TransferSyntax syntax = dicom.transferSyntax();
        List<String> warnings = new ArrayList<>();

        double[] centers = data.getDoubles(Tag.WindowCenter);
        double[] widths = data.getDoubles(Tag.WindowWidth);
        List<double[]> windows = new ArrayList<>();
        for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
            // The same rule as the renderer, which skips these windows.
            if (!Double.isFinite(centers[i]) || !Double.isFinite(widths[i]) || widths[i] < 1) {
                warnings.add("Window " + (i + 1) + " (center " + format(centers[i], 0) + ", width "
                        + format(widths[i], 0) + ") is invalid and is not used.");
                continue;
            }
            windows.add(new double[] {centers[i], widths[i]});
        }

        int declaredFrames = data.getInt(Tag.NumberOfFrames, dicom.hasPixelData() ? 1 : 0);
        int frames = declaredFrames;
        if (pixelData != null) {
            frames = pixelData.frames();
        } else if (dicom.hasPixelData() && declaredFrames < 1) {
            frames = 1;
        }
        if (data.contains(Tag.NumberOfFrames) && frames != declaredFrames) {
            warnings.add("Number of Frames is " + declaredFrames + ", but " + frames
                    + (frames == 1 ? " frame is" : " frames are") + " read from the pixel data.");
        }
        return new HeaderSummary(
                dicom.path().getFileName().toString(),
                syntax.uid(),
                syntax.name(),
                data.getString(Tag.Modality),
                data.getString(Tag.SOPClassUID),
                data.getInt(Tag.Rows, 0),
                data.getInt(Tag.Columns, 0),
                frames,
                data.getInt(Tag.SamplesPerPixel, 0),
                data.getInt(Tag.BitsAllocated, 0),
                data.getInt(Tag.BitsStored, 0),
                data.getInt(Tag.PixelRepresentation, 0),
                data.getString(Tag.PhotometricInterpretation),
                data.contains(Tag.RescaleSlope) ? data.getDouble(Tag.RescaleSlope, 1) : null,
                data.contains(Tag.RescaleIntercept) ? data.getDouble(Tag.RescaleIntercept, 0) : null,
                data.getString(Tag.RescaleType),
                !data.getSequence(Tag.ModalityLUTSequence).isEmpty(),
                !data.getSequence(Tag.VOILUTSequence).isEmpty(),
                windows,
                dicom.hasPixelData(),
                warnings);
    }

    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file);
        ObjectNode syntax = root.putObject("transfer_syntax");
        syntax.put("uid", transferSyntaxUid);
        syntax.put("name", transferSyntaxName);

        root.put("modality", modality);
        root.put("sop_class_uid", sopClassUid);

        root.put("has_pixel_data", hasPixelData);
        root.put("rows", rows);
        root.put("columns", columns);
        root.put("frames", frames);
        root.put("samples_per_pixel", samplesPerPixel);
        root.put("bits_allocated", bitsAllocated);
        root.put("bits_stored", bitsStored);
        root.put("pixel_representation", pixelRepresentation);
        root.put("photometric_interpretation", photometricInterpretation);

        ObjectNode rescale = root.putObject("rescale");
        rescale.put("slope", rescaleSlope);
        rescale.put("intercept", rescaleIntercept);
        rescale.put("type", rescaleType);

        root.put("modality_lut_sequence", modalityLutSequence);
        root.put("voi_lut_sequence", voiLutSequence);
        ArrayNode windowArray = root.putArray("windows");
        for (double[] window : windows) {
            ObjectNode entry = windowArray.addObject();
            entry.put("center", window[0]);
            entry.put("width", window[1]);
        }

        ArrayNode warningArray = root.putArray("warnings");
        warnings.forEach(warningArray::add);
        return root;
    }

    List<String> toText() {
        List<String> lines = new ArrayList<>();
        lines.add("File: " + file);
        lines.add("Transfer syntax: " + transferSyntaxName + " (" + transferSyntaxUid + ")");
        lines.add("Modality: " + orNone(modality));
        if (!hasPixelData) {
            lines.add("Pixel data: none (this object is not an image)");
            return lines;
        }

        lines.add("Size: " + columns + " x " + rows + ", " + frames + (frames == 1 ? " frame" : " frames")
                + ", " + samplesPerPixel + (samplesPerPixel == 1 ? " sample" : " samples") + " per pixel");
        lines.add("Bits: allocated " + bitsAllocated + ", stored " + bitsStored + ", "
                + (pixelRepresentation == 1 ? "signed" : "unsigned"));

        lines.add("Photometric interpretation: " + orNone(photometricInterpretation));
        if (modalityLutSequence) {
            lines.add("Modality LUT: Modality LUT Sequence");
        } else {
            lines.add("Rescale: slope " + format(rescaleSlope, 1) + ", intercept " + format(rescaleIntercept, 0)
                    + (rescaleType == null ? "" : " (" + rescaleType + ")"));
        }

        if (windows.isEmpty()) {
            lines.add("Windows: none" + (voiLutSequence ? " (VOI LUT Sequence present)" : ""));
        } else {
            StringBuilder text = new StringBuilder("Windows (center/width):");
            for (double[] window : windows) {
                text.append(' ').append(format(window[0], 0)).append('/').append(format(window[1], 0));
            }
            lines.add(text.toString());
        }

        for (String warning : warnings) {
            lines.add("Warning: " + warning);
        }
        return lines;
    }

    private static String orNone(String value) {
        return value == null ? "(absent)" : value;
    }

    private static String format(Double value, double defaultValue) {
        double number = value == null ? defaultValue : value;
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
