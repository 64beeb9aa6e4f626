package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.Tag;
import org.radassist.dicom.UnsupportedDicomException;

/** Compressed DICOM files: JPEG lossless with a Modality LUT, multi-frame JPEG, RLE, unsupported codecs. */
class DicomCodecTest {

    private static final Path CR_LUT = TestData.file("real/dicom/cr_mono1_modality_lut_seq_jpegll.dcm");

    /** The CR decoded once for all tests, because its JPEG lossless decoding is the slowest step. */
    private static StudyImage crLut;

    @BeforeAll
    static void loadCrLut() throws Exception {
        crLut = ImageLoader.load(CR_LUT);
    }

    /** Decodes the 16-bit little-endian words of an OW element. */
    private static int[] words(byte[] bytes) {
        int[] words = new int[bytes.length / 2];
        for (int i = 0; i < words.length; i++) {
            words[i] = (bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] & 0xFF) << 8;
        }
        return words;
    }

    /** Returns the CR's modality values: its stored values looked up in the LUT Data of the file. */
    private static int[] crExpectedModalityValues(StudyImage image) throws Exception {
        Attributes item = image.dicom().orElseThrow().dataSet().getSequence(Tag.ModalityLUTSequence).get(0);
        int[] lut = words(item.getBytes(Tag.LUTData));
        assertEquals(1024, lut.length);
        int[] stored = image.dicom().orElseThrow().pixelData().readFrame(0);
        int[] expected = new int[stored.length];
        for (int i = 0; i < stored.length; i++) {
            expected[i] = lut[Math.min(1023, Math.max(0, stored[i]))];
        }
        return expected;
    }

    @Test
    void load_crModalityLutSequenceAttributes() throws Exception {
        StudyImage image = crLut;

        assertEquals("CR", image.modality());
        assertEquals(1976, image.width());
        assertEquals(1576, image.height());
        assertEquals(true, image.monochrome1());
        assertEquals(10, image.bitsStored());
        assertEquals(new PixelSpacing(0.15, 0.15, "PixelSpacing"), image.pixelSpacing().orElseThrow());
        ModalityTransform.LookupTable lut =
                assertInstanceOf(ModalityTransform.LookupTable.class, image.modalityTransform());
        assertEquals(0, lut.firstStoredValue());
        assertEquals(16, lut.bitsPerEntry());
        assertEquals(1024, lut.entries().length);
        assertEquals("CRTLUT", lut.explanation());
    }

    @Test
    void load_crModalityLutSequenceValues() throws Exception {
        StudyImage image = crLut;
        int[] expected = crExpectedModalityValues(image);

        float[] values = image.modalityValues();

        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != values[i]) {
                assertEquals(expected[i], values[i], "pixel x " + i % 1976 + ", y " + i / 1976);
            }
        }
    }

    @Test
    void modelInput_crLutInvertedPadded() throws Exception {
        StudyImage image = crLut;
        int[] values = crExpectedModalityValues(image);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }

        BufferedImage input = ModelInputBuilder.prepareImage(image, ModelInputOptions.defaults().withMaxSide(0));

        assertEquals(1976, input.getWidth());
        assertEquals(1976, input.getHeight());
        // (1976 - 1576) / 2 = 200 black rows above the image and 200 below.
        assertEquals(0, input.getRGB(988, 199) & 0xFFFFFF);
        assertEquals(0, input.getRGB(988, 1776) & 0xFFFFFF);
        Map<Integer, Integer> expectedByValue = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            int grey = 255 - expectedByValue.computeIfAbsent(values[i], TestDataMinMax.scale(min, max));
            int actual = input.getRGB(i % 1976, 200 + i / 1976) & 0xFFFFFF;
            if ((grey << 16 | grey << 8 | grey) != actual) {
                assertEquals(Integer.toHexString(grey << 16 | grey << 8 | grey), Integer.toHexString(actual),
                        "pixel x " + i % 1976 + ", y " + i / 1976);
            }
        }
    }

    @Test
    void modelInput_crDefaultsTo896Jpeg() throws Exception {
        StudyImage image = crLut;

        ModelInput input = ModelInputBuilder.prepare(image, ModelInputOptions.defaults());

        assertEquals(896, input.width());
        assertEquals(896, input.height());
        assertEquals("image/jpeg", input.mimeType());
        BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(input.encoded()));
        assertEquals(896, decoded.getWidth());
        assertEquals(896, decoded.getHeight());
        // 200 padding rows scale to 90.7 output rows, so rows 0..89 stay black.
        assertEquals(0, input.image().getRGB(448, 89) & 0xFFFFFF);
    }

    @Test
    void load_usMultiFrameLastFrame() throws Exception {
        Path file = TestData.file("real/dicom/us_jpeg_ybr422_30frames.dcm");

        StudyImage image = ImageLoader.load(file, 29);

        assertEquals(29, image.frameIndex());
        assertEquals(30, image.frameCount());
        assertEquals(320, image.width());
        assertEquals(240, image.height());
        assertEquals(3, image.samplesPerPixel());
    }

    @Test
    void load_usMultiFrameIndex30OutOfRange() {
        Path file = TestData.file("real/dicom/us_jpeg_ybr422_30frames.dcm");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file, 30));

        assertEquals(ImageLoadException.Reason.FRAME_OUT_OF_RANGE, error.reason());
        assertEquals("us_jpeg_ybr422_30frames.dcm: frame 30 is out of range; the file has 30 frame(s), numbered from 0",
                error.getMessage());
    }

    @Test
    void load_l11aJpegYbrQuadrants() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("cases/L11a_rgb_quadrants_jpeg_baseline_ybr422.dcm"));
        int width = image.width();
        int height = image.height();
        int[] rgb = image.rgb();

        assertColourNear(0xFF0000, rgb[(height / 4) * width + width / 4], "top left");
        assertColourNear(0x00FF00, rgb[(height / 4) * width + 3 * width / 4], "top right");
        assertColourNear(0x0000FF, rgb[(3 * height / 4) * width + width / 4], "bottom left");
        assertColourNear(0xFFFFFF, rgb[(3 * height / 4) * width + 3 * width / 4], "bottom right");
    }

    private static void assertColourNear(int expected, int actual, String where) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int difference = Math.abs((expected >>> shift & 0xFF) - (actual >>> shift & 0xFF));
            assertTrue(difference <= 8, where + ": expected " + Integer.toHexString(expected) + " within 8, was "
                    + Integer.toHexString(actual));
        }
    }

    @Test
    void load_ct1RleEqualsUncompressed() throws Exception {
        StudyImage rle = ImageLoader.load(TestData.file("real/dicom/ct1_rle.dcm"));
        StudyImage uncompressed = ImageLoader.load(TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm"));

        assertArrayEquals(uncompressed.modalityValues(), rle.modalityValues());
    }

    @Test
    void load_jpegLsUnsupportedKeepsDicomMessage() {
        Path file = TestData.file("real/dicom/ct1_jpegls_lossless.dcm");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.UNSUPPORTED_DICOM, error.reason());
        assertInstanceOf(UnsupportedDicomException.class, error.getCause());
        assertEquals(error.getCause().getMessage(), error.getMessage());
        assertTrue(error.getMessage().contains("1.2.840.10008.1.2.4.80"), error.getMessage());
    }
}
