package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.BatchInputs;
import org.radassist.testsupport.Corpus;

/**
 * {@code batch --export-vertex} and {@code --import-vertex}: the Vertex AI batch prediction input
 * for a self-deployed Model Garden model, and its output read back into batch results, with the
 * hand-written examples in {@code src/test/resources/cli/vertex-batch/}.
 */
class VertexBatchTest {

    private static final Path EXAMPLES = Path.of("src", "test", "resources", "cli", "vertex-batch");
    private static final String JPEG_DATA_URI = "data:image/jpeg;base64,";

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        return new CliRunner(home).run(args);
    }

    private Path[] threeFiles() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.txt"), "not an image\n");
        return new Path[] {Corpus.real("ct_small_evrle_ri1024_nowin.dcm"), Corpus.real("sc_rgb_3x3_odd.dcm"), notes};
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void exportVertex_writesChatCompletionsLines() throws Exception {
        Path[] files = threeFiles();
        Path target = home.resolve("requests.jsonl");

        CliRunner.Result result = run("batch", "--export-vertex", target.toString(), files[0].toString(),
                files[1].toString(), files[2].toString(), "--history", "Cough for five days.");

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        List<JsonNode> lines = BatchFixtures.lines(target);
        assertEquals(2, lines.size(), "one request per image");
        List<JsonNode> manifest = BatchFixtures.lines(home.resolve("requests.manifest.jsonl"));
        assertEquals(3, manifest.size(), "one manifest line per file");
        for (int i = 0; i < 2; i++) {
            JsonNode line = lines.get(i);
            assertEquals("img-" + BatchInputs.sha256(files[i]), line.path("custom_id").asText());
            assertEquals("POST", line.path("method").asText());
            assertEquals("/v1/chat/completions", line.path("url").asText());
            JsonNode body = line.path("body");
            assertEquals("", body.path("model").asText());
            assertEquals(500, body.path("max_tokens").asInt());
            assertEquals(0, body.path("temperature").asDouble());
            JsonNode content = body.path("messages").path(0).path("content");
            assertEquals("user", body.path("messages").path(0).path("role").asText());
            assertEquals("text", content.path(0).path("type").asText(), "text first");
            assertTrue(content.path(0).path("text").asText().endsWith("Clinical History: Cough for five days."));
            String url = content.path(1).path("image_url").path("url").asText();
            assertTrue(url.startsWith(JPEG_DATA_URI), url.substring(0, 30));
            byte[] jpeg = Base64.getDecoder().decode(url.substring(JPEG_DATA_URI.length()));
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, Arrays.copyOf(jpeg, 2), "JPEG signature");

            JsonNode entry = manifest.get(i);
            assertEquals(files[i].toString(), entry.path("file").asText());
            assertEquals("ok", entry.path("status").asText());
            assertEquals("requests.jsonl", entry.path("input_file").asText());
            assertEquals(i + 1, entry.path("line").asInt());
            assertEquals(sha256(jpeg), entry.path("payload_sha256").asText(), "hash of the image sent");
        }
        assertEquals("error", manifest.get(2).path("status").asText());
        assertEquals("NOT_DICOM", manifest.get(2).path("error_class").asText());
    }

    @Test
    void exportVertex_splitsAtMaxLines() throws Exception {
        Path[] files = threeFiles();
        Path target = home.resolve("requests.jsonl");

        run("batch", "--export-vertex", target.toString(), "--vertex-max-lines", "1", files[0].toString(),
                files[1].toString());

        assertFalse(Files.exists(target), "a split export numbers every file");
        assertEquals(1, BatchFixtures.lines(home.resolve("requests-001.jsonl")).size());
        assertEquals(1, BatchFixtures.lines(home.resolve("requests-002.jsonl")).size());
        List<JsonNode> manifest = BatchFixtures.lines(home.resolve("requests.manifest.jsonl"));
        assertEquals("requests-001.jsonl", manifest.get(0).path("input_file").asText());
        assertEquals("requests-002.jsonl", manifest.get(1).path("input_file").asText());
    }

    @Test
    void exportVertex_splitsAtMaxFileBytes() throws Exception {
        Path[] files = threeFiles();
        Path whole = home.resolve("whole.jsonl");
        run("batch", "--export-vertex", whole.toString(), files[0].toString(), files[1].toString());
        List<String> lines = Files.readAllLines(whole, StandardCharsets.UTF_8);
        int largest = lines.stream().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length + 1).max().orElseThrow();

        Path split = home.resolve("split.jsonl");
        run("batch", "--export-vertex", split.toString(), "--vertex-max-file-bytes", String.valueOf(largest),
                files[0].toString(), files[1].toString());

        assertEquals(lines.get(0), Files.readString(home.resolve("split-001.jsonl")).strip());
        assertEquals(lines.get(1), Files.readString(home.resolve("split-002.jsonl")).strip());
    }

    @Test
    void exportVertex_requestOverFileLimitIsError() throws Exception {
        Path[] files = threeFiles();
        Path target = home.resolve("requests.jsonl");

        CliRunner.Result result = run("batch", "--export-vertex", target.toString(), "--vertex-max-file-bytes", "1000",
                files[0].toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        assertFalse(Files.exists(target), "no request fits, so no input file");
        JsonNode entry = BatchFixtures.lines(home.resolve("requests.manifest.jsonl")).get(0);
        assertEquals("PAYLOAD_TOO_LARGE", entry.path("error_class").asText());
    }

    @Test
    void importVertex_storedExampleWithManifest() throws Exception {
        Path results = home.resolve("results.jsonl");

        CliRunner.Result result = run("batch", "--import-vertex", EXAMPLES.resolve("predictions.jsonl").toString(),
                "--manifest", EXAMPLES.resolve("requests.manifest.jsonl").toString(), "--out", results.toString());

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status(), result.err());
        Map<String, JsonNode> byFile = BatchFixtures.lines(results).stream().collect(Collectors.toMap(
                line -> Path.of(line.path("file").asText()).getFileName().toString(), line -> line));
        assertEquals(5, byFile.size(), "one line per manifest file");

        JsonNode ct = byFile.get("ct_small_evrle_ri1024_nowin.dcm");
        assertEquals("ok", ct.path("status").asText());
        assertEquals(BatchInputs.sha256(Corpus.real("ct_small_evrle_ri1024_nowin.dcm")), ct.path("image_sha256").asText());
        assertEquals("No acute abnormality", ct.path("findings").path("diagnosis").asText());
        assertEquals(2, ct.path("findings").path("findings").size());
        assertEquals("Unremarkable CT slice.", ct.path("findings").path("impression").asText());
        assertEquals("google/medgemma-4b-it", ct.path("model").asText());
        assertFalse(ct.path("demo").asBoolean());

        JsonNode rgb = byFile.get("sc_rgb_3x3_odd.dcm");
        assertEquals("ok", rgb.path("status").asText(), "matched by the image hash without a custom id");
        assertEquals("length", rgb.path("finish_reason").asText());
        assertTrue(rgb.path("truncated").asBoolean());

        JsonNode mr = byFile.get("mr_small_evrle.dcm");
        assertEquals("PREDICTION_FAILED", mr.path("error_class").asText());
        assertTrue(mr.path("message").asText().contains("maximum context length"), mr.path("message").asText());
        assertEquals("NO_PREDICTION", byFile.get("us_rgb_planar0.dcm").path("error_class").asText());
        assertEquals("NOT_IMAGE", byFile.get("rtstruct_no_pixels.dcm").path("error_class").asText());
        assertTrue(result.err().contains("Batch finished: 2 ok, 3 errors (NOT_IMAGE 1, NO_PREDICTION 1, "
                + "PREDICTION_FAILED 1), 0 skipped"), result.err());
    }

    @Test
    void importVertex_rerunSkipsOkImages() throws Exception {
        Path results = home.resolve("results.jsonl");
        String[] args = {"batch", "--import-vertex", EXAMPLES.resolve("predictions.jsonl").toString(), "--manifest",
                EXAMPLES.resolve("requests.manifest.jsonl").toString(), "--out", results.toString()};
        run(args);

        CliRunner.Result second = run(args);

        assertTrue(second.err().contains("Batch finished: 0 ok, 3 errors"), second.err());
        assertTrue(second.err().contains("2 skipped"), second.err());
        assertEquals(5 + 3, BatchFixtures.lines(results).size());
    }

    @Test
    void importVertex_withoutManifestUsesCustomIds() throws Exception {
        Path results = home.resolve("results.jsonl");

        run("batch", "--import-vertex", EXAMPLES.resolve("predictions.jsonl").toString(), "--out", results.toString());

        List<JsonNode> lines = BatchFixtures.lines(results);
        assertEquals(2, lines.size(), "the line without a custom id cannot be matched without the manifest");
        assertEquals(BatchInputs.sha256(Corpus.real("ct_small_evrle_ri1024_nowin.dcm")),
                lines.get(0).path("image_sha256").asText());
        assertTrue(lines.get(0).path("file").isNull(), "no manifest, no file name");
        assertEquals("PREDICTION_FAILED", lines.get(1).path("error_class").asText());
    }
}
