package org.radassist.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.radassist.app.AnalysisHooks;
import org.radassist.app.AnalysisPipeline;
import org.radassist.app.AnalysisResult;
import org.radassist.app.AuditLog;
import org.radassist.app.EndpointResolver;
import org.radassist.app.EndpointSettings;
import org.radassist.app.PreparedImage;
import org.radassist.app.Question;
import org.radassist.app.ResolvedEndpoint;
import org.radassist.app.Settings;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.EndpointConfig;
import org.radassist.inference.EndpointException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profiles list} and {@code profiles test NAME}: the endpoint profiles of the settings file. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = "Lists the endpoint profiles of the settings file or tests one with a tiny request.",
        subcommands = {ProfilesCommand.ListCommand.class, ProfilesCommand.TestCommand.class})
final class ProfilesCommand implements Runnable {

    /** Template id recorded in the audit log for the test request. */
    static final String TEST_TEMPLATE_ID = "profile-test";
    /** Side of the generated grey test image in pixels. */
    static final int TEST_IMAGE_SIDE = 64;
    static final int TEST_MAX_TOKENS = 16;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints one line per profile; * marks the active one.")
    static final class ListCommand implements Callable<Integer> {
        private final CliContext context;

        @Spec
        private CommandSpec spec;

        ListCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Settings settings = context.loadSettings(spec.commandLine().getErr());
            String active = settings.active().name();
            for (EndpointSettings profile : settings.profiles()) {
                out.println((profile.name().equals(active) ? "* " : "  ") + describe(profile));
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String describe(EndpointSettings profile) {
            if (profile.isDemo()) {
                return profile.name() + "  DEMO  embedded demo endpoint (recorded answers, not model output)";
            }
            try {
                EndpointConfig config = EndpointResolver.toConfig(profile);
                String payload = config.maxPayloadBytes() == Long.MAX_VALUE ? "no payload limit"
                        : "max payload " + config.maxPayloadBytes() + " bytes";
                String problems = config.validate().isEmpty() ? "" : "  (invalid: " + String.join(" ", config.validate()) + ")";
                return String.format(Locale.ROOT, "%s  %s  %s  %s  model '%s'  auth %s  max context %d  %s%s",
                        profile.name(), config.kind(), config.api().cliName(), config.baseUrl(), config.model(),
                        config.auth(), config.maxContextTokens(), payload, problems);
            } catch (IOException e) {
                return profile.name() + "  (invalid: " + e.getMessage() + ")";
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Sends a tiny request with a generated 64x64 grey image to the profile and prints the answer "
                    + "and the latency; where the endpoint offers GET /models, also the served models. "
                    + "Exits with 4 when the request fails.")
    static final class TestCommand implements Callable<Integer> {
        private final CliContext context;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "Profile name (see 'profiles list').")
        private String name;

        TestCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Settings settings = context.loadSettings(err);
            EndpointSettings profile = settings.profile(name).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "Unknown profile '" + name + "': see 'radassist profiles list'."));
            try (EndpointResolver resolver = new EndpointResolver()) {
                ResolvedEndpoint endpoint = resolver.resolve(profile);
                EndpointConfig config = endpoint.config();
                out.println("Profile " + profile.name() + ": " + config.requestUrl());
                printServedModels(endpoint, out);
                if (config.model().toLowerCase(Locale.ROOT).contains("text-it")) {
                    err.println("Warning: model " + config.model() + " is a text-only model; requests with an image"
                            + " to it are rejected before sending.");
                }
                PreparedImage image = AnalysisPipeline.prepare(testImage(), 0, ModelInputOptions.defaults());
                Question question = new Question("Describe this image in one word.", TEST_TEMPLATE_ID, "", null,
                        false, TEST_MAX_TOKENS, null);
                AnalysisResult result = AnalysisPipeline.analyze(image, question, endpoint,
                        new AnalysisHooks(null, null, null, AuditLog.in(context.dirs())));
                out.printf(Locale.ROOT, "OK in %d ms: model '%s', finish reason %s, answer: %s%n",
                        result.requestNanos() / 1_000_000, result.completion().model(),
                        result.completion().finishReason(), oneLine(result.completion().content()));
                out.flush();
                return ExitCodes.OK;
            }
        }

        private void printServedModels(ResolvedEndpoint endpoint, PrintWriter out) {
            if (endpoint.config().kind().isVertex()) {
                out.println("Served models: Vertex AI endpoints offer no model list.");
                return;
            }
            try {
                List<String> models = endpoint.client().servedModels();
                out.println("Served models: " + (models.isEmpty() ? "none listed" : String.join(", ", models)));
            } catch (EndpointException e) {
                out.println("Served models: not available (" + e.getMessage() + ")");
            }
        }

        private Path testImage() throws IOException {
            Path dir = Files.createTempDirectory("radassist-profile-test");
            Path file = dir.resolve("test.png");
            BufferedImage image = new BufferedImage(TEST_IMAGE_SIDE, TEST_IMAGE_SIDE, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < TEST_IMAGE_SIDE; y++) {
                for (int x = 0; x < TEST_IMAGE_SIDE; x++) {
                    image.getRaster().setSample(x, y, 0, (x + y) * 2);
                }
            }
            ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        }

        private static String oneLine(String text) {
            String line = text.strip().replaceAll("\\s+", " ");
            return line.length() > 200 ? line.substring(0, 197) + "..." : line;
        }
    }
}
