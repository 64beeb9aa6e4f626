package org.radassist.app;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import org.radassist.inference.AdcAuth;
import org.radassist.inference.ApiFormat;
import org.radassist.inference.AuthMethod;
import org.radassist.inference.AuthProvider;
import org.radassist.inference.ClientTimeouts;
import org.radassist.inference.DemoEndpoint;
import org.radassist.inference.EndpointConfig;
import org.radassist.inference.EndpointKind;
import org.radassist.inference.InferenceClient;
import org.radassist.inference.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored endpoint settings into a {@link ResolvedEndpoint}. The embedded demo endpoint is
 * started on first use and runs until {@link #close()}.
 */
public final class EndpointResolver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EndpointResolver.class);

    private final RetryPolicy retryPolicy;
    private DemoEndpoint demoEndpoint;
    private EndpointSettings lastSettings;
    private ResolvedEndpoint lastResolved;

    /** Creates a resolver whose clients retry with {@link RetryPolicy#defaults()}. */
    public EndpointResolver() {
        this(RetryPolicy.defaults());
    }

    public EndpointResolver(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
    }

    /**
     * Resolves the settings.
     *
     * @throws InvalidEndpointException when a field is invalid; the message lists every problem
     * @throws IOException when the demo endpoint cannot start
     */
    public synchronized ResolvedEndpoint resolve(EndpointSettings settings) throws IOException {
        if (lastResolved != null && settings.equals(lastSettings)) {
            return lastResolved;
        }
        ResolvedEndpoint resolved;
        if (settings.isDemo()) {
            if (demoEndpoint == null) {
                demoEndpoint = DemoEndpoint.start();
                log.info("Started the embedded demo endpoint at {}", demoEndpoint.baseUrl());
            }
            // The demo profile's max images applies, so multi-slice requests can be tried without a model.
            EndpointConfig config = demoEndpoint.endpointConfig().toBuilder().maxImages(settings.maxImages()).build();
            resolved = new ResolvedEndpoint(profileName(settings), config, newClient(config, AuthProvider.none()),
                    true);
        } else {
            EndpointConfig config = toConfig(settings);
            List<String> problems = config.validate();
            if (!problems.isEmpty()) {
                throw new InvalidEndpointException(String.join(" ", problems));
            }
            resolved = new ResolvedEndpoint(profileName(settings), config,
                    newClient(config, authProvider(settings, config)), false);
        }
        closeLastClient();
        lastSettings = settings;
        lastResolved = resolved;
        return resolved;
    }

    private static String profileName(EndpointSettings settings) {
        return settings.name() == null || settings.name().isBlank() ? "unnamed" : settings.name();
    }

    /** ADC reads the profile's service-account key file when it names one, else the default lookup. */
    private static AuthProvider authProvider(EndpointSettings settings, EndpointConfig config) {
        String keyFile = settings.credentialsFile();
        if (config.auth() == AuthMethod.ADC && keyFile != null && !keyFile.isBlank()) {
            return AdcAuth.fromFile(Path.of(keyFile.trim()));
        }
        return AuthProvider.forConfig(config);
    }

    private InferenceClient newClient(EndpointConfig config, AuthProvider auth) {
        return new InferenceClient(config, auth, ClientTimeouts.defaults(), retryPolicy);
    }

    private void closeLastClient() {
        if (lastResolved != null) {
            lastResolved.client().close();
            lastResolved = null;
        }
    }

    /** Builds the inference configuration of the settings without validating it. */
    public static EndpointConfig toConfig(EndpointSettings settings) throws InvalidEndpointException {
        EndpointKind kind = parseEnum(EndpointKind.class, settings.kind(), "endpoint kind");
        EndpointConfig.Builder builder = EndpointConfig.builder(kind)
                .project(settings.project())
                .region(settings.region())
                .endpointId(settings.endpointId())
                .projectNumber(settings.projectNumber())
                .dedicatedDnsName(settings.dedicatedDns())
                .baseUrl(settings.baseUrl())
                .apiKeyEnvVar(settings.apiKeyEnv() == null || settings.apiKeyEnv().isBlank()
                        ? EndpointSettings.DEFAULT_API_KEY_ENV : settings.apiKeyEnv())
                .allowInsecureHttp(settings.allowInsecureHttp())
                .maxPayloadBytes(settings.maxPayloadBytes())
                .maxContextTokens(settings.maxContext())
                .maxImages(settings.maxImages());
        if (settings.api() != null && !settings.api().isBlank()) {
            try {
                builder.api(ApiFormat.fromCliName(settings.api()));
            } catch (IllegalArgumentException e) {
                throw new InvalidEndpointException("Profile '" + settings.name() + "': " + e.getMessage());
            }
        }
        // A null model selects the kind's default; "" is a real value (Vertex AI expects it).
        if (settings.model() != null) {
            builder.model(settings.model());
        }
        if (settings.auth() != null && !settings.auth().isBlank()) {
            builder.auth(parseEnum(AuthMethod.class, settings.auth(), "auth"));
        }
        return builder.build();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String fieldName)
            throws InvalidEndpointException {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(constant.name());
        }
        throw new InvalidEndpointException("Invalid " + fieldName + " '" + value + "': use one of " + valid + ".");
    }

    @Override
    public synchronized void close() {
        closeLastClient();
        if (demoEndpoint != null) {
            demoEndpoint.close();
            demoEndpoint = null;
        }
    }
}
