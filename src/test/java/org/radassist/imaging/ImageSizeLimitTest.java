package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.Tag;

/** Small files that declare a huge image are rejected from their header, before decoding. */
public class ImageSizeLimitTest {

    @TempDir
    Path folder;

    /** Writes a PNG whose IHDR declares the size but whose IDAT contains only a few zero bytes. */
    public static Path writeHugePng(Path file, int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        // Bit depth 8, colour type 0 (grey), deflate, adaptive filtering, no interlace.
        header.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        writeChunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] compressed = new byte[2048];
        int length = deflater.deflate(compressed);
        writeChunk(png, "IDAT", java.util.Arrays.copyOf(compressed, length));
        writeChunk(png, "IEND", new byte[0]);
        return Files.write(file, png.toByteArray());
    }

    private static void writeChunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void load_png30000Square_rejectedFromHeader() throws Exception {
        Path file = writeHugePng(folder.resolve("bomb.png"), 30000, 30000);

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.UNSUPPORTED_PNG, error.reason());
        assertEquals("bomb.png: the image is 30000 x 30000 pixels, larger than the limit of 100000000 pixels",
                error.getMessage());
    }

    @Test
    void load_dicom20000Square_rejectedFromHeader() throws Exception {
        Path file = folder.resolve("huge.dcm");
        new DicomTestWriter()
                .string(Tag.Modality, "CS", "OT")
                .us(Tag.SamplesPerPixel, 1)
                .string(Tag.PhotometricInterpretation, "CS", "MONOCHROME2")
                .us(Tag.Rows, 20000)
                .us(Tag.Columns, 20000)
                .us(Tag.BitsAllocated, 8)
                .us(Tag.BitsStored, 8)
                .us(0x00280102, 7)
                .us(Tag.PixelRepresentation, 0)
                .ob(Tag.PixelData, new byte[16])
                .write(file);

        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.UNSUPPORTED_DICOM, error.reason());
        assertEquals("huge.dcm: the image is 20000 x 20000 pixels, larger than the limit of 100000000 pixels",
                error.getMessage());
    }
}
