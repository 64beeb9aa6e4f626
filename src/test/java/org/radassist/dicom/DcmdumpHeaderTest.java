package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares header values with dcmdump's output stored in dicom/dcmdump-expected.tsv (made by
 * dicom/dcmdump-expected.sh with dcmtk 3.6.7), for every file of real/dicom and codecs/.
 */
class DcmdumpHeaderTest {

    private static final Path EXPECTED = Path.of("src/test/resources/dicom/dcmdump-expected.tsv");

    /** dcmdump's name for the transfer syntax it used on a data set without file meta information. */
    private static final Map<String, String> DCMDUMP_SYNTAX_NAMES = Map.of(
            "Little Endian Implicit", TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid(),
            "Little Endian Explicit", TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());

    static Stream<Arguments> rows() throws IOException {
        List<String> lines = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
        return lines.stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("file\t"))
                .map(line -> line.split("\t", -1))
                .map(fields -> Arguments.of(fields[0], fields));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void header_matchesDcmdump(String file, String[] expected) throws DicomException {
        if (!expected[16].equals("0")) {
            // dcmdump could not read the file (the truncated one), so the reader must reject it too.
            assertThrows(DicomException.class, () -> DicomFile.read(Corpus.file(file)));
            return;
        }
        DicomFile dicom = DicomFile.read(Corpus.file(file));
        Attributes dataSet = dicom.dataSet();

        String expectedSyntax = DCMDUMP_SYNTAX_NAMES.getOrDefault(expected[1], expected[1]);
        assertEquals(expectedSyntax, dicom.transferSyntax().uid(), "transfer syntax");
        assertEquals(emptyToNull(expected[2]), dataSet.getString(Tag.Modality), "Modality");
        assertEquals(intOrAbsent(expected[3]), dataSet.getInt(Tag.Rows, -1), "Rows");
        assertEquals(intOrAbsent(expected[4]), dataSet.getInt(Tag.Columns, -1), "Columns");
        assertEquals(intOrAbsent(expected[5]), dataSet.getInt(Tag.BitsAllocated, -1), "Bits Allocated");
        assertEquals(intOrAbsent(expected[6]), dataSet.getInt(Tag.BitsStored, -1), "Bits Stored");
        assertEquals(intOrAbsent(expected[7]), dataSet.getInt(Tag.PixelRepresentation, -1),
                "Pixel Representation");
        assertEquals(intOrAbsent(expected[14]), dataSet.getInt(Tag.SamplesPerPixel, -1), "Samples per Pixel");
        assertEquals(expected[15].equals("1"), dicom.hasPixelData(), "Pixel Data present");
        assertEquals(emptyToNull(expected[8]), dataSet.getString(Tag.PhotometricInterpretation),
                "Photometric Interpretation");
        assertArrayEquals(numbers(expected[9]), dataSet.getDoubles(Tag.RescaleIntercept), "Rescale Intercept");
        assertArrayEquals(numbers(expected[10]), dataSet.getDoubles(Tag.RescaleSlope), "Rescale Slope");
        assertArrayEquals(numbers(expected[11]), dataSet.getDoubles(Tag.WindowCenter), "Window Center");
        assertArrayEquals(numbers(expected[12]), dataSet.getDoubles(Tag.WindowWidth), "Window Width");
        assertArrayEquals(numbers(expected[13]), dataSet.getDoubles(Tag.NumberOfFrames), "Number of Frames");
    }

    /** Returns the number, or -1 (the test's default for getInt) when dcmdump printed no value. */
    private static int intOrAbsent(String value) {
        return value.isEmpty() ? -1 : Integer.parseInt(value);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static double[] numbers(String value) {
        if (value.isEmpty()) {
            return new double[0];
        }
        return Arrays.stream(value.split("\\\\")).mapToDouble(text -> Double.parseDouble(text.trim())).toArray();
    }
}
