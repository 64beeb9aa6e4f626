package org.radassist.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = RadAssistCommand.newCommandLine(dirs, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Result(status, out.toString(), err.toString());
    }
}
