package org.radassist.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the bundled sample studies at run time. The jar does not contain them, so the folder is
 * looked up in this order. First comes the system property {@code radassist.samples.dir}. Next is
 * the app folder of a jpackage image ({@code lib/app} on Linux, {@code app} on Windows,
 * {@code Contents/app} on macOS), found from the launcher path in {@code jpackage.app-path}, with
 * its {@code samples} or {@code assets/samples} folder. Then {@code samples} beside the running
 * jar, and {@code assets/samples} in or above the jar's or classes' folder, so that
 * {@code target/radassist.jar} finds the repository's {@code assets}. Last is the working directory.
 */
final class SampleFiles {

    private static final Logger log = LoggerFactory.getLogger(SampleFiles.class);
    private static final Path SAMPLES = Path.of("assets", "samples");
    /** Folder levels above the jar searched for {@code assets/samples}. */
    private static final int LEVELS_ABOVE_CODE = 3;

    private SampleFiles() {
    }

    /** Returns the sample images (DICOM and PNG) of the first folder found, sorted by name; empty when none is found. */
    static List<Path> list() {
        for (Path folder : candidateFolders()) {
            if (Files.isDirectory(folder)) {
                List<Path> samples = imagesIn(folder);
                log.info("Found {} sample images in {}", samples.size(), folder);
                return samples;
            }
        }
        log.info("No sample folder found");
        return List.of();
    }

    static List<Path> candidateFolders() {
        List<Path> folders = new ArrayList<>();
        String override = System.getProperty("radassist.samples.dir");
        if (override != null && !override.isBlank()) {
            folders.add(Path.of(override));
        }
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            // The launcher sits in <image>/bin (Linux), <image> (Windows) or Contents/MacOS (macOS).
            Path launcherFolder = Path.of(launcher).toAbsolutePath().getParent();
            for (Path base : new Path[] {launcherFolder.resolve("app"),
                    launcherFolder.resolveSibling("lib").resolve("app"), launcherFolder.resolveSibling("app")}) {
                folders.add(base.resolve(SAMPLES));
                folders.add(base.resolve("samples"));
            }
        }
        Path code = codeLocation();
        if (code != null) {
            folders.add(code.resolve("samples"));
        }
        for (int level = 0; code != null && level <= LEVELS_ABOVE_CODE; level++, code = code.getParent()) {
            folders.add(code.resolve(SAMPLES));
        }
        folders.add(Path.of("").toAbsolutePath().resolve(SAMPLES));
        return folders;
    }

    /** Returns the folder containing the running jar, or the classes folder when run from a build. */
    private static Path codeLocation() {
        try {
            Path location = Path.of(SampleFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.getParent() : location;
        } catch (URISyntaxException | RuntimeException e) {
            log.debug("Location of the running code unknown: {}", e.toString());
            return null;
        }
    }

    private static List<Path> imagesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".dcm") || name.endsWith(".png");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("Listing the sample folder {} failed: {}", folder, e.toString());
            return List.of();
        }
    }
}
