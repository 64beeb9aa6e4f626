package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading native (uncompressed) DICOM files of the corpus. */
class DicomLoadingTest {

    @TempDir
    Path folder;

    @Test
    void load_ct1Attributes() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm"));

        assertEquals(ImageKind.DICOM, image.kind());
        assertEquals("CT", image.modality());
        assertEquals(512, image.width());
        assertEquals(512, image.height());
        assertEquals(1, image.samplesPerPixel());
        assertEquals("MONOCHROME2", image.photometricInterpretation());
        assertEquals(1, image.frameCount());
        assertEquals(16, image.bitsStored());
        assertEquals(new ModalityTransform.Rescale(1, -1024), image.modalityTransform());
        assertEquals(List.of(), image.windows());
        assertEquals(new PixelSpacing(0.661468, 0.661468, "PixelSpacing"), image.pixelSpacing().orElseThrow());
        assertTrue(image.dicom().isPresent());
    }

    @Test
    void load_ct1ModalityValuesAreStoredMinus1024() throws Exception {
        Path file = TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm");
        short[] stored = ReferenceImages.readTrailingSigned16(file, 512 * 512);

        StudyImage image = ImageLoader.load(file);

        float[] values = image.modalityValues();
        for (int i = 0; i < stored.length; i++) {
            assertEquals(stored[i] - 1024f, values[i], "pixel " + i);
        }
    }

    @Test
    void load_spacedRescaleInterceptParsed() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/ct_evrle_win40_300_spaced_ri.dcm"));

        assertEquals(new ModalityTransform.Rescale(1, -1024), image.modalityTransform());
        assertEquals(1, image.windows().size());
        assertEquals(40, image.windows().get(0).center());
        assertEquals(300, image.windows().get(0).width());
    }

    @Test
    void load_l05TwoWindowsInFileOrder() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("cases/L05_ct_multi_window.dcm"));

        assertEquals(2, image.windows().size());
        assertEquals(40, image.windows().get(0).center());
        assertEquals(400, image.windows().get(0).width());
        assertEquals(-600, image.windows().get(1).center());
        assertEquals(1500, image.windows().get(1).width());
        assertEquals(image.windows().get(0), DisplayRenderer.defaultWindow(image));
        assertEquals(image.windows(), WindowPresets.forImage(image).subList(0, 2));
    }

    @Test
    void load_l08NoPreambleImplicit() throws Exception {
        Path file = TestData.file("cases/L08_no_preamble_implicit.dcm");
        byte[] firstBytes = java.util.Arrays.copyOf(Files.readAllBytes(file), 4);

        StudyImage image = ImageLoader.load(file);

        // EXPECTED.json: the file starts with tag (0008,0005) in implicit VR little endian.
        assertArrayEquals(new byte[] {0x08, 0x00, 0x05, 0x00}, firstBytes);
        assertEquals(ImageKind.DICOM, image.kind());
        assertEquals("1.2.840.10008.1.2", image.dicom().orElseThrow().transferSyntax().uid());
        assertTrue(image.isGrey());
        int center = (image.height() / 2) * image.width() + image.width() / 2;
        assertEquals(TestData.expected("L08").get("center_HU").asDouble(), image.modalityValue(center));
    }

    @Test
    void load_l12PlanarRgbFourColours() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("cases/L12_rgb_native_planar1.dcm"));

        assertEquals(3, image.samplesPerPixel());
        int[] rgb = image.rgb();
        int width = image.width();
        int height = image.height();
        assertEquals(0xFF0000, rgb[0], "top left");
        assertEquals(0x00FF00, rgb[width - 1], "top right");
        assertEquals(0x0000FF, rgb[(height - 1) * width], "bottom left");
        assertEquals(0xFFFFFF, rgb[height * width - 1], "bottom right");
    }

    @Test
    void load_usRgbPlanar0And1Equal() throws Exception {
        StudyImage interleaved = ImageLoader.load(TestData.file("real/dicom/us_rgb_planar0.dcm"));
        StudyImage planar = ImageLoader.load(TestData.file("real/dicom/us_rgb_planar1.dcm"));

        assertEquals("US", interleaved.modality());
        assertArrayEquals(interleaved.rgb(), planar.rgb());
    }

    @Test
    void load_ybrFullConvertedToRgb() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/sc_ybr_full_unc.dcm"));

        assertEquals(3, image.samplesPerPixel());
        ReferenceImages.assertColourWithin("sc_ybr_full_unc.png", DisplayRenderer.render(image, null), 2);
    }

    @Test
    void load_srIsNotImage() {
        Path file = TestData.file("real/dicom/sr_no_pixels.dcm");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.NOT_IMAGE, error.reason());
        assertEquals("sr_no_pixels.dcm: the DICOM file has no Pixel Data (Modality SR)", error.getMessage());
    }

    @Test
    void load_rtstructIsNotImage() {
        Path file = TestData.file("real/dicom/rtstruct_no_pixels.dcm");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.NOT_IMAGE, error.reason());
        assertEquals("rtstruct_no_pixels.dcm: the DICOM file has no Pixel Data (Modality RTSTRUCT)", error.getMessage());
    }

    @Test
    void load_truncatedPixelDataInvalid() {
        Path file = TestData.file("real/dicom/mr_truncated_pixels.dcm");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.INVALID_DICOM, error.reason());
        assertInstanceOf(org.radassist.dicom.DicomException.class, error.getCause());
        assertEquals(error.getCause().getMessage(), error.getMessage());
    }

    @Test
    void load_textFileUnknownFormat() throws Exception {
        Path file = folder.resolve("notes.png");
        Files.writeString(file, "This is a text file, not an image.\n".repeat(10));

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.UNKNOWN_FORMAT, error.reason());
        assertTrue(error.getMessage().startsWith("notes.png: not a PNG or DICOM file"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "message must be one line");
    }

    @Test
    void load_frameOutOfRange() {
        Path file = TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file, 1));

        assertEquals(ImageLoadException.Reason.FRAME_OUT_OF_RANGE, error.reason());
    }

    @Test
    void toString_holdsNoIdentifiers() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm"));

        assertEquals("StudyImage[DICOM CT 512x512 MONOCHROME2 frame 1/1]", image.toString());
    }
}
