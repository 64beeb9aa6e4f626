package org.radassist.cli;

import java.net.URI;
import java.util.Locale;
import org.radassist.app.EndpointSettings;
import org.radassist.app.Settings;
import org.radassist.inference.VertexUrls;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code analyze} that choose the endpoint and its credentials. */
final class EndpointOptions {


    @Option(names = "--endpoint", paramLabel = "BASE_URL",
            description = "Base URL of an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1 for vLLM or a "
                    + "Vertex AI endpoint's .../endpoints/ID URL. Requests go to BASE_URL/chat/completions.")
    String endpoint;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Saved endpoint: 'default' (the one in the settings file) or 'demo'.")
    String profile;

    @Option(names = "--demo", description = "Use the embedded demo endpoint (recorded answers, not model output).")
    boolean demo;

    @Option(names = "--auth", paramLabel = "none|api-key|adc",
            description = "Credentials for --endpoint: none (default for http), api-key (from --api-key-env) or adc "
                    + "(Application Default Credentials; default for Vertex AI URLs).")
    String auth;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Environment variable holding the API key for --auth api-key (default: RADASSIST_API_KEY).")
    String apiKeyEnv;

    @Option(names = "--allow-insecure-http",
            description = "Allow plain http to a host that is not loopback. The image and history travel unencrypted.")
    boolean allowInsecureHttp;

    /**
     * Returns the endpoint settings the options select, or the saved ones.
     *
     * @param model the --model value, or null
     */
    EndpointSettings resolve(Settings saved, String model, CommandSpec spec) {
        int chosen = (endpoint != null ? 1 : 0) + (profile != null ? 1 : 0) + (demo ? 1 : 0);
        if (chosen > 1) {
            throw new ParameterException(spec.commandLine(),
                    "Choose one of --endpoint, --profile and --demo, not several.");
        }
        if (demo) {
            return EndpointSettings.demo();
        }
        if (profile != null) {
            return fromProfile(saved, spec);
        }
        if (endpoint == null) {
            EndpointSettings settings = saved.endpointOrDemo();
            return model == null ? settings : withModel(settings, model);
        }
        return fromUrl(model, spec);
    }

    /** Returns whether the analysis falls back to the demo endpoint because nothing is configured. */
    boolean fallsBackToDemo(Settings saved) {
        return !demo && endpoint == null && profile == null && !saved.endpointConfigured();
    }

    private EndpointSettings fromProfile(Settings saved, CommandSpec spec) {
        String name = profile.trim().toLowerCase(Locale.ROOT);
        if (name.equals("demo")) {
            return EndpointSettings.demo();
        }
        if (name.equals("default")) {
            return saved.endpointOrDemo();
        }
        throw new ParameterException(spec.commandLine(),
                "Unknown profile '" + profile + "': the profiles are 'default' (the endpoint in the settings file) "
                        + "and 'demo'.");
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
        String keyVariable = apiKeyEnv != null ? apiKeyEnv : "RADASSIST_API_KEY";
        String modelName = model != null ? model : (vertex ? "" : null);
        return new EndpointSettings("OPENAI_COMPATIBLE", "", "", "", "", "", endpoint.trim(), modelName, authName,
                keyVariable, allowInsecureHttp, EndpointSettings.DEFAULT_MAX_TOKENS, null);
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

    private static EndpointSettings withModel(EndpointSettings s, String model) {
        return new EndpointSettings(s.kind(), s.project(), s.region(), s.endpointId(), s.projectNumber(),
                s.dedicatedDns(), s.baseUrl(), model, s.auth(), s.apiKeyEnv(), s.allowInsecureHttp(),
                s.maxTokens(), s.systemPrompt());
    }
}
