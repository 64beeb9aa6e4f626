package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decodes every file of codecs/TRUTH.tsv and compares minimum, maximum and CRC-32 of the stored
 * values with the reference decoder's. Files without a decoder on Maven Central must be rejected.
 */
class CodecTruthTest {

    static Stream<Arguments> truthRows() throws IOException {
        List<String> lines = Files.readAllLines(Corpus.codec("TRUTH.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).map(line -> line.split("\t")).map(fields -> Arguments.of(fields[0], fields));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthRows")
    void readFrame_matchesTruth(String file, String[] truth) throws DicomException {
        DicomFile dicom = DicomFile.read(Corpus.codec(file));
        if (!truth[1].equals("yes")) {
            UnsupportedDicomException error = assertThrows(UnsupportedDicomException.class, dicom::pixelData);
            TransferSyntax syntax = dicom.transferSyntax();
            assertTrue(error.getMessage().startsWith(file + ": "), error.getMessage());
            assertTrue(error.getMessage().contains(syntax.name()), error.getMessage());
            assertTrue(error.getMessage().contains("(" + syntax.uid() + ")"), error.getMessage());
            assertEquals(DicomException.Reason.UNSUPPORTED_TRANSFER_SYNTAX, error.reason());
            return;
        }

        PixelData pixels = dicom.pixelData();
        int[] values = pixels.readFrame(0);

        assertEquals(Integer.parseInt(truth[2]), Samples.min(values), "min");
        assertEquals(Integer.parseInt(truth[3]), Samples.max(values), "max");
        assertEquals(truth[4], Samples.crc32(values, pixels.bitsAllocated()), "CRC-32");
    }
}
