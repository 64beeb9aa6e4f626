package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.Tag;

/** Attributes that no corpus file has, in small files written by {@link DicomTestWriter}. */
class DicomAttributesTest {

    @TempDir
    Path folder;

    /** Adds the image pixel attributes of a 2×2 image with 16-bit samples. */
    private static DicomTestWriter image16(String modality, String photometric, int frames, int pixelRepresentation) {
        DicomTestWriter writer = new DicomTestWriter()
                .string(Tag.Modality, "CS", modality)
                .us(Tag.SamplesPerPixel, 1)
                .string(Tag.PhotometricInterpretation, "CS", photometric);
        if (frames > 1) {
            writer.string(Tag.NumberOfFrames, "IS", Integer.toString(frames));
        }
        return writer.us(Tag.Rows, 2)
                .us(Tag.Columns, 2)
                .us(Tag.BitsAllocated, 16)
                .us(Tag.BitsStored, 16)
                .us(0x00280102, 15)
                .us(Tag.PixelRepresentation, pixelRepresentation);
    }

    @Test
    void load_enhancedCtRescaleFromFunctionalGroups() throws Exception {
        DicomTestWriter sharedGroups = new DicomTestWriter()
                .sequence(Tag.FrameVOILUTSequence, new DicomTestWriter()
                        .string(Tag.WindowCenter, "DS", "40")
                        .string(Tag.WindowWidth, "DS", "400"))
                .sequence(Tag.PixelValueTransformationSequence, new DicomTestWriter()
                        .string(Tag.RescaleIntercept, "DS", "-1024")
                        .string(Tag.RescaleSlope, "DS", "1"));
        DicomTestWriter frame0 = new DicomTestWriter();
        DicomTestWriter frame1 = new DicomTestWriter()
                .sequence(Tag.PixelValueTransformationSequence, new DicomTestWriter()
                        .string(Tag.RescaleIntercept, "DS", "-1000")
                        .string(Tag.RescaleSlope, "DS", "2"));
        Path file = folder.resolve("enhanced_ct.dcm");
        image16("CT", "MONOCHROME2", 2, 0)
                .sequence(Tag.SharedFunctionalGroupsSequence, sharedGroups)
                .sequence(Tag.PerFrameFunctionalGroupsSequence, frame0, frame1)
                .ow(Tag.PixelData, 0, 1000, 1024, 2048, 0, 500, 1000, 1500)
                .write(file);

        StudyImage first = ImageLoader.load(file, 0);
        StudyImage second = ImageLoader.load(file, 1);

        assertEquals(2, first.frameCount());
        assertEquals(new ModalityTransform.Rescale(1, -1024), first.modalityTransform());
        assertArrayEquals(new float[] {-1024, -24, 0, 1024}, first.modalityValues());
        assertEquals(List.of(new Window(40, 400)), first.windows());
        assertEquals(new ModalityTransform.Rescale(2, -1000), second.modalityTransform());
        assertArrayEquals(new float[] {-1000, 0, 1000, 2000}, second.modalityValues());
    }

    @Test
    void load_signedPixelsModalityLutWithUsDescriptor() throws Exception {
        Path file = folder.resolve("signed_lut.dcm");
        // First mapped value -2 encoded as US 65534; the LUT maps -2, -1, 0, 1.
        image16("OT", "MONOCHROME2", 1, 1)
                .sequence(Tag.ModalityLUTSequence, new DicomTestWriter()
                        .us(Tag.LUTDescriptor, 4, 65534, 16)
                        .string(Tag.ModalityLUTType, "LO", "OD")
                        .ow(Tag.LUTData, 10, 20, 30, 40000))
                .ow(Tag.PixelData, -5, -1, 0, 7)
                .write(file);

        StudyImage image = ImageLoader.load(file);

        ModalityTransform.LookupTable lut =
                assertInstanceOf(ModalityTransform.LookupTable.class, image.modalityTransform());
        assertEquals(-2, lut.firstStoredValue());
        // -5 is below the first mapped value and 7 past the last: they take the end entries.
        assertArrayEquals(new float[] {10, 20, 30, 40000}, image.modalityValues());
    }

    @Test
    void load_paletteColourToRgb() throws Exception {
        Path file = folder.resolve("palette.dcm");
        paletteImage2x2()
                .ow(Tag.RedPaletteColorLookupTableData, 0xFFFF, 0x0000, 0x0000, 0x8000)
                .ow(Tag.GreenPaletteColorLookupTableData, 0x0000, 0xFFFF, 0x0000, 0x4000)
                .ow(Tag.BluePaletteColorLookupTableData, 0x0000, 0x0000, 0xFFFF, 0x2000)
                .ob(Tag.PixelData, new byte[] {3, 2, 1, 0})
                .write(file);

        StudyImage image = ImageLoader.load(file);

        assertEquals(3, image.samplesPerPixel());
        assertArrayEquals(new int[] {0x804020, 0x0000FF, 0x00FF00, 0xFF0000}, image.rgb());
    }

    @Test
    void load_segmentedPaletteToRgb() throws Exception {
        Path file = folder.resolve("segmented-palette.dcm");
        paletteImage2x2()
                // Red ramps 0 to 0xFF00 linearly; green is discrete; blue repeats its first segment.
                .ow(Tag.SegmentedRedPaletteColorLookupTableData, 0, 1, 0x0000, 1, 3, 0xFF00)
                .ow(Tag.SegmentedGreenPaletteColorLookupTableData, 0, 4, 0xFF00, 0, 0, 0x8000)
                .ow(Tag.SegmentedBluePaletteColorLookupTableData, 0, 2, 0x1000, 0x2000, 2, 1, 0, 0)
                .ob(Tag.PixelData, new byte[] {0, 1, 2, 3})
                .write(file);

        StudyImage image = ImageLoader.load(file);

        assertArrayEquals(new int[] {0x00FF10, 0x550020, 0xAA0010, 0xFF8020}, image.rgb());
    }

    /** Starts a 2×2 8-bit PALETTE COLOR image whose three palettes have 4 entries of 16 bits. */
    private static DicomTestWriter paletteImage2x2() {
        return new DicomTestWriter()
                .string(Tag.Modality, "CS", "OT")
                .us(Tag.SamplesPerPixel, 1)
                .string(Tag.PhotometricInterpretation, "CS", "PALETTE COLOR")
                .us(Tag.Rows, 2)
                .us(Tag.Columns, 2)
                .us(Tag.BitsAllocated, 8)
                .us(Tag.BitsStored, 8)
                .us(0x00280102, 7)
                .us(Tag.PixelRepresentation, 0)
                .us(Tag.RedPaletteColorLookupTableDescriptor, 4, 0, 16)
                .us(Tag.GreenPaletteColorLookupTableDescriptor, 4, 0, 16)
                .us(Tag.BluePaletteColorLookupTableDescriptor, 4, 0, 16);
    }
}
