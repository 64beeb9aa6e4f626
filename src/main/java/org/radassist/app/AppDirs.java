package org.radassist.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's configuration and data directories for RadAssist.
 *
 * <p>Settings live in the configuration directory ({@code $XDG_CONFIG_HOME/radassist} or
 * {@code ~/.config/radassist} on Linux, {@code %APPDATA%\RadAssist} on Windows,
 * {@code ~/Library/Application Support/RadAssist} on macOS); logs and the audit log live in the
 * matching data directory. The system properties {@code radassist.config.dir} and
 * {@code radassist.data.dir} override both, which tests and portable installs use.
 */
public record AppDirs(Path configDir, Path dataDir) {

    public static AppDirs fromEnvironment() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty("radassist.config.dir"), System.getProperty("radassist.data.dir"));
    }

    static AppDirs resolve(String osName, Map<String, String> env, String userHome,
                           String configOverride, String dataOverride) {
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        Path config;
        Path data;
        if (os.startsWith("windows")) {
            Path appData = pathOrDefault(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path localAppData = pathOrDefault(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            config = appData.resolve("RadAssist");
            data = localAppData.resolve("RadAssist");
        } else if (os.startsWith("mac")) {
            config = home.resolve("Library").resolve("Application Support").resolve("RadAssist");
            data = config;
        } else {
            config = pathOrDefault(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("radassist");
            data = pathOrDefault(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve("radassist");
        }
        if (configOverride != null && !configOverride.isBlank()) {
            config = Path.of(configOverride);
        }
        if (dataOverride != null && !dataOverride.isBlank()) {
            data = Path.of(dataOverride);
        }
        return new AppDirs(config, data);
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    /** Returns {@code audit.jsonl} in the data directory: one JSON line per request. */
    public Path auditFile() {
        return dataDir.resolve("audit.jsonl");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    private static Path pathOrDefault(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
