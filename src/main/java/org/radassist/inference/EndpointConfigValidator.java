package org.radassist.inference;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the fields of an {@link EndpointConfig} and words one message per problem. */
final class EndpointConfigValidator {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern REGION = Pattern.compile("[a-z]+-[a-z]+\\d+");
    private static final Pattern PROJECT_ID = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");
    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final Pattern ENV_VAR_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final EndpointConfig config;
    private final EndpointKind kind;
    private final String project;
    private final String region;
    private final String endpointId;
    private final String projectNumber;
    private final String dedicatedDnsName;
    private final String configuredBaseUrl;
    private final String model;
    private final AuthMethod auth;
    private final String apiKeyEnvVar;
    private final boolean allowInsecureHttp;

    private EndpointConfigValidator(EndpointConfig config) {
        this.config = config;
        this.kind = config.kind();
        this.project = config.project();
        this.region = config.region();
        this.endpointId = config.endpointId();
        this.projectNumber = config.projectNumber();
        this.dedicatedDnsName = config.dedicatedDnsName();
        this.configuredBaseUrl = config.configuredBaseUrl();
        this.model = config.model();
        this.auth = config.auth();
        this.apiKeyEnvVar = config.apiKeyEnvVar();
        this.allowInsecureHttp = config.allowInsecureHttp();
    }

    static List<String> validate(EndpointConfig config) {
        return new EndpointConfigValidator(config).problems();
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind.isVertex()) {
            validateVertex(problems);
        } else {
            validateBaseUrl(problems);
            // Vertex AI takes an empty model name, also when its endpoint URL is given as a plain base URL.
            if (kind == EndpointKind.OPENAI_COMPATIBLE && model.isEmpty() && !VertexUrls.isVertexEndpointUrl(configuredBaseUrl)) {
                problems.add("Model is missing: enter the served model name, for example "
                        + EndpointConfig.DEFAULT_OPENAI_MODEL + ".");
            }
        }
        if (config.api() != ApiFormat.CHAT_COMPLETIONS && !kind.isVertex()
                && !VertexUrls.isVertexEndpointUrl(configuredBaseUrl)) {
            problems.add("API format " + config.api().cliName() + " needs a Vertex AI endpoint (a base URL ending"
                    + " in /projects/P/locations/R/endpoints/ID): use chat completions with other endpoints.");
        }
        if (auth == AuthMethod.API_KEY) {
            if (apiKeyEnvVar.isEmpty()) {
                problems.add("API key environment variable is missing: enter the name of the"
                        + " variable that contains the key, for example RADASSIST_API_KEY.");
            } else if (!ENV_VAR_NAME.matcher(apiKeyEnvVar).matches()) {
                // The value is not echoed because a pasted key would land here.
                problems.add("API key environment variable name is invalid: use letters, digits and"
                        + " underscores, not starting with a digit (enter the variable's name, not the key).");
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Returns whether a request to {@code url} may carry an Authorization header: only over https,
     * or over plain http to a loopback host.
     */
    static boolean mayCarryCredentials(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || (scheme.equals("http") && uri.getHost() != null && isLoopback(uri.getHost()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void validateVertex(List<String> problems) {
        if (project.isEmpty()) {
            problems.add("Project is missing: enter the Google Cloud project ID (for example"
                    + " my-project) or the project number.");
        } else if (!PROJECT_ID.matcher(project).matches() && !DIGITS.matcher(project).matches()) {
            problems.add("Project '" + project + "' is invalid: a project ID has 6 to 30 lowercase"
                    + " letters, digits or hyphens and starts with a letter, and a project number has digits only.");
        }
        if (region.isEmpty()) {
            problems.add("Region is missing: enter a Google Cloud region such as us-central1.");
        } else if (!REGION.matcher(region).matches()) {
            problems.add("Region '" + region + "' is invalid: expected a Google Cloud region such as us-central1.");
        }
        if (endpointId.isEmpty()) {
            problems.add("Endpoint ID is missing: enter the numeric endpoint ID shown in the Vertex AI console.");
        } else if (!DIGITS.matcher(endpointId).matches()) {
            problems.add("Endpoint ID '" + endpointId + "' is invalid: it must contain digits only"
                    + " (the numeric ID shown in the Vertex AI console, not the display name).");
        }
        if (kind == EndpointKind.VERTEX_DEDICATED) {
            if (!dedicatedDnsName.isEmpty()) {
                String host = EndpointConfig.hostWithoutPort(dedicatedDnsName);
                boolean port = !host.equals(dedicatedDnsName);
                if (port && !isLoopback(host)) {
                    problems.add("Dedicated DNS name '" + dedicatedDnsName + "' must not contain a port: paste the"
                            + " host name from the Vertex AI console (a port is accepted only for a local server,"
                            + " as http://127.0.0.1:PORT).");
                } else if (port && !DIGITS.matcher(dedicatedDnsName.substring(host.length() + 1)).matches()) {
                    problems.add("Dedicated DNS name '" + dedicatedDnsName + "' has an invalid port.");
                } else if (!port && !HOST_NAME.matcher(dedicatedDnsName).matches()) {
                    problems.add("Dedicated DNS name '" + dedicatedDnsName + "' is not a valid host name.");
                }
            } else if (projectNumber.isEmpty()) {
                problems.add("Project number is missing: a dedicated endpoint's host name contains"
                        + " it, so enter the project number or paste the dedicated DNS name.");
            } else if (!DIGITS.matcher(projectNumber).matches()) {
                problems.add("Project number '" + projectNumber + "' is invalid: it must contain digits only.");
            }
        }
    }

    private void validateBaseUrl(List<String> problems) {
        if (configuredBaseUrl.isEmpty()) {
            problems.add("Base URL is missing: enter the server's OpenAI-compatible base URL,"
                    + " for example http://127.0.0.1:8000/v1.");
            return;
        }
        String lower = configuredBaseUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            problems.add("Base URL '" + configuredBaseUrl + "' is invalid: it must start with http:// or https://.");
            return;
        }
        URI uri;
        try {
            uri = new URI(config.baseUrl());
        } catch (URISyntaxException e) {
            problems.add("Base URL '" + configuredBaseUrl + "' is not a valid URL: " + e.getReason() + ".");
            return;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            // The URL is not echoed because its user info may be a password.
            problems.add("Base URL must not contain credentials (user:password@): use API key"
                    + " authorisation with an environment variable instead.");
            return;
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            // java.net.URI leaves the host null for shorthand IPv4 such as 127.1 as well as for an empty one.
            problems.add("Base URL '" + configuredBaseUrl + "' is invalid: its host is missing or malformed"
                    + " (an IPv4 address needs four numbers): use a URL such as http://127.0.0.1:8000/v1.");
            return;
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add("Base URL '" + configuredBaseUrl + "' is invalid: remove the query or fragment"
                    + " (the part after ? or #).");
        }
        boolean plainHttpToOtherHost = scheme.equals("http") && !isLoopback(uri.getHost());
        if (plainHttpToOtherHost && !allowInsecureHttp) {
            problems.add("Base URL '" + configuredBaseUrl + "' uses plain http to another computer:"
                    + " use https, or allow insecure http in the endpoint settings (--allow-insecure-http on the"
                    + " command line).");
        } else if (plainHttpToOtherHost && auth != AuthMethod.NONE) {
            // Allowing insecure http covers the image and history, never a token or an API key.
            problems.add("Base URL '" + configuredBaseUrl + "' uses plain http to another computer, so "
                    + auth + " credentials would travel unencrypted: use https, or set auth to NONE.");
        }
    }

    /** Recognises loopback hosts by name, without a DNS lookup. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}
