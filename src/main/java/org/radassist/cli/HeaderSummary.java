package org.radassist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomFile;
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
        boolean hasPixelData) {

    static HeaderSummary of(DicomFile dicom) {
        Attributes data = dicom.dataSet();
        TransferSyntax syntax = dicom.transferSyntax();
        double[] centers = data.getDoubles(Tag.WindowCenter);
        double[] widths = data.getDoubles(Tag.WindowWidth);
        List<double[]> windows = new ArrayList<>();
        for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
            windows.add(new double[] {centers[i], widths[i]});
        }
        return new HeaderSummary(
                dicom.path().getFileName().toString(),
                syntax.uid(),
                syntax.name(),
                data.getString(Tag.Modality),
                data.getString(Tag.SOPClassUID),
                data.getInt(Tag.Rows, 0),
                data.getInt(Tag.Columns, 0),
                data.getInt(Tag.NumberOfFrames, dicom.hasPixelData() ? 1 : 0),
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
                dicom.hasPixelData());
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
