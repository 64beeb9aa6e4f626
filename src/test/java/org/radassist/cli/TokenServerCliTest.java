package org.radassist.cli;

import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.radassist.testsupport.LogFiles;
import org.radassist.testsupport.LoopbackServer;

/**
 * Base of cli tests that authorise with a service-account key file against a second local server,
 * the OAuth token server, and that check the log events copied to the data directory's log file.
 */
abstract class TokenServerCliTest extends LocalServerCliTest {

    MockWebServer tokenServer;
    Path logFile;
    private LogFiles logFiles;

    @BeforeEach
    void startTokenServer() throws Exception {
        tokenServer = LoopbackServer.start();
        logFile = home.resolve("data").resolve("logs").resolve("radassist.log");
        logFiles = LogFiles.attach(logFile);
    }

    @AfterEach
    void stopTokenServer() {
        logFiles.close();
        tokenServer.close();
    }
}
