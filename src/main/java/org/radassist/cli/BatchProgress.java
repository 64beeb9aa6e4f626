package org.radassist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.radassist.app.BatchAnalysis;
import org.radassist.app.BatchRecord;
import org.radassist.app.BatchSummary;

/**
 * The progress line of {@code batch} on stderr: images done of the total, errors, rate per minute
 * and the estimated time left. On a terminal one line is rewritten in place. Otherwise a plain
 * line is printed at most once a second and after the last image, which keeps logs short.
 */
final class BatchProgress implements BatchAnalysis.Listener {

    private static final long PLAIN_INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int total;
    private int done;
    private int errors;
    private long lastPrinted;
    private int lastWidth;

    BatchProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Returns whether stderr is a terminal. Java 17 cannot ask this of one stream, so on Linux the
     * check reads where file descriptor 2 points. Elsewhere it uses whether a console exists
     * (stdin and stdout on a terminal).
     */
    static boolean stderrIsTerminal() {
        Path descriptor = Path.of("/proc/self/fd/2");
        if (Files.exists(descriptor, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(descriptor).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (java.io.IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    @Override
    public synchronized void planned(int imageCount, int skipped) {
        total = imageCount;
        if (skipped > 0) {
            err.printf(Locale.ROOT, "Skipping %d images that already have an ok line in the results file.%n", skipped);
        }
        print(true);
    }

    @Override
    public synchronized void written(BatchRecord record) {
        done++;
        if (!record.ok()) {
            errors++;
        }
        print(done == total);
    }

    /** Ends the in-place line so that the summary starts on a line of its own. */
    synchronized void finish() {
        if (terminal && lastWidth > 0) {
            err.println();
            lastWidth = 0;
        }
        err.flush();
    }

    private void print(boolean force) {
        long now = System.nanoTime();
        if (!terminal && !force && now - lastPrinted < PLAIN_INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        String line = line(now);
        if (terminal) {
            // Pads with spaces to clear the end of a longer previous line.
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    private String line(long now) {
        double minutes = (now - start) / 60e9;
        double rate = minutes > 0 ? done / minutes : 0;
        String eta = done == 0 || rate <= 0 ? "--:--" : duration((long) ((total - done) / rate * 60));
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        return String.format(Locale.ROOT, "[%s] %d/%d (%d%%), %d errors, %.1f images/min, ETA %s", bar(percent), done,
                total, percent, errors, rate, eta);
    }

    private static String bar(int percent) {
        int filled = percent / 5;
        return "#".repeat(filled) + "-".repeat(20 - filled);
    }

    /** Formats seconds as {@code m:ss}, or {@code h:mm:ss} from one hour. */
    static String duration(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** Formats the summary line of a finished or stopped batch. */
    static String summary(BatchSummary summary, Path results) {
        StringBuilder text = new StringBuilder(summary.stopped() ? "Batch stopped: " : "Batch finished: ");
        text.append(summary.ok()).append(" ok, ").append(summary.errors()).append(" errors");
        if (summary.errors() > 0) {
            text.append(" (").append(summary.errorBreakdown()).append(')');
        }
        text.append(", ").append(summary.skipped()).append(" skipped");
        if (summary.notDone() > 0) {
            text.append(", ").append(summary.notDone()).append(" not done");
        }
        text.append(" in ").append(duration(Math.round(summary.elapsedNanos() / 1e9))).append(". Results: ")
                .append(results).append('.');
        if (summary.stopped()) {
            text.append(" Run the same command again to continue.");
        }
        return text.toString();
    }
}
