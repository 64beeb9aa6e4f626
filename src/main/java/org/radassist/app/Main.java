package org.radassist.app;

import java.nio.file.Path;
import java.util.Set;
import org.radassist.cli.RadAssistCommand;

/**
 * Entry point of {@code radassist.jar}: the GUI without arguments or with a single file, the
 * command line with a subcommand or an option.
 *
 * <p>This class does not extend {@code javafx.application.Application}, so the shaded jar starts
 * without the JavaFX module path.
 */
public final class Main {

    private static final Set<String> SUBCOMMANDS = Set.of("analyze", "batch", "render", "info", "profiles", "report", "help");

    private Main() {
    }

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.fromEnvironment();
        if (System.getProperty("radassist.log.dir") == null) {
            System.setProperty("radassist.log.dir", dirs.logDir().toString());
        }
        if (opensGui(args)) {
            if (System.getProperty("radassist.console.level") == null) {
                System.setProperty("radassist.console.level", "WARN");
            }
            Path initialFile = args.length == 1 ? Path.of(args[0]) : null;
            GuiLauncher.launch(dirs, initialFile);
            return;
        }
        int status = RadAssistCommand.execute(dirs, args);
        System.exit(status);
    }

    static boolean opensGui(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-") && !SUBCOMMANDS.contains(args[0]);
    }
}
