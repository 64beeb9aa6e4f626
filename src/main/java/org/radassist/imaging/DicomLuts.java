package org.radassist.imaging;

import java.util.ArrayList;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.Tag;
import org.radassist.dicom.VR;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads lookup tables from DICOM attributes: the Modality LUT Sequence (0028,3000) or Rescale
 * Slope/Intercept, the VOI LUT Sequence (0028,3010) and the Palette Color LUTs. Each LUT has a
 * LUT Descriptor of three values: the number of entries (0 means 65536), the first stored value
 * mapped and the bits per entry.
 */
final class DicomLuts {

    private static final Logger LOG = LoggerFactory.getLogger(DicomLuts.class);

    private DicomLuts() {
    }

    /**
     * Returns the modality transform of a grey data set: the first Modality LUT Sequence item
     * when present, else Rescale Slope and Intercept (defaults 1 and 0).
     *
     * @param rescaleAttributes the data set, or for enhanced multi-frame images the Pixel Value
     *     Transformation item of the frame, that contains Rescale Slope and Intercept
     * @param signedPixels true when Pixel Representation is 1, so a first mapped value read as US
     *     above 32767 is a negative stored value
     */
    static ModalityTransform modalityTransform(Attributes dataSet, Attributes rescaleAttributes, boolean signedPixels,
            boolean bigEndian) {
        List<Attributes> lutItems = dataSet.getSequence(Tag.ModalityLUTSequence);
        if (!lutItems.isEmpty()) {
            Attributes item = lutItems.get(0);
            int[] descriptor = item.getInts(Tag.LUTDescriptor);
            if (descriptor.length >= 3) {
                int entryCount = descriptor[0] == 0 ? 65536 : descriptor[0] & 0xFFFF;
                int firstStoredValue = firstMappedValue(descriptor[1], item.getVR(Tag.LUTDescriptor), signedPixels);
                int bitsPerEntry = descriptor[2];
                int[] entries = readLutData(item, Tag.LUTData, entryCount, bitsPerEntry, bigEndian);
                if (entries.length > 0) {
                    return new ModalityTransform.LookupTable(firstStoredValue, bitsPerEntry, entries,
                            item.getString(Tag.LUTExplanation));
                }
            }
            LOG.warn("Ignoring a Modality LUT Sequence item with an invalid LUT Descriptor or no LUT Data;"
                    + " using Rescale Slope and Intercept");
        }

        double slope = rescaleAttributes.getDouble(Tag.RescaleSlope, 1);
        double intercept = rescaleAttributes.getDouble(Tag.RescaleIntercept, 0);
        if (slope == 0 || !Double.isFinite(slope)) {
            LOG.warn("Invalid Rescale Slope {}; using 1", slope);
            slope = 1;
        }
        if (!Double.isFinite(intercept)) {
            LOG.warn("Invalid Rescale Intercept {}; using 0", intercept);
            intercept = 0;
        }
        return new ModalityTransform.Rescale(slope, intercept);
    }

    /**
     * Returns the VOI LUT Sequence (0028,3010) items in file order, skipping items with an
     * invalid LUT Descriptor or no LUT Data.
     */
    static List<VoiLut> voiLuts(Attributes dataSet, boolean signedPixels, boolean bigEndian) {
        List<VoiLut> luts = new ArrayList<>();
        for (Attributes item : dataSet.getSequence(Tag.VOILUTSequence)) {
            int[] descriptor = item.getInts(Tag.LUTDescriptor);
            if (descriptor.length < 3 || descriptor[2] < 1 || descriptor[2] > 16) {
                LOG.warn("Ignoring a VOI LUT Sequence item with an invalid LUT Descriptor");
                continue;
            }
            int entryCount = descriptor[0] == 0 ? 65536 : descriptor[0] & 0xFFFF;
            int firstMappedValue = firstMappedValue(descriptor[1], item.getVR(Tag.LUTDescriptor), signedPixels);
            int[] entries = readLutData(item, Tag.LUTData, entryCount, descriptor[2], bigEndian);
            if (entries.length == 0) {
                LOG.warn("Ignoring a VOI LUT Sequence item without LUT Data");
                continue;
            }
            luts.add(new VoiLut(firstMappedValue, descriptor[2], entries, item.getString(Tag.LUTExplanation)));
        }
        return luts;
    }

    /**
     * Interprets the second LUT Descriptor value, which has the representation of the pixel
     * values: encoded as SS it is already signed, but a US encoding of a signed pixel value must
     * be read as 16-bit two's complement.
     */
    static int firstMappedValue(int encoded, VR descriptorVr, boolean signedPixels) {
        if (descriptorVr == VR.SS) {
            return (short) encoded;
        }
        int unsigned = encoded & 0xFFFF;
        return signedPixels ? (short) unsigned : unsigned;
    }

    /**
     * Reads LUT Data as unsigned entries. Data encoded as OW with 8 bits per entry contains two
     * entries per 16-bit word, low byte first.
     */
    static int[] readLutData(Attributes item, int dataTag, int entryCount, int bitsPerEntry, boolean bigEndian) {
        int[] words = item.getInts(dataTag);
        if (words.length == 0) {
            words = wordsFromBytes(item.getBytes(dataTag), bigEndian);
        }
        if (words.length == 0) {
            return words;
        }
        int mask = bitsPerEntry >= 16 || bitsPerEntry <= 0 ? 0xFFFF : (1 << bitsPerEntry) - 1;
        if (bitsPerEntry == 8 && words.length == (entryCount + 1) / 2 && entryCount > 1) {
            int[] entries = new int[entryCount];
            for (int i = 0; i < entryCount; i++) {
                int word = words[i / 2];
                entries[i] = (i % 2 == 0 ? word : word >>> 8) & 0xFF;
            }
            return entries;
        }
        if (words.length != entryCount) {
            LOG.warn("LUT {} has {} entries but its descriptor says {}; using the data as given",
                    Tag.format(dataTag), words.length, entryCount);
        }
        int[] entries = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            entries[i] = words[i] & mask;
        }
        return entries;
    }

    private static int[] wordsFromBytes(byte[] bytes, boolean bigEndian) {
        if (bytes == null) {
            return new int[0];
        }
        int[] words = new int[bytes.length / 2];
        for (int i = 0; i < words.length; i++) {
            int first = bytes[2 * i] & 0xFF;
            int second = bytes[2 * i + 1] & 0xFF;
            words[i] = bigEndian ? first << 8 | second : second << 8 | first;
        }
        return words;
    }

    /**
     * Maps PALETTE COLOR indices to packed RGB through the Red, Green and Blue Palette Color
     * Lookup Tables, keeping the high 8 bits of 16-bit entries.
     */
    static int[] paletteToRgb(Attributes dataSet, int[] indices, boolean bigEndian) {
        int[][] channels = new int[3][];
        int[] firstMapped = new int[3];
        int[] descriptorTags = {Tag.RedPaletteColorLookupTableDescriptor,
            Tag.GreenPaletteColorLookupTableDescriptor, Tag.BluePaletteColorLookupTableDescriptor};
        int[] dataTags = {Tag.RedPaletteColorLookupTableData,
            Tag.GreenPaletteColorLookupTableData, Tag.BluePaletteColorLookupTableData};
        int[] segmentedTags = {Tag.SegmentedRedPaletteColorLookupTableData,
            Tag.SegmentedGreenPaletteColorLookupTableData, Tag.SegmentedBluePaletteColorLookupTableData};
        for (int c = 0; c < 3; c++) {
            int[] descriptor = dataSet.getInts(descriptorTags[c]);
            if (descriptor.length < 3) {
                return null;
            }
            int entryCount = descriptor[0] == 0 ? 65536 : descriptor[0] & 0xFFFF;
            int bits = descriptor[2];
            firstMapped[c] = firstMappedValue(descriptor[1], dataSet.getVR(descriptorTags[c]), false);
            int[] entries = readLutData(dataSet, dataTags[c], entryCount, bits, bigEndian);
            if (entries.length == 0 && dataSet.contains(segmentedTags[c])) {
                entries = readSegmented(dataSet, segmentedTags[c], entryCount, bigEndian);
            }
            if (entries.length == 0) {
                return null;
            }
            int shift = bits > 8 ? bits - 8 : 0;
            for (int i = 0; i < entries.length; i++) {
                entries[i] >>>= shift;
            }
            channels[c] = entries;
        }
        int[] rgb = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int red = lookup(channels[0], indices[i] - firstMapped[0]);
            int green = lookup(channels[1], indices[i] - firstMapped[1]);
            int blue = lookup(channels[2], indices[i] - firstMapped[2]);
            rgb[i] = red << 16 | green << 8 | blue;
        }
        return rgb;
    }

    /** Expands segmented palette data; malformed segments are logged and yield no entries. */
    private static int[] readSegmented(Attributes dataSet, int tag, int entryCount, boolean bigEndian) {
        int[] words = dataSet.getInts(tag);
        if (words.length == 0) {
            words = wordsFromBytes(dataSet.getBytes(tag), bigEndian);
        }
        try {
            return SegmentedLut.expand(words, entryCount);
        } catch (IllegalArgumentException e) {
            LOG.warn("Segmented palette LUT {} is invalid: {}", Tag.format(tag), e.getMessage());
            return new int[0];
        }
    }

    private static int lookup(int[] entries, int index) {
        return entries[Math.max(0, Math.min(entries.length - 1, index))];
    }
}
