package org.radassist.inference;

/** Credentials for an endpoint could not be found or refreshed; the message never contains a secret. */
public class CredentialsException extends Exception {

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
