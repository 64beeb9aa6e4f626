package org.radassist.inference;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens from Google credentials with the {@code cloud-platform} scope: Application Default
 * Credentials or a credentials file such as a service-account key.
 *
 * <p>Credentials are loaded on the first {@link #authorization()} call, never at construction,
 * because the ADC lookup can block for up to a minute probing the metadata server. Every call
 * reads the token from the credentials object, so an expired token (after about an hour) is
 * refreshed; after an HTTP 401, {@link #refreshAfterUnauthorized()} forces one refresh.
 */
public final class AdcAuth implements AuthProvider {

    public static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

    private static final Logger LOG = LoggerFactory.getLogger(AdcAuth.class);

    /** Loads credentials; may block and may throw. */
    @FunctionalInterface
    interface CredentialsLoader {
        GoogleCredentials load() throws IOException;
    }

    private final CredentialsLoader loader;
    private final String sourceDescription;
    private GoogleCredentials credentials;

    private AdcAuth(CredentialsLoader loader, String sourceDescription) {
        this.loader = loader;
        this.sourceDescription = sourceDescription;
    }

    /** Application Default Credentials, looked up on first use. */
    public static AdcAuth applicationDefault() {
        return new AdcAuth(GoogleCredentials::getApplicationDefault, "Application Default Credentials");
    }

    /** Credentials from a JSON file (service-account key or gcloud user credentials), read on first use. */
    public static AdcAuth fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        return new AdcAuth(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return GoogleCredentials.fromStream(in);
            }
        }, "credentials file " + file);
    }

    /** Credentials the caller has already loaded. */
    public static AdcAuth of(GoogleCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new AdcAuth(() -> credentials, "given credentials");
    }

    @Override
    public synchronized Optional<String> authorization() throws CredentialsException {
        GoogleCredentials scoped = credentials();
        try {
            scoped.refreshIfExpired();
        } catch (IOException e) {
            throw new CredentialsException("cannot get an access token from " + sourceDescription
                    + ": " + e.getMessage(), e);
        }
        return Optional.of("Bearer " + tokenValue(scoped));
    }

    @Override
    public synchronized boolean refreshAfterUnauthorized() throws CredentialsException {
        GoogleCredentials scoped = credentials();
        LOG.info("Refreshing the access token from {} after HTTP 401", sourceDescription);
        try {
            scoped.refresh();
        } catch (IOException e) {
            throw new CredentialsException("cannot refresh the access token from " + sourceDescription
                    + ": " + e.getMessage(), e);
        }
        return true;
    }

    private GoogleCredentials credentials() throws CredentialsException {
        if (credentials == null) {
            long start = System.nanoTime();
            GoogleCredentials loaded;
            try {
                loaded = loader.load();
            } catch (IOException e) {
                throw new CredentialsException("cannot load " + sourceDescription + ": " + e.getMessage(), e);
            }
            credentials = loaded.createScoped(CLOUD_PLATFORM_SCOPE);
            LOG.info("Loaded {} in {} ms", sourceDescription, (System.nanoTime() - start) / 1_000_000);
        }
        return credentials;
    }

    private String tokenValue(GoogleCredentials scoped) throws CredentialsException {
        AccessToken token = scoped.getAccessToken();
        if (token == null || token.getTokenValue() == null || token.getTokenValue().isEmpty()) {
            throw new CredentialsException(sourceDescription + " returned no access token");
        }
        return token.getTokenValue();
    }

    @Override
    public String toString() {
        return "AdcAuth[" + sourceDescription + "]";
    }
}
