package org.radassist.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child JVM that saves a session in a tight loop and checks that the session file
 * still loads and contains a complete version: the last one the child reported, or the one it was
 * about to report when it died.
 */
class SessionKillTest {

    /** Saves to let the child make before the kill, so the kill falls in the middle of the loop. */
    private static final int SAVES_BEFORE_KILL = 25;

    @TempDir
    Path directory;

    @Test
    void killedWhileSaving_loadsLastOrPreviousVersion() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path progress = directory.resolve("progress.txt");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                SessionSaveLoop.class.getName(), directory.resolve("sessions").toString()))
                .redirectOutput(progress.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();

        // The child's output goes to a file because destroying a process closes its pipes, unread lines included.
        while (lastComplete(progress) < SAVES_BEFORE_KILL) {
            assertTrue(child.isAlive(), "the child process ended on its own");
            Thread.sleep(10);
        }
        child.destroyForcibly();
        child.waitFor();
        long lastReported = lastComplete(progress);
        assertTrue(lastReported >= SAVES_BEFORE_KILL, "the child saved " + lastReported + " times before it died");

        SessionLoad load = new SessionStore(directory.resolve("sessions")).load(new ImageKey(SessionFixtures.KEY));

        assertTrue(load.damaged().isEmpty(), () -> load.damaged().orElseThrow().message());
        ReviewSession session = load.session().orElse(null);
        assertNotNull(session);
        long loadedVersion = Long.parseLong(session.overallNote().substring("version-".length()));
        assertTrue(loadedVersion == lastReported || loadedVersion == lastReported + 1,
                "loaded version-" + loadedVersion + ", last reported " + lastReported);
        assertEquals(SessionFixtures.large(2000, "version-" + loadedVersion), session);
    }

    /** Returns the last number on a complete (newline-terminated) line of the child's output, 0 for none. */
    private static long lastComplete(Path progress) throws IOException {
        String output = Files.readString(progress, StandardCharsets.US_ASCII);
        int end = output.lastIndexOf('\n');
        if (end < 0) {
            return 0;
        }
        int start = output.lastIndexOf('\n', end - 1) + 1;
        return Long.parseLong(output.substring(start, end).strip());
    }
}
