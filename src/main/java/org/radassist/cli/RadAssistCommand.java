package org.radassist.cli;

import java.io.PrintWriter;
import org.radassist.app.AppDirs;
import org.radassist.app.InvalidEndpointException;
import org.radassist.dicom.DicomException;
import org.radassist.imaging.ImageLoadException;
import org.radassist.inference.EndpointException;
import org.radassist.inference.InvalidImagePayloadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

@Command(name = "radassist", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "RadAssist: prepares DICOM and PNG images for MedGemma and shows structured findings. "
                + "Without a subcommand it opens the GUI.",
        subcommands = {AnalyzeCommand.class, BatchCommand.class, RenderCommand.class, InfoCommand.class, ProfilesCommand.class,
                ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class RadAssistCommand implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RadAssistCommand.class);

    /** {@link #exitStatus} value for an exception no handler expects, such as a bug. */
    static final int UNEXPECTED = -1;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit status (see {@link ExitCodes}). */
    public static int execute(AppDirs dirs, String[] args) {
        return newCommandLine(dirs, new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
    }

    /** Builds the command line with its output streams, for tests and for {@link #execute}. */
    public static CommandLine newCommandLine(AppDirs dirs, PrintWriter out, PrintWriter err) {
        CliContext context = new CliContext(dirs, out, err);
        IFactory defaults = CommandLine.defaultFactory();
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == AnalyzeCommand.class) {
                    return type.cast(new AnalyzeCommand(context));
                }
                if (type == BatchCommand.class) {
                    return type.cast(new BatchCommand(context));
                }
                if (type == ReportCommand.class) {
                    return type.cast(new ReportCommand(context));
                }
                if (type == ProfilesCommand.ListCommand.class) {
                    return type.cast(new ProfilesCommand.ListCommand(context));
                }
                if (type == ProfilesCommand.TestCommand.class) {
                    return type.cast(new ProfilesCommand.TestCommand(context));
                }
                return defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new RadAssistCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(RadAssistCommand::reportUsageError);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof ParameterException) {
                return reportUsageError((ParameterException) exception, new String[0]);
            }
            int status = exitStatus(exception);
            if (status == UNEXPECTED) {
                // The stack trace goes to the log file only, so the terminal keeps the one-line contract.
                log.error("{} failed", cmd.getCommandName(), exception);
                cmd.getErr().println("radassist: " + oneLine(exception) + " (unexpected error; the log file "
                        + "radassist.log has the details)");
                return ExitCodes.INPUT_UNREADABLE;
            }
            cmd.getErr().println("radassist: " + oneLine(exception));
            log.warn("{} failed: {}", cmd.getCommandName(), exception.toString());
            return status;
        });
        return commandLine;
    }

    /** Prints a usage error as one line and a hint to the command's help, instead of the whole help. */
    private static int reportUsageError(ParameterException exception, String[] args) {
        CommandLine cmd = exception.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(name + ": " + oneLine(exception));
        String command = cmd.getParent() == null ? "radassist" : name;
        cmd.getErr().println("Run '" + command + " --help' for the options.");
        return ExitCodes.USAGE;
    }

    static int exitStatus(Exception exception) {
        if (exception instanceof EndpointException) {
            return ExitCodes.ENDPOINT_FAILED;
        }
        if (exception instanceof InvalidEndpointException) {
            return ExitCodes.USAGE;
        }
        if (exception instanceof ImageLoadException || exception instanceof DicomException
                || exception instanceof InvalidImagePayloadException) {
            return ExitCodes.INPUT_UNREADABLE;
        }
        if (exception instanceof java.io.IOException) {
            return ExitCodes.INPUT_UNREADABLE;
        }
        return UNEXPECTED;
    }

    private static String oneLine(Exception exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            message = exception.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
