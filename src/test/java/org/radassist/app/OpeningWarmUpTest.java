package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;
import org.radassist.ui.OpenedImage;

/** The GUI's start-up warm-up of the initial file: it never fails, and the real open works after it. */
class OpeningWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void warmUpOpening_thenOpenShowsSample() throws Exception {
        try (DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(dir.resolve("settings.json")), null,
                StartupGate.closed())) {
            workbench.warmUpOpening(Corpus.SAMPLE_CT);

            OpenedImage opened = workbench.open(Corpus.SAMPLE_CT);
            assertEquals(512, opened.width());
            assertEquals(512, workbench.render(opened, null).getWidth());
        }
    }

    @Test
    void warmUpOpening_ignoresUnreadableFiles() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not an image");
        try (DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(dir.resolve("settings.json")), null,
                StartupGate.closed())) {
            assertDoesNotThrow(() -> workbench.warmUpOpening(text));
            assertDoesNotThrow(() -> workbench.warmUpOpening(dir.resolve("missing.dcm")));
        }
    }
}
