package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the bundled samples from a build in the repository. */
class SampleFilesTest {

    @Test
    void list_findsRepositoryAssetsFromClassesFolder() {
        List<String> names = SampleFiles.list().stream().map(path -> path.getFileName().toString()).toList();

        assertEquals(List.of("chest-ct-nema-ct1.dcm", "chest-xray-nih-00000001_000.png"), names);
    }

    @Test
    void candidateFolders_startWithAppImage() {
        String previous = System.getProperty("jpackage.app-path");
        System.setProperty("jpackage.app-path", "/opt/radassist/bin/RadAssist");
        try {
            List<Path> folders = SampleFiles.candidateFolders();

            assertEquals(Path.of("/opt/radassist/bin/app/assets/samples"), folders.get(0));
            assertEquals(Path.of("/opt/radassist/lib/app/assets/samples"), folders.get(2));
        } finally {
            if (previous == null) {
                System.clearProperty("jpackage.app-path");
            } else {
                System.setProperty("jpackage.app-path", previous);
            }
        }
    }
}
