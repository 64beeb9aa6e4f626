package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.LoopbackServer;
import org.radassist.testsupport.ServiceAccountKeyFiles;

/**
 * Runs {@code target/radassist.jar} as a separate process, as a user or a script would: the
 * ImageIO codecs must register inside the shaded jar, and Application Default Credentials must
 * come from the environment.
 */
class PackagedJarIT {

    private static final String VERTEX_PATH = "/v1beta1/projects/radassist-test/locations/us-central1/endpoints/1234567890";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private MockWebServer tokenServer;
    private MockWebServer endpoint;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        tokenServer = LoopbackServer.start();
        endpoint = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
        tokenServer.close();
    }

    private Run runJar(Map<String, String> environment, String... args) throws Exception {
        String jar = System.getProperty("radassist.jar", "target/radassist.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), "packaged jar missing: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dradassist.config.dir=" + home.resolve("config"),
                "-Dradassist.data.dir=" + home.resolve("data"),
                "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("stdout.txt").toFile())
                .redirectError(home.resolve("stderr.txt").toFile());
        builder.environment().put("NO_GCE_CHECK", "true");
        builder.environment().remove("GOOGLE_APPLICATION_CREDENTIALS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("radassist.jar did not finish within 120 s: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(home.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    private static MockResponse completion() throws IOException {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"))).build();
    }

    private Map<String, String> adcEnvironment() throws Exception {
        Path key = ServiceAccountKeyFiles.write(home.resolve("service-account.json"),
                "http://127.0.0.1:" + tokenServer.getPort() + "/token");
        return Map.of("GOOGLE_APPLICATION_CREDENTIALS", key.toString());
    }

    private String vertexBaseUrl() {
        return "http://127.0.0.1:" + endpoint.getPort() + VERTEX_PATH;
    }

    @Test
    void analyzeWithAdc_sendsTokenFromServiceAccount() throws Exception {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-from-service-account"));
        endpoint.enqueue(completion());

        Run run = runJar(adcEnvironment(), "analyze", Corpus.SAMPLE_CT.toString(), "--history", "Chest pain.",
                "--endpoint", vertexBaseUrl(), "--auth", "adc", "--format", "json");

        assertEquals(0, run.status(), run.err());
        RecordedRequest request = endpoint.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request);
        assertEquals(1, endpoint.getRequestCount());
        assertEquals(VERTEX_PATH + "/chat/completions", request.getUrl().encodedPath());
        assertEquals("Bearer tok-from-service-account", request.getHeaders().get("Authorization"));
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertEquals("", body.get("model").asText(), "Vertex AI endpoints take an empty model name");
        JsonNode output = JSON.readTree(run.out());
        assertEquals("Right lower lobe pneumonia", output.get("diagnosis").asText());
        assertFalse(run.out().contains("tok-from-service-account"), "the token must not be printed on stdout");
        assertFalse(run.err().contains("tok-from-service-account"), "the token must not be printed on stderr");
    }

    @Test
    void analyzeWithAdc_refreshesOnceAfter401() throws Exception {
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-1"));
        tokenServer.enqueue(ServiceAccountKeyFiles.tokenResponse("tok-2"));
        endpoint.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\",\"message\":\"Token expired.\"}}")
                .build());
        endpoint.enqueue(completion());

        Run run = runJar(adcEnvironment(), "analyze", Corpus.SAMPLE_CHEST_XRAY.toString(),
                "--endpoint", vertexBaseUrl(), "--auth", "adc", "--format", "json");

        assertEquals(0, run.status(), run.err());
        assertEquals(2, tokenServer.getRequestCount(), "one token, then exactly one refresh");
        assertEquals(2, endpoint.getRequestCount(), "the request, then exactly one retry");
        assertEquals("Bearer tok-1", endpoint.takeRequest().getHeaders().get("Authorization"));
        assertEquals("Bearer tok-2", endpoint.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void renderFromJar_decodesRleJpegLosslessAndJpeg2000() throws Exception {
        String[][] files = {
            {Corpus.cases("L13_rle_grey8.dcm").toString(), "rle.png"},
            {Corpus.real("ct_jpegll_sv1_2win_bs12.dcm").toString(), "jpegll.png"},
            {Corpus.real("mr_small_j2k_lossless.dcm").toString(), "j2k.png"},
        };
        for (String[] file : files) {
            Path out = home.resolve(file[1]);
            Run run = runJar(Map.of(), "render", file[0], "--out", out.toString());
            assertEquals(0, run.status(), file[0] + ": " + run.err());
            BufferedImage image = ImageIO.read(out.toFile());
            assertNotNull(image, file[0]);
        }
    }

    @Test
    void analyzeDemoFromJar_labelsRecordedAnswer() throws Exception {
        Run run = runJar(Map.of(), "analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--history", "Dyspnoea.");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("RECORDED DEMO ANSWER: not model output."), run.out());
        assertTrue(run.out().contains("DIAGNOSIS: Cardiomegaly"), run.out());
        assertTrue(run.err().contains("embedded demo endpoint"), run.err());
    }

    @Test
    void versionFromJar_printsVersion() throws Exception {
        Run run = runJar(Map.of(), "--version");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("RadAssist "), run.out());
    }
}
