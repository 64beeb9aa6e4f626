package org.radassist.inference;

import java.util.Optional;

/**
 * Source of the {@code Authorization} header for requests to one endpoint. Implementations look
 * credentials up lazily, inside {@link InferenceCall#execute()}, because Application Default
 * Credentials may probe the metadata server for up to a minute; callers therefore run it off the
 * JavaFX thread.
 */
public interface AuthProvider {

    /**
     * Returns the {@code Authorization} header value for the next request, or empty for none.
     *
     * @throws CredentialsException when the credentials are missing or cannot be refreshed
     */
    Optional<String> authorization() throws CredentialsException;

    /**
     * Forces new credentials after the endpoint returned HTTP 401.
     *
     * @return whether the request is worth retrying once with the new credentials
     * @throws CredentialsException when the refresh failed
     */
    default boolean refreshAfterUnauthorized() throws CredentialsException {
        return false;
    }

    /** Returns a provider that sends no Authorization header. */
    static AuthProvider none() {
        return Optional::empty;
    }

    /** Returns the provider the configuration's {@link AuthMethod} selects. */
    static AuthProvider forConfig(EndpointConfig config) {
        switch (config.auth()) {
            case API_KEY:
                return new ApiKeyAuth(config.apiKeyEnvVar());
            case ADC:
                return AdcAuth.applicationDefault();
            default:
                return none();
        }
    }
}
