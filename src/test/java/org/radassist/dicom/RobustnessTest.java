package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed input must end in a {@link DicomException} that names the file and the byte offset,
 * never in another exception, an OutOfMemoryError or a hang.
 */
class RobustnessTest {

    @TempDir
    Path directory;

    @Test
    void emptyFile_isRejected() throws IOException {
        Path file = write("empty.dcm", new byte[0]);

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(file));

        assertNamesFileAndOffset(error, "empty.dcm");
        assertEquals(DicomException.Reason.NOT_DICOM, error.reason());
    }

    @Test
    void missingFile_isIoError() {
        Path file = directory.resolve("missing.dcm");

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(file));

        assertEquals(DicomException.Reason.IO_ERROR, error.reason());
        assertTrue(error.getMessage().startsWith("missing.dcm: failed to read the file"), error.getMessage());
    }

    @Test
    void pngFile_isNotDicom() {
        Path png = Corpus.file("real/png/cxr_nih_00000001_000_8bit.png");

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(png));

        assertEquals(DicomException.Reason.NOT_DICOM, error.reason());
        assertNamesFileAndOffset(error, "cxr_nih_00000001_000_8bit.png");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 131, 132, 200, 4096, 100_000})
    void randomBytes_areRejected(int size) throws IOException {
        Random random = new Random(size);
        for (int attempt = 0; attempt < 20; attempt++) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            if (attempt % 2 == 1 && size >= 132) {
                System.arraycopy("DICM".getBytes(), 0, bytes, 128, 4);
            }
            Path file = write("random.dcm", bytes);

            DicomException error = assertThrows(DicomException.class, () -> loadFirstFrame(file));

            assertTrue(error.getMessage().startsWith("random.dcm: "), error.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 128, 131, 140, 301, 700, 1500, 5000, 9000})
    void truncatedCopy_namesFileAndOffset(int length) throws IOException {
        byte[] original = Files.readAllBytes(Corpus.real("mr_small_evrle.dcm"));
        Path file = write("truncated.dcm", Arrays.copyOf(original, length));

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(file));

        assertNamesFileAndOffset(error, "truncated.dcm");
    }

    @Test
    void truncatedAtEveryOffset_throwsOnlyDicomException() throws IOException {
        for (String name : new String[] {"mr_small_evrle.dcm", "mr_small_evrbe.dcm", "mr_small_j2k_lossless.dcm",
            "ot_deflated_8bit.dcm", "cr_chest_mono1_acrnema_nometa.dcm"}) {
            byte[] original = Files.readAllBytes(Corpus.real(name));
            int step = Math.max(1, original.length / 400);
            for (int length = 0; length < original.length; length += step) {
                Path file = write("cut.dcm", Arrays.copyOf(original, length));
                assertOnlyDicomException(file, name + " cut at " + length);
            }
        }
    }

    @Test
    void corruptedBytes_throwOnlyDicomException() throws IOException {
        Random random = new Random(42);
        for (String name : new String[] {"mr_small_evrle.dcm", "ct1_rle.dcm", "sc_jpeg_baseline_ybr_full.dcm",
            "mr_small_j2k_lossless.dcm", "sr_no_pixels.dcm", "ot_deflated_8bit.dcm"}) {
            byte[] original = Files.readAllBytes(Corpus.real(name));
            for (int attempt = 0; attempt < 40; attempt++) {
                byte[] corrupted = original.clone();
                for (int flips = 0; flips < 4; flips++) {
                    corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
                }
                Path file = write("corrupted.dcm", corrupted);
                assertOnlyDicomException(file, name + " attempt " + attempt);
            }
        }
    }

    @Test
    void truncatedPixelsInCorpus_isRejectedWithOffset() {
        DicomException error = assertThrows(DicomException.class,
                () -> DicomFile.read(Corpus.real("mr_truncated_pixels.dcm")));

        assertNamesFileAndOffset(error, "mr_truncated_pixels.dcm");
        assertEquals(DicomException.Reason.TRUNCATED, error.reason());
        assertTrue(error.getMessage().contains("(7FE0,0010)"), error.getMessage());
    }

    @Test
    void hugePixelDataLength_isRejectedWithOffset() throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.real("mr_small_evrle.dcm"));
        int header = indexOf(bytes, new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W'});
        writeUint32(bytes, header + 8, 0xFFFFFFF0L);
        Path file = write("huge_length.dcm", bytes);

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(file));

        assertEquals(header, error.offset());
        assertEquals(DicomException.Reason.TRUNCATED, error.reason());
        assertTrue(error.getMessage().contains("value length 4294967280 of (7FE0,0010)"), error.getMessage());
    }

    @Test
    void hugeImplicitLength_isRejectedWithOffset() throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.codec("ct_s16_ivrle.dcm"));
        int header = indexOf(bytes, new byte[] {0x08, 0x00, 0x60, 0x00});
        writeUint32(bytes, header + 4, 0xFFFFFFF0L);
        Path file = write("huge_implicit.dcm", bytes);

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(file));

        assertNamesFileAndOffset(error, "huge_implicit.dcm");
        assertEquals(header, error.offset());
    }

    @Test
    void deeplyNestedSequences_areRejected() throws IOException {
        TestFiles dataSet = new TestFiles();
        int depth = DataSetReader.MAX_DEPTH + 10;
        for (int i = 0; i < depth; i++) {
            dataSet.startSequence(Tag.ContentSequence).startItem();
        }
        for (int i = 0; i < depth; i++) {
            dataSet.endItem().endSequence();
        }
        Path file = write("nested.dcm", TestFiles.part10(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(),
                dataSet.toBytes()));

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(file));

        assertEquals(DicomException.Reason.NESTING_TOO_DEEP, error.reason());
        assertNamesFileAndOffset(error, "nested.dcm");
    }

    @Test
    void unclosedSequence_isRejectedAsTruncated() throws IOException {
        byte[] dataSet = new TestFiles().startSequence(Tag.ContentSequence).startItem()
                .text(Tag.Modality, "CS", "SR").toBytes();
        Path file = write("unclosed.dcm", TestFiles.part10(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), dataSet));

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.read(file));

        assertEquals(DicomException.Reason.TRUNCATED, error.reason());
        assertNamesFileAndOffset(error, "unclosed.dcm");
    }

    /** Reads a file and decodes its first frame, as a viewer would. */
    private static void loadFirstFrame(Path file) throws DicomException {
        DicomFile dicom = DicomFile.read(file);
        dicom.pixelData().readFrame(0);
    }

    private static void assertOnlyDicomException(Path file, String context) {
        try {
            DicomFile dicom = DicomFile.read(file);
            if (dicom.hasPixelData()) {
                PixelData pixels = dicom.pixelData();
                pixels.readFrame(pixels.frames() - 1);
            }
        } catch (DicomException e) {
            assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), context + ": " + e.getMessage());
        } catch (RuntimeException | Error e) {
            fail(context + ": " + e, e);
        }
    }

    private static void assertNamesFileAndOffset(DicomException error, String fileName) {
        assertTrue(error.getMessage().startsWith(fileName + ": at byte offset " + error.offset() + ": "),
                error.getMessage());
        assertTrue(error.offset() >= 0, "offset " + error.offset());
        assertEquals(fileName, error.file().getFileName().toString());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    private static void writeUint32(byte[] bytes, int at, long value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
