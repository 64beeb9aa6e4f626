package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.LoopbackServer;
import org.radassist.testsupport.SliceFiles;
import org.radassist.ui.AnalysisInput;
import org.radassist.ui.CancelHandle;
import org.radassist.ui.Localization;
import org.radassist.ui.OpenedImage;
import org.radassist.ui.WorkbenchException;

/**
 * Triggers every {@link ErrorClass} through the command line and through the GUI's services
 * against a server on 127.0.0.1, checks that both name the same cause, and writes the messages a
 * user sees to {@code target/failure-classes-table.md}, the table of docs/failure-classes.md.
 */
class FailureClassesTest extends LocalServerCliTest {

    private static final Localization ENGLISH = new Localization(Localization.loadBundle(Locale.ENGLISH));
    private static final String JSON = "application/json";
    private static final String PROMPT = "Describe the X-ray.";

    /** One way to provoke an error class: the server's response, or a model name RadAssist rejects itself. */
    private record Scenario(ErrorClass errorClass, String trigger, MockResponse response, String model) {
    }

    /** The user's view of one scenario. */
    private record Row(Scenario scenario, int exitStatus, String cliMessage, String guiHeadline, String guiDetail) {
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", JSON).addHeader("Retry-After", "0")
                .body(body).build();
    }

    private static List<Scenario> scenarios() {
        return List.of(
                new Scenario(ErrorClass.AUTH, "HTTP 401 `UNAUTHENTICATED` (Vertex AI shape)", json(401,
                        "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\",\"message\":\"Request had invalid"
                                + " authentication credentials.\"}}"), null),
                new Scenario(ErrorClass.PERMISSION, "HTTP 403 `PERMISSION_DENIED`", json(403,
                        "{\"error\":{\"code\":403,\"status\":\"PERMISSION_DENIED\",\"message\":\"Permission"
                                + " 'aiplatform.endpoints.predict' denied.\"}}"), null),
                new Scenario(ErrorClass.QUOTA, "HTTP 429 `RESOURCE_EXHAUSTED` on every attempt", json(429,
                        "{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\",\"message\":\"Quota exceeded.\"}}"),
                        null),
                new Scenario(ErrorClass.CONTEXT_TOO_LONG, "HTTP 400, vLLM `maximum context length`", json(400,
                        "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens.\","
                                + "\"type\":\"BadRequestError\",\"code\":400}}"), null),
                new Scenario(ErrorClass.PAYLOAD_TOO_LARGE, "HTTP 413", json(413,
                        "{\"error\":{\"code\":413,\"message\":\"Request payload size exceeds the limit.\"}}"), null),
                new Scenario(ErrorClass.BAD_IMAGE, "HTTP 400, vLLM image error", json(400,
                        "{\"error\":{\"message\":\"Failed to load image: cannot identify image file\","
                                + "\"type\":\"BadRequestError\",\"code\":400}}"), null),
                new Scenario(ErrorClass.NOT_FOUND, "HTTP 404 (FastAPI `detail`)", json(404,
                        "{\"detail\":\"Not Found\"}"), null),
                new Scenario(ErrorClass.TEXT_ONLY_MODEL, "model `google/medgemma-27b-text-it` (checked before sending)",
                        null, "google/medgemma-27b-text-it"),
                new Scenario(ErrorClass.BAD_REQUEST, "HTTP 400, other vLLM validation error", json(400,
                        "{\"error\":{\"message\":\"temperature must be non-negative\",\"type\":\"BadRequestError\","
                                + "\"code\":400}}"), null),
                new Scenario(ErrorClass.SERVER, "HTTP 500", json(500,
                        "{\"error\":{\"message\":\"CUDA error: device-side assert triggered\"}}"), null),
                new Scenario(ErrorClass.NETWORK, "nothing listens on the port", null, null),
                new Scenario(ErrorClass.TIMEOUT, "HTTP 504 on every attempt", json(504,
                        "{\"error\":{\"code\":504,\"status\":\"DEADLINE_EXCEEDED\",\"message\":\"Deadline exceeded.\"}}"),
                        null),
                new Scenario(ErrorClass.CANCELLED, "Cancel pressed while the server has not answered",
                        new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).code(200).build(), null),
                new Scenario(ErrorClass.BAD_RESPONSE, "HTTP 200 with an HTML page",
                        new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                                .body("<html><head><title>Sign in</title></head><body>proxy</body></html>").build(),
                        null));
    }

    private String baseUrl(Scenario scenario) throws Exception {
        if (scenario.errorClass() == ErrorClass.NETWORK) {
            MockWebServer closed = LoopbackServer.start();
            int port = closed.getPort();
            closed.close();
            return "http://127.0.0.1:" + port + "/v1";
        }
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    private void answerAlways(MockResponse response) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return response;
            }
        });
    }

    private Row run(Scenario scenario, int index) throws Exception {
        if (scenario.response() != null) {
            answerAlways(scenario.response());
        }
        String url = baseUrl(scenario);
        String model = scenario.model() != null ? scenario.model() : "google/medgemma-4b-it";
        int exitStatus = 0;
        String cliMessage = "(the command line has no cancel: Ctrl+C ends the process)";
        if (scenario.errorClass() != ErrorClass.CANCELLED) {
            CliRunner.Result result = new CliRunner(home.resolve("cli" + index)).run("analyze",
                    Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint", url, "--model", model, "--max-retries", "0", "--prompt", PROMPT);
            exitStatus = result.status();
            List<String> lines = result.err().lines().filter(line -> line.startsWith("radassist: ")).toList();
            assertEquals(1, lines.size(), result.err());
            cliMessage = lines.get(0);
        }

        Path settings = home.resolve("gui" + index + ".json");
        Files.writeString(settings, "{\"activeProfile\":\"local\",\"profiles\":[{\"name\":\"local\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"" + url + "\",\"model\":\"" + model + "\","
                + "\"auth\":\"NONE\"}]}");
        WorkbenchException error;
        try (DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(settings))) {
            OpenedImage image = workbench.open(Corpus.SAMPLE_CHEST_XRAY);
            AnalysisInput input = new AnalysisInput(image, "", "chest-xray", PROMPT);
            CancelHandle cancel = new CancelHandle();
            if (scenario.errorClass() == ErrorClass.CANCELLED) {
                CountDownLatch arrived = new CountDownLatch(1);
                server.setDispatcher(new Dispatcher() {
                    @Override
                    public MockResponse dispatch(RecordedRequest request) {
                        arrived.countDown();
                        return scenario.response();
                    }
                });
                Thread canceller = new Thread(() -> {
                    try {
                        arrived.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    cancel.cancel();
                });
                canceller.start();
            }
            error = assertThrows(WorkbenchException.class,
                    () -> workbench.analyze(input, cancel));
        }
        EndpointException cause = assertInstanceOf(EndpointException.class, error.getCause(), error.getMessage());
        assertEquals(scenario.errorClass(), cause.errorClass(), error.getMessage());
        String classKey = "error.endpoint." + error.errorClass();
        String headline = ENGLISH.has(classKey) ? ENGLISH.get(classKey) : ENGLISH.get("error." + error.reason().name());
        return new Row(scenario, exitStatus, cliMessage, headline, error.getMessage());
    }

    @Test
    void everyErrorClass_sameCauseInCliAndGui() throws Exception {
        List<Row> rows = new ArrayList<>();
        List<Scenario> scenarios = scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            Row row = run(scenarios.get(i), i);
            rows.add(row);
            if (row.scenario().errorClass() != ErrorClass.CANCELLED) {
                assertEquals(ExitCodes.ENDPOINT_FAILED, row.exitStatus(), row.cliMessage());
                assertEquals("radassist: " + row.guiDetail(), row.cliMessage(), "the GUI detail repeats the CLI message");
            }
            assertTrue(row.guiDetail().endsWith(row.scenario().errorClass().advice()), row.guiDetail());
        }
        Set<ErrorClass> covered = EnumSet.noneOf(ErrorClass.class);
        rows.forEach(row -> covered.add(row.scenario().errorClass()));
        assertEquals(EnumSet.allOf(ErrorClass.class), covered);
        Path table = Path.of("target", "failure-classes-table.md");
        Files.createDirectories(table.getParent());
        Files.writeString(table, markdown(rows) + "\n" + localChecks());
        assertNotNull(Files.readString(table));
    }

    /** Runs the command line once per check that fails a request before or between attempts. */
    private String localChecks() throws Exception {
        Path series = home.resolve("series");
        for (int i = 0; i < 3; i++) {
            SliceFiles.write(series.resolve("s" + i + ".dcm"), "0\\0\\" + i, SliceFiles.AXIAL,
                    String.valueOf(i + 1), -1);
        }
        Path settings = home.resolve("local").resolve("config").resolve("settings.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "{\"activeProfile\":\"small\",\"profiles\":[{\"name\":\"small\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:" + server.getPort() + "/v1\","
                + "\"auth\":\"NONE\",\"maxPayloadBytes\":20000}]}");

        answerAlways(new MockResponse.Builder().code(503).addHeader("Retry-After", "30")
                .body("{\"error\":{\"message\":\"model loading\"}}").build());
        String url = "http://127.0.0.1:" + server.getPort() + "/v1";
        String vertexUrl = "http://127.0.0.1:" + server.getPort()
                + "/v1beta1/projects/radassist-test/locations/us-central1/endpoints/42";
        String xray = Corpus.SAMPLE_CHEST_XRAY.toString();

        List<String[]> checks = List.of(
                new String[] {"AUTH", "API key variable not set", "analyze", xray, "--endpoint", url,
                        "--auth", "api-key", "--api-key-env", "RADASSIST_UNSET_TEST_KEY"},
                new String[] {"PAYLOAD_TOO_LARGE", "profile limit 20000 bytes, full-size CR as PNG", "analyze",
                        Corpus.real("cr_mono1_modality_lut_seq_jpegll.dcm").toString(), "--image-format", "png",
                        "--max-side", "0"},
                new String[] {"TIMEOUT", "HTTP 503 with Retry-After: 30 and --deadline 5", "analyze", xray,
                        "--endpoint", url, "--deadline", "5"},
                new String[] {"BAD_REQUEST", "3 slices, profile allows 1 image", "analyze", series.toString(),
                        "--slices", "3", "--endpoint", url},
                new String[] {"BAD_REQUEST", "--image-url with the legacy predict format", "analyze", "--image-url",
                        "https://example.org/chest.png", "--api", "vertex-predict-legacy", "--auth", "none",
                        "--endpoint", vertexUrl});

        StringBuilder table = new StringBuilder();
        table.append("| Error class | Trigger | Command line (stderr; exit status) |\n|---|---|---|\n");
        for (String[] check : checks) {
            String[] args = java.util.Arrays.copyOfRange(check, 2, check.length);
            CliRunner.Result result = new CliRunner(home.resolve("local")).run(args);
            List<String> lines = result.err().lines().filter(line -> line.startsWith("radassist: ")).toList();
            assertEquals(1, lines.size(), result.err());
            assertEquals(ExitCodes.ENDPOINT_FAILED, result.status(), result.err());
            assertTrue(lines.get(0).endsWith(ErrorClass.valueOf(check[0]).advice()), lines.get(0));
            table.append("| `").append(check[0]).append("` | ").append(check[1]).append(" | `")
                    .append(cell(lines.get(0))).append("` (").append(result.status()).append(") |\n");
        }
        return table.toString();
    }

    private static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder();
        table.append("| Error class | Trigger | Command line (stderr; exit status) | GUI headline | Fix it names |\n");
        table.append("|---|---|---|---|---|\n");
        for (Row row : rows) {
            ErrorClass errorClass = row.scenario().errorClass();
            String cli = errorClass == ErrorClass.CANCELLED ? row.cliMessage()
                    : "`" + row.cliMessage() + "` (" + row.exitStatus() + ")";
            table.append("| `").append(errorClass).append("` | ").append(row.scenario().trigger()).append(" | ")
                    .append(cell(cli)).append(" | ").append(cell(row.guiHeadline())).append(" | ")
                    .append(cell(errorClass.advice())).append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
