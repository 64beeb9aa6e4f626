package org.radassist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.radassist.app.AppDirs;

/** Runs the command line in-process with its own settings directory and captured output. */
final class CliRunner {

    record Result(int status, String out, String err) {
    }

    private final AppDirs dirs;

    CliRunner(Path home) {
        this.dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
    }

    /** Writes the settings file that the commands read, replacing any earlier one. */
    void writeSettings(String json) throws IOException {
        Files.createDirectories(dirs.settingsFile().getParent());
        Files.writeString(dirs.settingsFile(), json);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = RadAssistCommand.newCommandLine(dirs, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Result(status, out.toString(), err.toString());
    }
}
