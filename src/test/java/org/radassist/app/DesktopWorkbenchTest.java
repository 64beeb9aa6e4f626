package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.LoopbackServer;
import org.radassist.ui.AnalysisInput;
import org.radassist.ui.AnalysisOutcome;
import org.radassist.ui.AnalysisProgress;
import org.radassist.ui.AuditEntry;
import org.radassist.ui.CancelHandle;
import org.radassist.ui.EndpointForm;
import org.radassist.ui.EndpointSummary;
import org.radassist.ui.OpenedImage;
import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;

/** The GUI's services with real profiles, a real audit log and a server on 127.0.0.1. */
class DesktopWorkbenchTest {

    private static final Path CHEST_XRAY = Path.of("assets", "samples", "chest-xray-nih-00000001_000.png");

    @TempDir
    Path dir;

    private MockWebServer server;
    private Path settingsFile;

    @BeforeEach
    void start() throws Exception {
        server = LoopbackServer.start();
        settingsFile = dir.resolve("settings.json");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DesktopWorkbench workbench(String model) throws Exception {
        Files.writeString(settingsFile, "{\"activeProfile\":\"local\",\"profiles\":[{\"name\":\"local\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:" + server.getPort() + "/v1\","
                + "\"model\":\"" + model + "\",\"auth\":\"NONE\"}]}");
        return new DesktopWorkbench(new SettingsStore(settingsFile), new AuditLog(dir.resolve("audit.jsonl")));
    }

    private static String chunk(String content) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"google/medgemma-1.5-4b-it\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n";
    }

    private static MockResponse events(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
    }

    @Test
    void analyze_streamsDeltasAndAuditsThinkingRequest() throws Exception {
        server.enqueue(events(chunk("<unused94>thought\\nlooking") + chunk("<unused95>DIAGNOSIS: Normal")
                + "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"));
        List<String> deltas = new ArrayList<>();
        AnalysisOutcome outcome;
        try (DesktopWorkbench workbench = workbench("google/medgemma-1.5-4b-it")) {
            OpenedImage image = workbench.open(CHEST_XRAY);
            outcome = workbench.analyze(new AnalysisInput(image, "", "chest-xray", "Describe.", true),
                    new CancelHandle(), new AnalysisProgress() {
                        @Override
                        public void onDelta(String text) {
                            deltas.add(text);
                        }
                    });

            List<AuditEntry> audit = workbench.auditEntries();
            assertEquals(1, audit.size());
            assertEquals("local", audit.get(0).profile());
            assertEquals("ok", audit.get(0).status());
        }

        assertEquals(List.of("<unused94>thought\nlooking", "<unused95>DIAGNOSIS: Normal"), deltas);
        assertEquals("Normal", outcome.diagnosis());
        assertEquals("looking", outcome.thought().strip());
        String body = server.takeRequest().getBody().utf8();
        assertTrue(body.contains("\"stream\":true"), body);
        assertTrue(body.contains("SYSTEM INSTRUCTION: think silently if needed."), body);
        assertTrue(body.contains("\"max_tokens\":1500"), body);
    }

    @Test
    void analyze_cancelDuringStream_reportsCancelled() throws Exception {
        server.enqueue(events(chunk("DIAGNOSIS: ") + chunk("Normal") + "data: [DONE]\n\n"));
        try (DesktopWorkbench workbench = workbench("google/medgemma-4b-it")) {
            OpenedImage image = workbench.open(CHEST_XRAY);
            CancelHandle cancel = new CancelHandle();

            WorkbenchException error = assertThrows(WorkbenchException.class, () -> workbench.analyze(
                    new AnalysisInput(image, "", "chest-xray", "Describe."), cancel, new AnalysisProgress() {
                        @Override
                        public void onDelta(String text) {
                            cancel.cancel();
                        }
                    }));

            assertEquals(Reason.CANCELLED, error.reason());
            assertEquals("cancelled", workbench.auditEntries().get(0).status());
        }
    }

    @Test
    void analyze_emptyAnswer_isEndpointFailure() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
                        + "\"finish_reason\":\"stop\"}]}")
                .build());
        try (DesktopWorkbench workbench = workbench("google/medgemma-4b-it")) {
            OpenedImage image = workbench.open(CHEST_XRAY);

            WorkbenchException error = assertThrows(WorkbenchException.class, () -> workbench.analyze(
                    new AnalysisInput(image, "", "chest-xray", "Describe."), new CancelHandle()));

            assertEquals(Reason.ENDPOINT_FAILED, error.reason());
            assertTrue(error.getMessage().contains("returned an empty answer"), error.getMessage());
        }
    }

    @Test
    void analyze_textOnlyModel_hasOwnReason() throws Exception {
        try (DesktopWorkbench workbench = workbench("google/medgemma-27b-text-it")) {
            OpenedImage image = workbench.open(CHEST_XRAY);

            WorkbenchException error = assertThrows(WorkbenchException.class, () -> workbench.analyze(
                    new AnalysisInput(image, "", "chest-xray", "Describe."), new CancelHandle()));

            assertEquals(Reason.TEXT_ONLY_MODEL, error.reason());
            assertEquals(0, server.getRequestCount());
        }
    }

    @Test
    void profiles_addRenameSelectDelete_persisted() throws Exception {
        try (DesktopWorkbench workbench = workbench("google/medgemma-4b-it")) {
            workbench.addProfile("Lab vLLM");
            assertEquals(List.of("demo", "local", "Lab vLLM"), workbench.profileNames());
            assertEquals("Lab vLLM", workbench.activeProfile());

            workbench.renameProfile("lab vllm", "gpu-box");
            workbench.selectProfile("LOCAL");
            assertEquals("local", workbench.activeProfile());
            assertEquals(new EndpointSummary("local", EndpointSummary.Kind.REMOTE, "127.0.0.1", "google/medgemma-4b-it"),
                    workbench.endpointSummary());

            workbench.deleteProfile("local");
            assertEquals("demo", workbench.activeProfile());
        }

        Settings reloaded = new SettingsStore(settingsFile).load();
        assertEquals(List.of("demo", "gpu-box"), reloaded.profiles().stream().map(EndpointSettings::name).toList());
        assertEquals("demo", reloaded.active().name());
    }

    @Test
    void profiles_demoAndDuplicates_rejected() throws Exception {
        try (DesktopWorkbench workbench = workbench("google/medgemma-4b-it")) {
            WorkbenchException deleteDemo = assertThrows(WorkbenchException.class, () -> workbench.deleteProfile("demo"));
            WorkbenchException duplicate = assertThrows(WorkbenchException.class, () -> workbench.addProfile("LOCAL"));
            WorkbenchException blank = assertThrows(WorkbenchException.class, () -> workbench.addProfile("  "));

            assertEquals("The demo profile cannot be renamed or deleted.", deleteDemo.getMessage());
            assertEquals("Profile 'LOCAL' already exists.", duplicate.getMessage());
            assertEquals("Profile name is missing: enter a name.", blank.getMessage());
        }
    }

    @Test
    void insecureHttpWarning_remoteHttpOnly() throws Exception {
        Files.writeString(settingsFile, "{\"activeProfile\":\"lab\",\"profiles\":[{\"name\":\"lab\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://10.0.0.5:8000/v1\",\"auth\":\"NONE\","
                + "\"allowInsecureHttp\":true}]}");
        try (DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(settingsFile))) {
            assertEquals("Profile lab uses plain http to 10.0.0.5: the image and the clinical history travel"
                    + " unencrypted.", workbench.insecureHttpWarning());
            workbench.selectProfile("demo");
            assertEquals("", workbench.insecureHttpWarning());
        }
    }

    @Test
    void saveEndpoint_storesApiAndLimits() throws Exception {
        try (DesktopWorkbench workbench = workbench("google/medgemma-4b-it")) {
            String base = "http://127.0.0.1:" + server.getPort() + "/v1";
            workbench.saveEndpoint(new EndpointForm("OPENAI_COMPATIBLE", "", "", "", "", "", base,
                    "google/medgemma-4b-it", "NONE", "", false, "chat", 700, 8192, 2_000_000L, 1));
        }

        EndpointSettings saved = new SettingsStore(settingsFile).load().active();
        assertEquals("local", saved.name());
        assertEquals("chat", saved.api());
        assertEquals(700, saved.maxTokens());
        assertEquals(8192, saved.maxContext());
        assertEquals(2_000_000L, saved.maxPayloadBytes());
        assertEquals(1, saved.maxImages());
    }
}
