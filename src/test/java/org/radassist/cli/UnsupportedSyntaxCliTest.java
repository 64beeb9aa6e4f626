package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file RadAssist cannot decode, through analyze, render and info: exit status 3 and one line
 * on stderr that names the file and the transfer syntax by name and UID.
 */
class UnsupportedSyntaxCliTest extends LocalServerCliTest {

    static Stream<Arguments> filesAndCommands() {
        return UnsupportedFiles.BY_PATH.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(entry -> Stream.of("analyze", "render", "info")
                        .map(command -> Arguments.of(command, entry.getKey(), entry.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("filesAndCommands")
    void unsupportedFile_exits3WithOneLine(String command, String relative, UnsupportedFiles.Syntax syntax) {
        String file = UnsupportedFiles.path(relative).toString();
        String name = Path.of(relative).getFileName().toString();
        String[] args = switch (command) {
            case "analyze" -> new String[] {"analyze", file, "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1"};
            case "render" -> new String[] {"render", file, "--out", home.resolve("out.png").toString()};
            default -> new String[] {"info", file, "--format", "json"};
        };

        CliRunner.Result result = cli.run(args);

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        String err = result.err().strip();
        assertEquals(-1, err.indexOf('\n'), "one line on stderr: " + err);
        assertTrue(err.startsWith("radassist: " + name + ": "), err);
        assertTrue(err.contains(syntax.name()), "names " + syntax.name() + ": " + err);
        assertTrue(err.contains(syntax.uid()), "names " + syntax.uid() + ": " + err);
        assertEquals(0, server.getRequestCount(), "nothing may be sent for an unsupported file");
    }
}
