package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;

/** {@link DicomFile#readHeader} against the whole-file read of the same corpus files. */
class HeaderReadTest {

    @TempDir
    Path folder;

    @Test
    void readHeader_ctHasEveryElementBeforePixels() throws IOException {
        Path file = Corpus.real("ct_small_evrle_ri1024_nowin.dcm");

        DicomFile header = DicomFile.readHeader(file);

        assertEquals(tagsBeforePixels(DicomFile.read(file)), tags(header));
        assertTrue(header.hasPixelData());
        assertFalse(header.dataSet().contains(Tag.PixelData));
        assertEquals("-158.135803", header.dataSet().getStrings(Tag.ImagePositionPatient)[0]);
    }

    @Test
    void readHeader_pixelDataAfterGroupLengthIsFound() throws IOException {
        DicomFile header = DicomFile.readHeader(Corpus.real("us_rgb_planar0.dcm"));

        assertTrue(header.hasPixelData());
        assertEquals(92172L, header.dataSet().getInt(0x7FE00000, -1));
    }

    @Test
    void readHeader_pixelDataIsUnavailable() throws IOException {
        DicomFile header = DicomFile.readHeader(Corpus.real("ct_small_evrle_ri1024_nowin.dcm"));

        DicomException error = assertThrows(DicomException.class, header::pixelData);

        assertEquals(DicomException.Reason.INVALID_IMAGE, error.reason());
    }

    @Test
    void readHeader_smallPrefixGrowsUntilPixelData() throws IOException {
        for (String name : List.of("ct_small_evrle_ri1024_nowin.dcm", "ot_deflated_8bit.dcm", "mr_small_evrbe.dcm",
                "us_jpeg_ybr422_30frames.dcm")) {
            Path file = Corpus.real(name);

            DicomFile header = DicomFile.readHeader(file, 200);

            assertEquals(tagsBeforePixels(DicomFile.read(file)), tags(header), name);
            assertTrue(header.hasPixelData(), name);
        }
    }

    @Test
    void readHeader_rawDataSetWithoutPreamble() throws IOException {
        Path file = Corpus.cases("L08_no_preamble_implicit.dcm");

        DicomFile header = DicomFile.readHeader(file, 16);

        assertEquals(tagsBeforePixels(DicomFile.read(file)), tags(header));
        assertTrue(header.hasPixelData());
    }

    @Test
    void readHeader_srHasNoPixelData() throws IOException {
        Path file = Corpus.real("sr_no_pixels.dcm");

        DicomFile header = DicomFile.readHeader(file, 200);

        assertFalse(header.hasPixelData());
        assertEquals(tags(DicomFile.read(file)), tags(header));
    }

    @Test
    void readHeader_truncatedPixelsStillReadsHeader() throws IOException {
        Path file = Corpus.real("mr_truncated_pixels.dcm");

        DicomFile header = DicomFile.readHeader(file);

        assertTrue(header.hasPixelData());
        DicomException full = assertThrows(DicomException.class, () -> DicomFile.read(file));
        assertEquals(DicomException.Reason.TRUNCATED, full.reason());
    }

    @Test
    void readHeader_truncatedHeaderFails() throws IOException {
        byte[] whole = Files.readAllBytes(Corpus.real("ct_small_evrle_ri1024_nowin.dcm"));
        Path cut = folder.resolve("cut.dcm");
        Files.write(cut, Arrays.copyOf(whole, 700));

        DicomException error = assertThrows(DicomException.class, () -> DicomFile.readHeader(cut, 200));

        assertEquals(DicomException.Reason.TRUNCATED, error.reason());
        assertTrue(error.getMessage().startsWith("cut.dcm: "), error.getMessage());
    }

    private static List<Integer> tags(DicomFile file) {
        List<Integer> tags = new ArrayList<>();
        for (DataElement element : file.dataSet().elements()) {
            tags.add(element.tag());
        }
        return tags;
    }

    private static List<Integer> tagsBeforePixels(DicomFile file) {
        List<Integer> tags = new ArrayList<>();
        for (int tag : tags(file)) {
            if (Integer.compareUnsigned(tag, 0x7FE00000) < 0) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
