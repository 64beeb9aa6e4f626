package org.radassist.cli;

import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.LoopbackServer;

/**
 * Base of cli tests that run commands in-process against a real HTTP server on 127.0.0.1, with a
 * fresh settings and data directory under {@link #home} for each test.
 */
abstract class LocalServerCliTest {

    @TempDir
    Path home;

    MockWebServer server;
    CliRunner cli;

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start();
        cli = new CliRunner(home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Returns the server's OpenAI-compatible base URL, {@code http://127.0.0.1:PORT/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }
}
