package org.radassist.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import mockwebserver3.MockWebServer;

/** Factory of the tests' HTTP servers, bound to 127.0.0.1 so that no test listens on another interface. */
public final class LoopbackServer {

    private LoopbackServer() {
    }

    /** Returns a MockWebServer started on 127.0.0.1 at a free port. The caller closes it. */
    public static MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return server;
    }
}
