package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Comparisons with dcmtk's reference renderings and raw pixel reading for expected values. */
final class ReferenceImages {

    private ReferenceImages() {
    }

    /**
     * Asserts that {@code rendered} differs from the dcmtk rendering {@code real/reference/NAME}
     * by at most one grey level anywhere, because dcmtk truncates where the standard's formula
     * gives a fraction.
     */
    static void assertWithinOneGreyLevel(String referenceName, BufferedImage rendered) throws IOException {
        BufferedImage reference = ImageIO.read(TestData.file("real/reference/" + referenceName).toFile());
        assertEquals(reference.getWidth(), rendered.getWidth(), "width");
        assertEquals(reference.getHeight(), rendered.getHeight(), "height");
        int width = reference.getWidth();
        int height = reference.getHeight();
        int[] expected = reference.getRaster().getSamples(0, 0, width, height, 0, new int[width * height]);
        int[] actual = rendered.getRaster().getSamples(0, 0, width, height, 0, new int[width * height]);
        int worst = 0;
        int worstIndex = -1;
        for (int i = 0; i < expected.length; i++) {
            int difference = Math.abs(expected[i] - actual[i]);
            if (difference > worst) {
                worst = difference;
                worstIndex = i;
            }
        }
        String where = worstIndex < 0 ? "" : " at x " + worstIndex % width + ", y " + worstIndex / width
                + " (reference " + expected[worstIndex] + ", rendered " + actual[worstIndex] + ")";
        assertEquals(true, worst <= 1, "largest difference " + worst + where);
    }

    /** Asserts that every RGB channel of {@code rendered} is within {@code tolerance} of the dcmtk rendering. */
    static void assertColourWithin(String referenceName, BufferedImage rendered, int tolerance) throws IOException {
        BufferedImage reference = ImageIO.read(TestData.file("real/reference/" + referenceName).toFile());
        assertEquals(reference.getWidth(), rendered.getWidth(), "width");
        assertEquals(reference.getHeight(), rendered.getHeight(), "height");
        for (int y = 0; y < reference.getHeight(); y++) {
            for (int x = 0; x < reference.getWidth(); x++) {
                int expected = reference.getRGB(x, y);
                int actual = rendered.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int difference = Math.abs((expected >>> shift & 0xFF) - (actual >>> shift & 0xFF));
                    if (difference > tolerance) {
                        assertEquals(Integer.toHexString(expected & 0xFFFFFF), Integer.toHexString(actual & 0xFFFFFF),
                                "pixel x " + x + ", y " + y);
                    }
                }
            }
        }
    }

    /**
     * Reads signed 16-bit little-endian stored values from the end of a native DICOM file whose
     * Pixel Data element is the last element, after checking that element's implicit VR header
     * (tag 7FE0,0010 and the 32-bit length).
     */
    static short[] readTrailingSigned16(Path file, int pixelCount) throws IOException {
        int length = pixelCount * 2;
        try (RandomAccessFile input = new RandomAccessFile(file.toFile(), "r")) {
            long start = input.length() - length;
            byte[] header = new byte[8];
            input.seek(start - 8);
            input.readFully(header);
            ByteBuffer headerBuffer = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(0x7FE0, headerBuffer.getShort() & 0xFFFF, "Pixel Data group");
            assertEquals(0x0010, headerBuffer.getShort() & 0xFFFF, "Pixel Data element");
            assertEquals(length, headerBuffer.getInt(), "Pixel Data length");
            byte[] pixels = new byte[length];
            input.readFully(pixels);
            short[] values = new short[pixelCount];
            ByteBuffer.wrap(pixels).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(values);
            return values;
        }
    }
}
