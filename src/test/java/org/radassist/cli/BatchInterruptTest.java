package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.radassist.app.BatchInputs;
import org.radassist.testsupport.Corpus;

/**
 * Stops {@code batch} in a child JVM with SIGINT, as Ctrl-C does, while requests are in flight:
 * the results file must hold whole lines only, and a rerun must finish the rest.
 */
class BatchInterruptTest extends LocalServerCliTest {

    private static final int CONCURRENCY = 2;

    private Path folderOfImages() throws Exception {
        Path folder = Files.createDirectories(home.resolve("in"));
        try (var files = Files.list(Corpus.ROOT.resolve("codecs"))) {
            // The mixed folder has its own copy of ct_s16_evrle.dcm; one copy keeps every file's hash distinct.
            for (Path file : files.filter(path -> path.toString().endsWith(".dcm")
                    && !path.getFileName().toString().equals("ct_s16_evrle.dcm")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        BatchFixtures.imageFolder(Files.createDirectories(folder.resolve("mixed")));
        return folder;
    }

    private Process startBatch(Path input, Path results) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                "-Dradassist.config.dir=" + home.resolve("config"),
                "-Dradassist.data.dir=" + home.resolve("data"),
                "org.radassist.app.Main", "batch", input.toString(), "--out", results.toString(),
                "--endpoint", "http://127.0.0.1:" + server.getPort() + "/v1", "--concurrency", String.valueOf(CONCURRENCY))
                .redirectOutput(home.resolve("child-stdout.txt").toFile())
                .redirectError(home.resolve("child-stderr.txt").toFile());
        builder.environment().put("NO_GCE_CHECK", "true");
        return builder.start();
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does; Process.destroy() would send SIGTERM. */
    private static void interrupt(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -INT exit status");
    }

    private static int okLineCount(Path results) throws Exception {
        if (!Files.exists(results)) {
            return 0;
        }
        String content = Files.readString(results, StandardCharsets.UTF_8);
        return (int) content.lines().filter(line -> line.contains("\"status\":\"ok\"")).count();
    }

    @Test
    void batchSigint_leavesWholeLinesAndResumes() throws Exception {
        BatchFixtures.Endpoint endpoint = new BatchFixtures.Endpoint(200, number -> false);
        server.setDispatcher(endpoint);
        Path input = folderOfImages();
        List<BatchInputs.Item> items = BatchInputs.expand(List.of(input));
        Path results = home.resolve("results.jsonl");

        Process child = startBatch(input, results);
        // Waits for the first ok line, so the interrupt lands while later requests are in flight.
        while (okLineCount(results) < 1 && child.isAlive()) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        interrupt(child);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the batch stopped after SIGINT");

        String stderr = Files.readString(home.resolve("child-stderr.txt"));
        assertEquals(BatchCommand.STOPPED, child.exitValue(), stderr);
        assertTrue(stderr.contains("Batch stopped: "), stderr);
        String content = Files.readString(results, StandardCharsets.UTF_8);
        assertTrue(content.endsWith("\n"), "the file ends with a whole line");
        List<JsonNode> interrupted = BatchFixtures.lines(results);
        long analysable = items.stream().filter(BatchInputs.Item::analysable).count();
        assertTrue(BatchFixtures.okLines(interrupted) < analysable,
                "the interrupt came before the end: " + BatchFixtures.okLines(interrupted) + " ok lines");

        CliRunner.Result rerun = cli.run("batch", input.toString(), "--out", results.toString(), "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1");

        List<JsonNode> lines = BatchFixtures.lines(results);
        Map<String, Integer> okByFile = new HashMap<>();
        Set<String> answered = new HashSet<>();
        for (JsonNode line : lines) {
            answered.add(line.path("file").asText());
            if (line.path("status").asText().equals("ok")) {
                okByFile.merge(line.path("file").asText(), 1, Integer::sum);
            }
        }
        assertTrue(rerun.err().contains("Batch finished: "), rerun.err());
        assertEquals(items.size(), answered.size(), "every file has a line after the rerun");
        assertEquals(Set.of(1), new HashSet<>(okByFile.values()), "no file has two ok lines");
        assertTrue(endpoint.received() <= okByFile.size() + CONCURRENCY,
                "only requests cancelled by the interrupt were sent twice: " + endpoint.received() + " requests for "
                        + okByFile.size() + " ok files");
    }
}
