package org.radassist.app;

import java.io.IOException;

/** Endpoint settings that cannot be used; the message lists every invalid field and its fix. */
public final class InvalidEndpointException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidEndpointException(String message) {
        super(message);
    }
}
