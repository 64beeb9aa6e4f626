package org.radassist.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.radassist.app.EndpointSettings;
import org.radassist.app.ServiceAccountFiles;
import org.radassist.app.Settings;
import org.radassist.inference.ApiFormat;
import org.radassist.inference.VertexUrls;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code analyze} that choose the endpoint, its request format and its credentials. */
final class EndpointOptions {

    /** Profile name recorded in the audit log for an endpoint given with {@code --endpoint}. */
    static final String COMMAND_LINE_PROFILE = "command-line";

    @Option(names = "--endpoint", paramLabel = "BASE_URL",
            description = "Base URL of an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1 for vLLM or a "
                    + "Vertex AI endpoint's .../endpoints/ID URL. Requests go to BASE_URL/chat/completions.")
    String endpoint;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Endpoint profile from the settings file (see 'profiles list'); default: the active one.")
    String profile;

    @Option(names = "--demo", description = "Use the embedded demo endpoint (recorded answers, not model output).")
    boolean demo;

    @Option(names = "--api", paramLabel = "chat|vertex-predict|vertex-predict-legacy",
            description = "Request format (default: the profile's, else chat): chat completions at BASE/chat/completions, "
                    + "or the Vertex AI predict method at BASE:predict in its chat form or its legacy raw-prompt form.")
    String api;

    @Option(names = "--auth", paramLabel = "none|api-key|adc",
            description = "Credentials for --endpoint: none (default for http), api-key (from --api-key-env) or adc "
                    + "(Application Default Credentials; default for Vertex AI URLs).")
    String auth;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Environment variable holding the API key for --auth api-key (default: " + EndpointSettings.DEFAULT_API_KEY_ENV + ").")
    String apiKeyEnv;

    @Option(names = "--credentials-file", paramLabel = "PATH",
            description = "Google service-account JSON key file; selects --auth adc with this key instead of the "
                    + "Application Default Credentials lookup, also for a --profile.")
    Path credentialsFile;

    @Option(names = "--allow-insecure-http",
            description = "Allow plain http to a host that is not loopback. The image and history travel unencrypted; "
                    + "credentials are never sent that way.")
    boolean allowInsecureHttp;

    /**
     * Returns the endpoint settings the options select, or the active profile.
     *
     * @param model the --model value, or null
     */
    EndpointSettings resolve(Settings saved, String model, CommandSpec spec) {
        int chosen = (endpoint != null ? 1 : 0) + (profile != null ? 1 : 0) + (demo ? 1 : 0);
        if (chosen > 1) {
            throw new ParameterException(spec.commandLine(),
                    "Choose one of --endpoint, --profile and --demo, not several.");
        }
        EndpointSettings selected;
        if (demo) {
            selected = EndpointSettings.demo();
        } else if (profile != null) {
            selected = fromProfile(saved, spec);
        } else if (endpoint != null) {
            selected = fromUrl(model, spec);
        } else {
            selected = saved.active();
        }
        if (model != null && endpoint == null) {
            selected = selected.withModel(model);
        }
        if (api != null) {
            selected = selected.withApi(parseApi(spec).cliName());
        }
        if (credentialsFile != null) {
            selected = selected.withCredentialsFile(checkedCredentialsFile(spec));
        }
        return selected;
    }

    private String checkedCredentialsFile(CommandSpec spec) {
        if (demo) {
            throw new ParameterException(spec.commandLine(), "--credentials-file has no use with --demo.");
        }
        if (auth != null && !"adc".equalsIgnoreCase(auth.trim())) {
            throw new ParameterException(spec.commandLine(),
                    "--credentials-file needs --auth adc, not --auth " + auth + ".");
        }
        ServiceAccountFiles.problem(credentialsFile).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), "Invalid --credentials-file: " + problem);
        });
        return credentialsFile.toAbsolutePath().toString();
    }

    /** Returns whether the analysis falls back to the demo endpoint because nothing is configured. */
    boolean fallsBackToDemo(Settings saved) {
        return !demo && endpoint == null && profile == null && !saved.endpointConfigured();
    }

    private EndpointSettings fromProfile(Settings saved, CommandSpec spec) {
        return saved.profile(profile).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown profile '" + profile + "': the settings file has "
                        + saved.profiles().stream().map(EndpointSettings::name).collect(Collectors.joining(", "))
                        + " (see 'radassist profiles list')."));
    }

    private ApiFormat parseApi(CommandSpec spec) {
        try {
            return ApiFormat.fromCliName(api);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid --api: " + e.getMessage());
        }
    }

    private EndpointSettings fromUrl(String model, CommandSpec spec) {
        try {
            URI.create(endpoint.trim());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --endpoint '" + endpoint + "': " + e.getMessage() + ".");
        }
        boolean vertex = VertexUrls.isVertexEndpointUrl(endpoint);
        String authName = auth != null ? parseAuth(spec) : (vertex ? "ADC" : "NONE");
        String keyVariable = apiKeyEnv != null ? apiKeyEnv : EndpointSettings.DEFAULT_API_KEY_ENV;
        String modelName = model != null ? model : (vertex ? "" : null);
        return EndpointSettings.openAiCompatible(COMMAND_LINE_PROFILE, endpoint.trim(), modelName, authName,
                keyVariable, allowInsecureHttp);
    }

    private String parseAuth(CommandSpec spec) {
        switch (auth.trim().toLowerCase(Locale.ROOT)) {
            case "none":
                return "NONE";
            case "api-key":
                return "API_KEY";
            case "adc":
                return "ADC";
            default:
                throw new ParameterException(spec.commandLine(),
                        "Invalid --auth '" + auth + "': use none, api-key or adc.");
        }
    }
}
