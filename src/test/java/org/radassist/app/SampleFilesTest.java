package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the bundled samples from a build in the repository and from an installed app image. */
class SampleFilesTest {

    @TempDir
    Path image;

    @Test
    void list_findsRepositoryAssetsFromClassesFolder() {
        List<String> names = SampleFiles.list().stream().map(path -> path.getFileName().toString()).toList();

        assertEquals(List.of("chest-ct-nema-ct1.dcm", "chest-xray-nih-00000001_000.png"), names);
    }

    @Test
    void list_findsSamplesOfLinuxAppImage() throws Exception {
        // The layout installer/build.sh gives jpackage: bin/RadAssist, and lib/app with the jar and samples.
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("RadAssist");
        Files.writeString(launcher, "");
        Path samples = Files.createDirectories(image.resolve("lib/app/samples"));
        Files.writeString(samples.resolve("b.png"), "");
        Files.writeString(samples.resolve("a.dcm"), "");
        Files.writeString(samples.resolve("README.md"), "");
        String previous = System.getProperty("jpackage.app-path");
        System.setProperty("jpackage.app-path", launcher.toString());
        try {
            assertEquals(List.of(samples.resolve("a.dcm"), samples.resolve("b.png")), SampleFiles.list());
        } finally {
            if (previous == null) {
                System.clearProperty("jpackage.app-path");
            } else {
                System.setProperty("jpackage.app-path", previous);
            }
        }
    }
}
