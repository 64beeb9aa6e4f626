package org.radassist.inference;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends {@code Authorization: Bearer <key>} with the key read from a named environment variable
 * on every request, so settings never store the key and a changed variable takes effect at once.
 */
public final class ApiKeyAuth implements AuthProvider {

    private final String variableName;
    private final Function<String, String> environment;

    /** Reads the key from the process environment. */
    public ApiKeyAuth(String variableName) {
        this(variableName, System::getenv);
    }

    /**
     * Reads the key through {@code environment}, which maps a variable name to its value or
     * {@code null}; tests pass a map's {@code get}.
     */
    public ApiKeyAuth(String variableName, Function<String, String> environment) {
        this.variableName = Objects.requireNonNull(variableName, "variableName");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    public String variableName() {
        return variableName;
    }

    @Override
    public Optional<String> authorization() throws CredentialsException {
        if (variableName.isBlank()) {
            throw new CredentialsException("no API key environment variable is configured;"
                    + " enter its name in the endpoint settings");
        }
        String key = environment.apply(variableName);
        if (key == null || key.isBlank()) {
            throw new CredentialsException("environment variable " + variableName
                    + " is not set or empty; set it to the API key and restart RadAssist");
        }
        return Optional.of("Bearer " + key.trim());
    }

    @Override
    public String toString() {
        return "ApiKeyAuth[" + variableName + "]";
    }
}
