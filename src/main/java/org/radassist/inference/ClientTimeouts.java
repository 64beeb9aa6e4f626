package org.radassist.inference;

import java.time.Duration;
import java.util.Objects;

/**
 * HTTP timeouts of an {@link InferenceClient}. The read timeout covers the wait for the model's
 * answer. The call timeout bounds each HTTP exchange from connect to the end of the body, so a
 * retry gets a new one.
 */
public record ClientTimeouts(Duration connect, Duration read, Duration call) {

    public ClientTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(call, "call");
    }

    /** Connect 10 s, read 120 s, call 180 s. */
    public static ClientTimeouts defaults() {
        return new ClientTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(180));
    }
}
