package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.ThreeWindowReference;

/** The {@code analyze} command in-process against a real HTTP server on 127.0.0.1. */
class AnalyzeCommandTest extends LocalServerCliTest {

    private static final Pattern STRICT_BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final String HISTORY = "72-year-old smoker, haemoptysis for two weeks.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private void enqueueCase(String name, int status) throws Exception {
        String body = Files.readString(Corpus.cases("llm/" + name));
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    private RecordedRequest onlyRequest() throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "no request reached the server");
        assertEquals(1, server.getRequestCount(), "request count");
        return request;
    }

    @Test
    void analyzeCtPng_sendsThreeWindowImageAfterText() throws Exception {
        enqueueCase("L17_response_finish_stop.json", 200);

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--history", HISTORY,
                "--endpoint", baseUrl(), "--image-format", "png", "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        RecordedRequest request = onlyRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/v1/chat/completions", request.getUrl().encodedPath());
        assertNull(request.getHeaders().get("Authorization"));
        assertFalse(request.getUrl().toString().contains("key="), request.getUrl().toString());

        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertEquals("google/medgemma-4b-it", body.get("model").asText());
        assertEquals(0, body.get("temperature").asDouble());
        assertEquals(500, body.get("max_tokens").asInt());
        assertEquals(1, body.get("messages").size(), "no system message by default");
        JsonNode content = body.get("messages").get(0).get("content");
        assertEquals("user", body.get("messages").get(0).get("role").asText());
        assertEquals(2, content.size());
        assertEquals("text", content.get(0).get("type").asText());
        assertTrue(content.get(0).get("text").asText().contains("DIAGNOSIS"));
        assertTrue(content.get(0).get("text").asText().endsWith("Clinical History: " + HISTORY),
                content.get(0).get("text").asText());
        assertEquals("image_url", content.get(1).get("type").asText());

        String url = content.get(1).get("image_url").get("url").asText();
        String prefix = "data:image/png;base64,";
        assertTrue(url.startsWith(prefix), url.substring(0, 40));
        String base64 = url.substring(prefix.length());
        assertTrue(STRICT_BASE64.matcher(base64).matches(), "base64 must be one unbroken standard string");
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        assertEquals(512, sent.getWidth());
        assertEquals(512, sent.getHeight());
        assertPixelsAreThreeWindowRgb(Corpus.SAMPLE_CT, sent);

        JsonNode output = JSON.readTree(result.out());
        assertEquals("Right lower lobe pneumonia", output.get("diagnosis").asText());
        assertEquals(2, output.get("findings").size());
        assertEquals("Consolidation in the right lower lobe with air bronchograms.",
                output.get("findings").get(0).asText());
        assertEquals("stop", output.get("finish_reason").asText());
        assertFalse(output.get("truncated").asBoolean());
        assertFalse(output.get("demo").asBoolean());
        assertTrue(output.get("thought").isNull());
        assertEquals("google/medgemma-4b-it", output.get("model").asText());
        assertEquals(baseUrl() + "/chat/completions", output.get("endpoint").asText());
        assertEquals(512, output.get("image").get("width").asInt());
        assertEquals(512, output.get("image").get("height").asInt());
        assertEquals("png", output.get("image").get("format").asText());
        assertEquals(Base64.getDecoder().decode(base64).length, output.get("image").get("bytes").asInt());
        assertTrue(output.get("raw").asText().startsWith("DIAGNOSIS: Right lower lobe pneumonia"));
    }

    /** Compares every pixel with the notebook's formula applied to the file's own HU values. */
    private static void assertPixelsAreThreeWindowRgb(Path dicomPath, BufferedImage sent) throws Exception {
        DicomFile dicom = DicomFile.read(dicomPath);
        Attributes data = dicom.dataSet();
        double slope = data.getDouble(Tag.RescaleSlope, 1);
        double intercept = data.getDouble(Tag.RescaleIntercept, 0);
        int[] stored = dicom.pixelData().readFrame(0);
        int width = data.getInt(Tag.Columns, 0);
        int mismatches = 0;
        String firstMismatch = null;
        for (int i = 0; i < stored.length; i++) {
            int expected = ThreeWindowReference.rgb(stored[i] * slope + intercept);
            int actual = sent.getRGB(i % width, i / width) & 0xFFFFFF;
            if (expected != actual) {
                mismatches++;
                if (firstMismatch == null) {
                    firstMismatch = String.format("pixel (%d,%d): expected %06x, sent %06x",
                            i % width, i / width, expected, actual);
                }
            }
        }
        assertEquals(0, mismatches, "pixels differing from the three-window RGB; first: " + firstMismatch);
    }

    @Test
    void analyzeLargeCr_sendsSquareJpeg896() throws Exception {
        enqueueCase("L17_response_finish_stop.json", 200);

        CliRunner.Result result = cli.run("analyze", Corpus.real("cr_mono1_modality_lut_seq_jpegll.dcm").toString(),
                "--endpoint", baseUrl(), "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        JsonNode body = JSON.readTree(onlyRequest().getBody().utf8());
        String url = body.get("messages").get(0).get("content").get(1).get("image_url").get("url").asText();
        assertTrue(url.startsWith("data:image/jpeg;base64,"), url.substring(0, 40));
        byte[] jpeg = Base64.getDecoder().decode(url.substring("data:image/jpeg;base64,".length()));
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(896, sent.getWidth());
        assertEquals(896, sent.getHeight());
        JsonNode output = JSON.readTree(result.out());
        assertEquals("jpeg", output.get("image").get("format").asText());
        assertEquals(jpeg.length, output.get("image").get("bytes").asInt());
    }

    @Test
    void analyzeTruncatedAnswer_marksFindingsTruncated() throws Exception {
        enqueueCase("L17_response_finish_length.json", 200);

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint", baseUrl());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(result.out().contains("WARNING: the answer was cut at max_tokens"), result.out());
        assertTrue(result.out().contains("DIAGNOSIS: Right lower lobe pneumonia"), result.out());
    }

    @Test
    void analyzeQuotaError_exits4NamingHostAndCause() throws Exception {
        String body = JSON.readTree(Files.readString(Corpus.cases("llm/L18_response_429_resource_exhausted.json")))
                .get("body").toString();
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .body(body).build());

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint", baseUrl(),
                "--max-retries", "0");

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status());
        assertEquals(1, server.getRequestCount(), "no retry with --max-retries 0");
        String message = result.err().trim();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("127.0.0.1"), message);
        assertTrue(message.contains("RESOURCE_EXHAUSTED"), message);
    }

    @Test
    void analyzeQuotaErrorThenSuccess_retriesAndSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
                .addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\",\"message\":\"Quota exceeded.\"}}")
                .build());
        enqueueCase("L17_response_finish_stop.json", 200);

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint", baseUrl(),
                "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertEquals(2, server.getRequestCount(), "one retry after the 429");
        assertEquals("Right lower lobe pneumonia", JSON.readTree(result.out()).get("diagnosis").asText());
    }

    @Test
    void analyzeUnreachableEndpoint_exits4() {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(),
                "--endpoint", "http://127.0.0.1:9/v1");

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status(), result.err());
        assertTrue(result.err().contains("127.0.0.1"), result.err());
    }

    @Test
    void analyzeJpegLsFile_exits3NamingTransferSyntax() {
        CliRunner.Result result = cli.run("analyze", Corpus.real("ct1_jpegls_lossless.dcm").toString(),
                "--endpoint", baseUrl());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status());
        assertTrue(result.err().contains("ct1_jpegls_lossless.dcm"), result.err());
        assertTrue(result.err().contains("JPEG-LS Lossless"), result.err());
        assertTrue(result.err().contains("1.2.840.10008.1.2.4.80"), result.err());
        assertEquals(0, server.getRequestCount(), "nothing may be sent for an unreadable file");
    }

    @Test
    void analyzeMissingFile_exits3NamingFile() {
        CliRunner.Result result = cli.run("analyze", "no-such-study.dcm", "--endpoint", baseUrl());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status());
        assertTrue(result.err().contains("no-such-study.dcm"), result.err());
    }

    @Test
    void analyzeInvalidOption_exits2() {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--image-format", "gif");

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("--image-format"), result.err());
    }

    @Test
    void analyzeWithoutEndpoint_usesDemoAndSaysSo() throws Exception {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--history", HISTORY,
                "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(result.err().contains("embedded demo endpoint"), result.err());
        JsonNode output = JSON.readTree(result.out());
        assertTrue(output.get("demo").asBoolean());
        assertEquals("RECORDED DEMO ANSWER: not model output.", output.get("demo_note").asText());
        assertEquals("No acute abnormality", output.get("diagnosis").asText());
        assertEquals("radassist-demo", output.get("model").asText());
    }

    @Test
    void analyzeOtherChestXray_getsGenericDemoAnswer() throws Exception {
        CliRunner.Result result = cli.run("analyze", Corpus.real("cr_chest_mono1_acrnema_nometa.dcm").toString(),
                "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        JsonNode output = JSON.readTree(result.out());
        assertTrue(output.get("demo").asBoolean());
        assertEquals("Not available in demo mode", output.get("diagnosis").asText(),
                "a chest X-ray that is not the bundled sample must not get the sample's recorded answer");
    }

    @Test
    void analyzeSampleXrayPng_getsRecordedAnswer() throws Exception {
        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--demo",
                "--image-format", "png", "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertEquals("Cardiomegaly", JSON.readTree(result.out()).get("diagnosis").asText());
    }

    @Test
    void analyzeSystemPrompt_sendsListFormSystemMessage() throws Exception {
        enqueueCase("L17_response_finish_stop.json", 200);

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CHEST_XRAY.toString(), "--endpoint", baseUrl(),
                "--system-prompt", "You are an expert radiologist.", "--max-tokens", "300");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        JsonNode body = JSON.readTree(onlyRequest().getBody().utf8());
        assertEquals(300, body.get("max_tokens").asInt());
        JsonNode system = body.get("messages").get(0);
        assertEquals("system", system.get("role").asText());
        assertEquals("text", system.get("content").get(0).get("type").asText());
        assertEquals("You are an expert radiologist.", system.get("content").get(0).get("text").asText());
        assertEquals("user", body.get("messages").get(1).get("role").asText());
    }
}
