package org.radassist.app;

import java.nio.file.Path;
import org.radassist.review.ReviewWorkspace;
import org.radassist.ui.RadAssistApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX GUI with the desktop services and closes them when the window closes. */
final class GuiLauncher {

    private static final Logger log = LoggerFactory.getLogger(GuiLauncher.class);

    private GuiLauncher() {
    }

    static void launch(AppDirs dirs, Path initialFile) {
        log.info("Starting the GUI");
        // The GUI calls startDeferredWork() once its first image is on screen.
        try (DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(dirs.settingsFile()),
                AuditLog.in(dirs), ReviewWorkspace.in(dirs.dataDir(), dirs.configDir()),
                StartupGate.closed())) {
            if (initialFile != null) {
                Thread warmUp = new Thread(() -> workbench.warmUpOpening(initialFile), "radassist-open-warm-up");
                warmUp.setDaemon(true);
                warmUp.start();
            }
            RadAssistApplication.launch(workbench, initialFile);
        }
        log.info("GUI closed");
    }
}
