package org.radassist.ui;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared set-up of the TestFX tests. */
final class FxTestSupport {

    /** Maximum wait for background work in a test. Reaching it fails the test instead of passing it. */
    private static final long WAIT_LIMIT_SECONDS = 30;

    static final Localization ENGLISH = new Localization(Localization.loadBundle(Locale.ENGLISH));
    static final Localization CHINESE = new Localization(Localization.loadBundle(Locale.SIMPLIFIED_CHINESE));

    private FxTestSupport() {
    }

    /**
     * Waits until the condition, evaluated on the JavaFX thread, holds, then lets pending layout
     * and events finish.
     */
    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_LIMIT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Returns whether the node the query finds and its parent are both visible. */
    static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.getParent().isVisible();
    }
}
