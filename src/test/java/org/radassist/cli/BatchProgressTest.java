package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radassist.app.BatchRecord;
import org.radassist.app.BatchSummary;
import org.radassist.findings.Findings;

/** The progress line and the summary of {@code batch}. */
class BatchProgressTest {

    private static final BatchRecord OK = new BatchRecord("ab", "a.dcm", BatchRecord.STATUS_OK,
            new Findings("d", List.of(), "", "", "", null, false, true), "stop", null, null, "m", 5L, false);
    private static final BatchRecord ERROR = new BatchRecord("cd", "b.dcm", BatchRecord.STATUS_ERROR, null, null,
            "NOT_DICOM", "b.dcm: not DICOM", null, null, false);

    @Test
    void duration_formatsMinutesAndHours() {
        assertEquals("0:00", BatchProgress.duration(0));
        assertEquals("0:59", BatchProgress.duration(59));
        assertEquals("2:05", BatchProgress.duration(125));
        assertEquals("1:02:05", BatchProgress.duration(3725));
    }

    @Test
    void plainOutput_printsWholeLinesWithCounts() {
        StringWriter text = new StringWriter();
        BatchProgress progress = new BatchProgress(new PrintWriter(text), false);

        progress.planned(2, 3);
        progress.written(OK);
        progress.written(ERROR);
        progress.finish();

        List<String> lines = text.toString().lines().toList();
        assertEquals("Skipping 3 images that already have an ok line in the results file.", lines.get(0));
        assertTrue(lines.get(1).startsWith("[--------------------] 0/2 (0%), 0 errors, "), lines.get(1));
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("[####################] 2/2 (100%), 1 errors, "), last);
        assertTrue(last.endsWith("ETA 0:00"), last);
        assertTrue(text.toString().indexOf('\r') < 0, "no carriage return outside a terminal");
    }

    @Test
    void terminalOutput_rewritesOneLine() {
        StringWriter text = new StringWriter();
        BatchProgress progress = new BatchProgress(new PrintWriter(text), true);

        progress.planned(1, 0);
        progress.written(OK);
        progress.finish();

        String output = text.toString();
        assertEquals(2, output.chars().filter(c -> c == '\r').count(), "one rewrite per update");
        assertEquals(1, output.chars().filter(c -> c == '\n').count(), "the progress stays on one line");
        assertTrue(output.endsWith("\n"), "finish ends the line");
    }

    @Test
    void summary_listsErrorsByClassAndNotDone() {
        BatchSummary summary = new BatchSummary(4, Map.of("SERVER", 1, "NOT_DICOM", 2), 5, 3, 75_000_000_000L, true);

        assertEquals("Batch stopped: 4 ok, 3 errors (NOT_DICOM 2, SERVER 1), 5 skipped, 3 not done in 1:15. "
                + "Results: r.jsonl. Run the same command again to continue.",
                BatchProgress.summary(summary, Path.of("r.jsonl")));
    }
}
