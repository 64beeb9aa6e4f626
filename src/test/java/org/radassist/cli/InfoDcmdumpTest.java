package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.radassist.testsupport.Corpus;

/**
 * {@code info --format json} against dcmdump (dcmtk 3.6.7) on every file of real/dicom and
 * codecs/, through the table that src/test/resources/dicom/dcmdump-expected.sh wrote.
 */
class InfoDcmdumpTest {

    private static final Path EXPECTED = Path.of("src/test/resources/dicom/dcmdump-expected.tsv");

    /** dcmdump's name for the transfer syntax it used on a data set without file meta information. */
    private static final Map<String, String> DCMDUMP_SYNTAX_NAMES = Map.of(
            "Little Endian Implicit", "1.2.840.10008.1.2",
            "Little Endian Explicit", "1.2.840.10008.1.2.1");

    @TempDir
    Path home;

    static Stream<Arguments> rows() throws IOException {
        return Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("file\t"))
                .map(line -> line.split("\t", -1))
                .map(fields -> Arguments.of(fields[0], fields));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void infoJson_matchesDcmdump(String file, String[] expected) throws IOException {
        CliRunner.Result result = new CliRunner(home).run("info", Corpus.ROOT.resolve(file).toString(),
                "--format", "json");

        if (!expected[16].equals("0")) {
            // dcmdump could not read the file (the truncated one): info must reject it, naming it.
            assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
            assertTrue(result.err().startsWith("radassist: " + Path.of(file).getFileName() + ": "), result.err());
            return;
        }
        boolean unsupported = UnsupportedFiles.BY_PATH.containsKey(file);
        assertEquals(unsupported ? ExitCodes.INPUT_UNREADABLE : ExitCodes.OK, result.status(), result.err());
        JsonNode info = new ObjectMapper().readTree(result.out());

        boolean pixelData = expected[15].equals("1");
        String syntax = DCMDUMP_SYNTAX_NAMES.getOrDefault(expected[1], expected[1]);
        assertEquals(syntax, info.get("transfer_syntax").get("uid").asText(), "transfer syntax");
        assertEquals(textOrNull(expected[2]), textOrNull(info.get("modality")), "modality");
        assertEquals(pixelData, info.get("has_pixel_data").asBoolean(), "has_pixel_data");
        assertEquals(intOrZero(expected[3]), info.get("rows").asInt(), "rows");
        assertEquals(intOrZero(expected[4]), info.get("columns").asInt(), "columns");
        // Without Number of Frames, info reports 1 frame for an image and 0 for other objects.
        int frames = pixelData ? 1 : 0;
        if (!expected[13].isEmpty()) {
            frames = Integer.parseInt(expected[13]);
        }
        assertEquals(frames, info.get("frames").asInt(), "frames");
        assertEquals(intOrZero(expected[14]), info.get("samples_per_pixel").asInt(), "samples_per_pixel");
        assertEquals(intOrZero(expected[5]), info.get("bits_allocated").asInt(), "bits_allocated");
        assertEquals(intOrZero(expected[6]), info.get("bits_stored").asInt(), "bits_stored");
        assertEquals(intOrZero(expected[7]), info.get("pixel_representation").asInt(), "pixel_representation");
        assertEquals(textOrNull(expected[8]), textOrNull(info.get("photometric_interpretation")),
                "photometric_interpretation");
        assertEquals(firstNumberOrNull(expected[9]), numberOrNull(info.get("rescale").get("intercept")),
                "rescale intercept");
        assertEquals(firstNumberOrNull(expected[10]), numberOrNull(info.get("rescale").get("slope")),
                "rescale slope");
        assertEquals(windows(expected[11], expected[12]), windows(info.get("windows")), "windows");
    }

    private static int intOrZero(String value) {
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private static String textOrNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Double firstNumberOrNull(String value) {
        return value.isEmpty() ? null : Double.valueOf(value.split("\\\\")[0].trim());
    }

    private static Double numberOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    /** Returns "center/width" pairs from dcmdump's backslash-separated centers and widths. */
    private static List<String> windows(String centers, String widths) {
        List<String> pairs = new ArrayList<>();
        if (centers.isEmpty()) {
            return pairs;
        }
        String[] centerValues = centers.split("\\\\");
        String[] widthValues = widths.split("\\\\");
        for (int i = 0; i < Math.min(centerValues.length, widthValues.length); i++) {
            pairs.add(Double.parseDouble(centerValues[i].trim()) + "/" + Double.parseDouble(widthValues[i].trim()));
        }
        return pairs;
    }

    private static List<String> windows(JsonNode array) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode window : array) {
            pairs.add(window.get("center").asDouble() + "/" + window.get("width").asDouble());
        }
        return pairs;
    }
}
