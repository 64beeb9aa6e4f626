package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.LoopbackServer;
import org.radassist.testsupport.SliceFiles;
import org.radassist.ui.AnalysisInput;
import org.radassist.ui.AnalysisOutcome;
import org.radassist.ui.AnalysisProgress;
import org.radassist.ui.CancelHandle;
import org.radassist.ui.OpenedImage;
import org.radassist.ui.OpenedStudySet;
import org.radassist.ui.SeriesRef;
import org.radassist.ui.SliceRequest;
import org.radassist.ui.WorkbenchException;

/** The GUI's multi-slice analysis against a server on 127.0.0.1, with the request the command line sends. */
class DesktopSliceAnalysisTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private MockWebServer server;
    private DesktopWorkbench workbench;
    private SeriesRef series;
    private OpenedImage first;

    @BeforeEach
    void start() throws Exception {
        server = LoopbackServer.start();
        Path folder = dir.resolve("series");
        for (int i = 0; i < 5; i++) {
            SliceFiles.write(folder.resolve("s" + i + ".dcm"), "0\\0\\" + (2 * i), SliceFiles.AXIAL,
                    String.valueOf(i + 1), i * 10);
        }
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, "{\"activeProfile\":\"local\",\"profiles\":[{\"name\":\"local\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"http://127.0.0.1:" + server.getPort() + "/v1\","
                + "\"auth\":\"NONE\",\"maxImages\":3}]}");
        workbench = new DesktopWorkbench(new SettingsStore(settings), new AuditLog(dir.resolve("audit.jsonl")));
        OpenedStudySet set = workbench.openStudySet(folder);
        series = set.firstImageSeries();
        first = workbench.openSlice(series, 0);
    }

    @AfterEach
    void stop() {
        workbench.close();
        server.close();
    }

    private AnalysisOutcome analyze(SliceRequest request) throws WorkbenchException {
        AnalysisInput input = new AnalysisInput(first, "", "ct", "Describe the CT.");
        return workbench.analyzeSlices(input, request, new CancelHandle(), new AnalysisProgress() { });
    }

    @Test
    void analyzeSlices_evenlySampled_sendsSliceParts() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build());

        AnalysisOutcome outcome = analyze(new SliceRequest(series, List.of(), 3));

        assertEquals("Right lower lobe pneumonia", outcome.diagnosis());
        JsonNode content = JSON.readTree(server.takeRequest().getBody().utf8()).path("messages").path(0)
                .path("content");
        assertEquals(8, content.size());
        assertEquals("Describe the CT.\n\nClinical History: not provided", content.path(0).path("text").asText());
        for (int k = 0; k < 3; k++) {
            assertTrue(content.path(1 + 2 * k).path("image_url").path("url").asText().startsWith("data:image/jpeg;"),
                    "image part " + (k + 1));
            assertEquals("SLICE " + (k + 1), content.path(2 + 2 * k).path("text").asText());
        }
        assertEquals("Based on these slices, provide DIAGNOSIS, FINDINGS and IMPRESSION.",
                content.path(7).path("text").asText());
        JsonNode audit = JSON.readTree(Files.readAllLines(dir.resolve("audit.jsonl")).get(0));
        assertEquals(3, audit.path("images").size());
        assertEquals("3 images, the first 128x128 JPEG, " + audit.path("images").path(0).path("bytes").asInt()
                + " bytes", workbench.auditEntries().get(0).image());
    }

    @Test
    void analyzeSlices_overMaxImages_rejectedUnsent() {
        WorkbenchException error = assertThrows(WorkbenchException.class,
                () -> analyze(new SliceRequest(series, List.of(0, 1, 2, 4), 0)));

        assertEquals(WorkbenchException.Reason.TOO_MANY_IMAGES, error.reason());
        assertEquals("Endpoint 127.0.0.1: request rejected: the request has 4 images but profile 'local' allows at"
                + " most 3 (max images); raise Max images per request in the endpoint settings, or send fewer"
                + " slices. Check the endpoint settings and the model name.", error.getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
