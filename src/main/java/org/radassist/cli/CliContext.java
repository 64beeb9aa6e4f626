package org.radassist.cli;

import java.io.PrintWriter;
import org.radassist.app.AppDirs;
import org.radassist.app.Settings;
import org.radassist.app.SettingsStore;

/** What every subcommand needs from its caller: the app directories and the output streams. */
public record CliContext(AppDirs dirs, PrintWriter out, PrintWriter err) {

    /** Loads the settings file, printing the warning about a damaged file to {@code err}. */
    Settings loadSettings(PrintWriter err) {
        SettingsStore store = new SettingsStore(dirs.settingsFile());
        Settings settings = store.load();
        if (store.loadWarning() != null) {
            err.println("Warning: " + store.loadWarning());
        }
        return settings;
    }
}
