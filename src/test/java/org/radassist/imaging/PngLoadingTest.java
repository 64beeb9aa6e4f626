package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngLoadingTest {

    @TempDir
    Path folder;

    private Path write(BufferedImage image, String name) throws IOException {
        Path file = folder.resolve(name);
        assertTrue(ImageIO.write(image, "png", file.toFile()), "ImageIO wrote no PNG");
        return file;
    }

    @Test
    void load_png8BitGrey() throws Exception {
        BufferedImage source = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        source.getRaster().setPixels(0, 0, 3, 2, new int[] {0, 1, 127, 128, 254, 255});

        StudyImage image = ImageLoader.load(write(source, "grey8.png"));

        assertEquals(ImageKind.PNG, image.kind());
        assertEquals(3, image.width());
        assertEquals(2, image.height());
        assertEquals(1, image.samplesPerPixel());
        assertEquals(8, image.bitsStored());
        assertEquals("MONOCHROME2", image.photometricInterpretation());
        assertEquals("", image.modality());
        assertArrayEquals(new float[] {0, 1, 127, 128, 254, 255}, image.modalityValues());
        assertNull(image.rgb());
        assertTrue(image.dicom().isEmpty());
    }

    @Test
    void load_png16BitGreyKeepsValues() throws Exception {
        BufferedImage source = new BufferedImage(2, 2, BufferedImage.TYPE_USHORT_GRAY);
        source.getRaster().setPixels(0, 0, 2, 2, new int[] {0, 1000, 40000, 65535});

        StudyImage image = ImageLoader.load(write(source, "grey16.png"));

        assertEquals(16, image.bitsStored());
        assertArrayEquals(new float[] {0, 1000, 40000, 65535}, image.modalityValues());
    }

    @Test
    void load_pngRgb() throws Exception {
        BufferedImage source = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        source.setRGB(0, 0, 0x123456);
        source.setRGB(1, 0, 0xFF8001);

        StudyImage image = ImageLoader.load(write(source, "rgb.png"));

        assertEquals(3, image.samplesPerPixel());
        assertEquals("RGB", image.photometricInterpretation());
        assertArrayEquals(new int[] {0x123456, 0xFF8001}, image.rgb());
        assertNull(image.modalityValues());
    }

    @Test
    void load_pngRgbaDropsAlpha() throws Exception {
        BufferedImage source = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        source.setRGB(0, 0, 0x00123456);
        source.setRGB(1, 0, 0x80FF8001);

        StudyImage image = ImageLoader.load(write(source, "rgba.png"));

        assertArrayEquals(new int[] {0x123456, 0xFF8001}, image.rgb());
    }

    @Test
    void load_pngPaletteToRgb() throws Exception {
        byte[] red = {(byte) 255, 0, 0, (byte) 200};
        byte[] green = {0, (byte) 255, 0, 100};
        byte[] blue = {0, 0, (byte) 255, 50};
        IndexColorModel palette = new IndexColorModel(2, 4, red, green, blue);
        BufferedImage source = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_BINARY, palette);
        source.getRaster().setPixels(0, 0, 4, 1, new int[] {3, 2, 1, 0});

        StudyImage image = ImageLoader.load(write(source, "palette.png"));

        assertArrayEquals(new int[] {0xC86432, 0x0000FF, 0x00FF00, 0xFF0000}, image.rgb());
    }

    @Test
    void load_sniffsPngWhateverTheExtension() throws Exception {
        BufferedImage source = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Path file = write(source, "looks_like.dcm");

        assertEquals(ImageKind.PNG, ImageLoader.load(file).kind());
    }

    @Test
    void load_realChestXrayPng() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/png/cxr_nih_00000001_000_8bit.png"));

        assertEquals(512, image.width());
        assertEquals(512, image.height());
        assertEquals(8, image.bitsStored());
        assertTrue(image.isGrey());
        BufferedImage direct = ImageIO.read(TestData.file("real/png/cxr_nih_00000001_000_8bit.png").toFile());
        int[] expected = direct.getRaster().getPixels(0, 0, 512, 512, (int[]) null);
        assertArrayEquals(expected, image.storedValues());
    }

    @Test
    void load_pngFrameOneOutOfRange() throws Exception {
        Path file = write(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), "one.png");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file, 1));

        assertEquals(ImageLoadException.Reason.FRAME_OUT_OF_RANGE, error.reason());
    }

    @Test
    void load_truncatedPngIsInvalid() throws Exception {
        Path complete = write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "complete.png");
        byte[] bytes = Files.readAllBytes(complete);
        Path truncated = folder.resolve("truncated.png");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 40));

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(truncated));

        assertEquals(ImageLoadException.Reason.INVALID_PNG, error.reason());
        assertTrue(error.getMessage().startsWith("truncated.png: invalid PNG"), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "message must be one line");
    }

    @Test
    void load_missingFileNotFound() {
        Path missing = folder.resolve("missing.png");

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(missing));

        assertEquals(ImageLoadException.Reason.FILE_NOT_FOUND, error.reason());
        assertEquals("missing.png: file not found", error.getMessage());
    }
}
