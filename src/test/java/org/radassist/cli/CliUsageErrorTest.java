package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.AppDirs;
import org.radassist.testsupport.Corpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Usage errors and unexpected failures: one line on stderr and a contract exit status. */
class CliUsageErrorTest {

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        return new CliRunner(home).run(args);
    }

    private static String[] lines(String text) {
        return text.strip().split("\\R");
    }

    @Test
    void unknownOption_printsOneLineAndHelpHint() {
        CliRunner.Result result = run("analyze", Corpus.SAMPLE_CT.toString(), "--no-such-option");

        assertEquals(ExitCodes.USAGE, result.status());
        String[] lines = lines(result.err());
        assertEquals(2, lines.length, result.err());
        assertTrue(lines[0].contains("--no-such-option"), lines[0]);
        assertEquals("Run 'radassist analyze --help' for the options.", lines[1]);
        assertFalse(result.err().contains("Usage:"), result.err());
    }

    @Test
    void negativeMaxRetries_isUsageErrorNamingOption() {
        CliRunner.Result result = run("analyze", Corpus.SAMPLE_CT.toString(), "--demo", "--max-retries", "-3");

        assertEquals(ExitCodes.USAGE, result.status());
        String[] lines = lines(result.err());
        assertEquals(2, lines.length, result.err());
        assertTrue(lines[0].contains("Invalid --max-retries -3"), lines[0]);
        assertFalse(result.err().contains("maxRetries"), result.err());
    }

    @Test
    void latin1HistoryFile_saysNotUtf8() throws Exception {
        Path history = home.resolve("history-latin1.txt");
        Files.write(history, "fi\u00e8vre".getBytes(StandardCharsets.ISO_8859_1));

        CliRunner.Result result = run("analyze", Corpus.SAMPLE_CT.toString(), "--demo", "--history-file",
                history.toString());

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("History file " + history + " is not valid UTF-8: save it as UTF-8."),
                result.err());
    }

    @Test
    void missingHistoryFile_saysNotFound() {
        Path history = home.resolve("missing.txt");

        CliRunner.Result result = run("analyze", Corpus.SAMPLE_CT.toString(), "--demo", "--history-file",
                history.toString());

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("History file " + history + " not found."), result.err());
    }

    @Test
    void unexpectedRuntimeException_printsOneLineNoStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RadAssistCommand.newCommandLine(
                new AppDirs(home.resolve("config"), home.resolve("data")), new PrintWriter(out, true),
                new PrintWriter(err, true));
        commandLine.addSubcommand(new FailingCommand());
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("fail");

        assertEquals(ExitCodes.INPUT_UNREADABLE, status);
        String[] lines = lines(err.toString());
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].startsWith("radassist: index 7 is out of range"), lines[0]);
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Command(name = "fail")
    static final class FailingCommand implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("index 7 is out of range");
        }
    }

    @Test
    void analyzeHelp_namesDefaultApiKeyVariable() {
        CliRunner.Result result = run("analyze", "--help");

        assertEquals(ExitCodes.OK, result.status());
        assertTrue(result.out().contains("(default: RADASSIST_API_KEY)"), result.out());
    }

    @Test
    void shorthandIpv4Endpoint_showsExampleUrl() {
        CliRunner.Result result = run("analyze", Corpus.SAMPLE_CT.toString(), "--endpoint", "http://127.1:18080/v1");

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("Base URL 'http://127.1:18080/v1' is invalid"), result.err());
        assertTrue(result.err().contains("use a URL such as http://127.0.0.1:8000/v1."), result.err());
    }

    @Test
    void plainHttpToOtherHost_namesCommandLineOption() {
        CliRunner.Result result = run("analyze", Corpus.SAMPLE_CT.toString(), "--endpoint", "http://10.255.255.1/v1");

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("(--allow-insecure-http on the command line)"), result.err());
    }
}
