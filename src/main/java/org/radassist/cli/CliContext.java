package org.radassist.cli;

import java.io.PrintWriter;
import org.radassist.app.AppDirs;

/** What every subcommand needs from its caller: the app directories and the output streams. */
public record CliContext(AppDirs dirs, PrintWriter out, PrintWriter err) {
}
