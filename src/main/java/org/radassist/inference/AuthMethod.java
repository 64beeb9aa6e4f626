package org.radassist.inference;

/** How requests to an endpoint are authorised. */
public enum AuthMethod {
    /** No Authorization header. */
    NONE,
    /** {@code Authorization: Bearer <key>} with the key read from a named environment variable at request time. */
    API_KEY,
    /** {@code Authorization: Bearer <token>} with an OAuth access token from Google Application Default Credentials. */
    ADC
}
