package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radassist.app.BatchInputs;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;

/** The {@code batch} command in-process against a real HTTP server on 127.0.0.1. */
class BatchCommandTest extends LocalServerCliTest {

    private CliRunner.Result batch(Path input, Path results, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", input.toString(), "--out", results.toString(),
                "--endpoint", baseUrl()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void batchFolder_writesOneLinePerFile() throws Exception {
        BatchFixtures.Endpoint endpoint = new BatchFixtures.Endpoint(100, number -> false);
        server.setDispatcher(endpoint);
        Path input = BatchFixtures.imageFolder(Files.createDirectories(home.resolve("in")));
        Path results = home.resolve("results.jsonl");

        CliRunner.Result result = batch(input, results);

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        List<JsonNode> lines = BatchFixtures.lines(results);
        assertEquals(9, lines.size(), "one line per file");
        assertEquals(BatchFixtures.IMAGES, BatchFixtures.okLines(lines));
        assertEquals(BatchFixtures.LOCAL_ERRORS, BatchFixtures.errorClasses(lines));
        assertEquals(BatchFixtures.IMAGES, endpoint.received(), "one request per image");
        assertTrue(endpoint.maxActive() <= 4, "at most 4 requests at a time, saw " + endpoint.maxActive());
        for (JsonNode line : lines) {
            Path file = Path.of(line.path("file").asText());
            assertEquals(BatchInputs.sha256(file), line.path("image_sha256").asText(), "hash of " + file);
            assertFalse(line.path("demo").asBoolean(), "demo flag of " + file);
            if (line.path("status").asText().equals("ok")) {
                assertEquals(BatchFixtures.DIAGNOSIS, line.path("findings").path("diagnosis").asText());
                assertEquals(2, line.path("findings").path("findings").size(), "findings of " + file);
                assertEquals("google/medgemma-4b-it", line.path("model").asText());
                assertTrue(line.path("latency_ms").isNumber(), "latency of " + file);
            } else {
                assertTrue(line.path("message").asText().contains(file.getFileName().toString()),
                        "message names the file: " + line.path("message").asText());
            }
        }
        List<String> audit = Files.readAllLines(home.resolve("data").resolve("audit.jsonl"));
        assertEquals(BatchFixtures.IMAGES, audit.size(), "one audit line per request");
        assertTrue(result.err().contains("Batch finished: 6 ok, 3 errors (INVALID_DICOM 1, NOT_DICOM 1, NOT_IMAGE 1), "
                + "0 skipped"), result.err());
    }

    @Test
    void batchRerun_skipsOkImagesAndRetriesErrors() throws Exception {
        BatchFixtures.Endpoint endpoint = new BatchFixtures.Endpoint(0, number -> number == 1);
        server.setDispatcher(endpoint);
        Path input = BatchFixtures.imageFolder(Files.createDirectories(home.resolve("in")));
        Path results = home.resolve("results.jsonl");

        CliRunner.Result first = batch(input, results, "--concurrency", "1");
        assertEquals(ExitCodes.ENDPOINT_FAILED, first.status(), first.err());
        assertEquals(Map.of("BAD_IMAGE", 1, "NOT_DICOM", 1, "INVALID_DICOM", 1, "NOT_IMAGE", 1),
                BatchFixtures.errorClasses(BatchFixtures.lines(results)));

        CliRunner.Result second = batch(input, results);

        assertEquals(ExitCodes.INPUT_UNREADABLE, second.status(), second.err());
        assertEquals(BatchFixtures.IMAGES + 1, endpoint.received(), "the rerun sends only the failed image");
        assertTrue(second.err().contains("Batch finished: 1 ok, 3 errors (INVALID_DICOM 1, NOT_DICOM 1, NOT_IMAGE 1), "
                + "5 skipped"), second.err());
        List<JsonNode> lines = BatchFixtures.lines(results);
        assertEquals(9 + 4, lines.size(), "the rerun appends");
        Map<String, Integer> okByHash = new HashMap<>();
        for (JsonNode line : lines) {
            if (line.path("status").asText().equals("ok")) {
                okByHash.merge(line.path("image_sha256").asText(), 1, Integer::sum);
            }
        }
        assertEquals(BatchFixtures.IMAGES, okByHash.size(), "every image has an ok line");
        assertEquals(Set.of(1), new HashSet<>(okByHash.values()), "no image has two ok lines");
    }

    @Test
    void batchResume_dropsIncompleteLastLine() throws Exception {
        BatchFixtures.Endpoint endpoint = new BatchFixtures.Endpoint(0, number -> false);
        server.setDispatcher(endpoint);
        Path input = BatchFixtures.imageFolder(Files.createDirectories(home.resolve("in")));
        Path results = home.resolve("results.jsonl");
        String done = "{\"image_sha256\":\"" + BatchInputs.sha256(input.resolve("ct1_rle.dcm"))
                + "\",\"file\":\"ct1_rle.dcm\",\"status\":\"ok\",\"findings\":{\"diagnosis\":\"x\",\"findings\":[],"
                + "\"impression\":\"\"},\"model\":\"m\",\"latency_ms\":5,\"demo\":false}\n";
        Files.writeString(results, done + "{\"image_sha256\":\"9f86d08", StandardCharsets.UTF_8);

        CliRunner.Result result = batch(input, results);

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        assertEquals(BatchFixtures.IMAGES - 1, endpoint.received(), "the image with an ok line is skipped");
        List<JsonNode> lines = BatchFixtures.lines(results);
        assertEquals(1 + 8, lines.size(), "the incomplete line is gone and every other line is whole");
        assertTrue(Files.readString(results).endsWith("}\n"), "the file ends with a whole line");
    }

    @Test
    void batchDicomdir_analysesEveryReferencedImage() throws Exception {
        BatchFixtures.Endpoint endpoint = new BatchFixtures.Endpoint(0, number -> false);
        server.setDispatcher(endpoint);
        // The corpus DICOMDIR references 31 files and ships none of them: three are written here.
        Path media = Files.createDirectories(home.resolve("media"));
        Path dicomdir = Files.copy(Corpus.ROOT.resolve("real").resolve("dicom").resolve("DICOMDIR"),
                media.resolve("DICOMDIR"));
        SliceFiles.write(media.resolve("77654033/CT2/17106"), "0\\0\\20", SliceFiles.AXIAL, "1", -1);
        SliceFiles.write(media.resolve("77654033/CT2/17136"), "0\\0\\10", SliceFiles.AXIAL, "2", -1);
        SliceFiles.write(media.resolve("77654033/CT2/17166"), "0\\0\\0", SliceFiles.AXIAL, "3", -1);
        Path results = home.resolve("results.jsonl");

        batch(dicomdir, results);

        List<JsonNode> lines = BatchFixtures.lines(results);
        assertEquals(31, lines.size(), "one line per referenced file");
        assertEquals(3, BatchFixtures.okLines(lines));
        assertEquals(Map.of("FILE_NOT_FOUND", 28), BatchFixtures.errorClasses(lines));
        assertEquals(3, endpoint.received(), "one request per image");
    }

    @Test
    void batchMissingPath_becomesErrorLine() throws Exception {
        Path results = home.resolve("results.jsonl");

        CliRunner.Result result = batch(home.resolve("absent"), results);

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        List<JsonNode> lines = BatchFixtures.lines(results);
        assertEquals(1, lines.size());
        assertEquals("FILE_NOT_FOUND", lines.get(0).path("error_class").asText());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void batchWithoutOut_isUsageError() {
        CliRunner.Result result = cli.run("batch", Corpus.SAMPLE_CT.toString());

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("Missing --out FILE"), result.err());
    }

    @Test
    void batchConcurrencyZero_isUsageError() {
        CliRunner.Result result = cli.run("batch", Corpus.SAMPLE_CT.toString(), "--out", "r.jsonl", "--concurrency", "0");

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("Invalid --concurrency 0"), result.err());
    }
}
