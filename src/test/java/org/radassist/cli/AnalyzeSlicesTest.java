package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;

/** {@code analyze DIR --slices N} against a real HTTP server on 127.0.0.1, on a series built from a corpus CT. */
class AnalyzeSlicesTest extends LocalServerCliTest {

    private static final Pattern STRICT_BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLICE_COUNT = 9;
    /** Row whose stored values the copy of slice i sets to 3000, so each slice's image differs. */
    private static final int MARKER_ROW_STEP = 12;

    @TempDir
    Path series;

    @BeforeEach
    void writeSeries() throws Exception {
        // File names run against slice order, so only the positions along the normal give the order.
        for (int i = 0; i < SLICE_COUNT; i++) {
            SliceFiles.write(series.resolve("file" + (SLICE_COUNT - i) + ".dcm"), "0\\0\\" + (2 * i),
                    SliceFiles.AXIAL, String.valueOf(i + 1), i * MARKER_ROW_STEP);
        }
    }

    private void enqueueStop() throws Exception {
        String body = Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    private JsonNode sentContent() throws Exception {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "no request reached the server");
        assertEquals(1, server.getRequestCount(), "request count");
        return JSON.readTree(request.getBody().utf8()).path("messages").path(0).path("content");
    }

    /** Checks the 8 parts and that image k shows the marker row of slice expected[k] (0-based). */
    private static void assertSlices(JsonNode content, List<Integer> expected) throws Exception {
        assertEquals(2 + 2 * expected.size(), content.size());
        assertEquals("text", content.path(0).path("type").asText());
        for (int k = 0; k < expected.size(); k++) {
            JsonNode image = content.path(1 + 2 * k);
            assertEquals("image_url", image.path("type").asText(), "part " + (1 + 2 * k));
            assertEquals("SLICE " + (k + 1), content.path(2 + 2 * k).path("text").asText());
            String url = image.path("image_url").path("url").asText();
            String data = url.substring("data:image/png;base64,".length());
            assertTrue(STRICT_BASE64.matcher(data).matches(), "base64 of slice " + (k + 1));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
            int markerRow = expected.get(k) * MARKER_ROW_STEP;
            for (int x = 0; x < decoded.getWidth(); x++) {
                // 3000 stored is above 1024 HU, so the wide-window red channel is saturated.
                assertEquals(255, (decoded.getRGB(x, markerRow) >> 16) & 0xFF, "slice " + (k + 1) + " x " + x);
            }
        }
        assertEquals("Based on these slices, provide DIAGNOSIS, FINDINGS and IMPRESSION.",
                content.path(content.size() - 1).path("text").asText());
    }

    @Test
    void slicesThree_sendsEvenlySampledSlices() throws Exception {
        enqueueStop();

        CliRunner.Result result = cli.run("analyze", series.toString(), "--slices", "3", "--max-images", "3",
                "--endpoint", baseUrl(), "--image-format", "png", "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(result.err().contains("Multi-image use is not evaluated by the MedGemma model card."), result.err());
        assertTrue(result.err().contains("Sending 3 of 9 slices"), result.err());
        assertSlices(sentContent(), List.of(0, 4, 8));
        JsonNode output = JSON.readTree(result.out());
        assertEquals(3, output.path("images").size());
        assertEquals(128, output.path("images").path(2).path("width").asInt());
        assertEquals("png", output.path("images").path(2).path("format").asText());
        assertEquals(output.path("images").path(0), output.path("image"));
    }

    @Test
    void sliceIndices_sendsNamedSlicesInOrder() throws Exception {
        enqueueStop();

        CliRunner.Result result = cli.run("analyze", series.toString(), "--slice-indices", "2,7", "--max-images", "2",
                "--endpoint", baseUrl(), "--image-format", "png", "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertSlices(sentContent(), List.of(1, 6));
    }

    @Test
    void slicesTextOutput_listsEveryImage() throws Exception {
        enqueueStop();

        CliRunner.Result result = cli.run("analyze", series.toString(), "--slices", "2", "--max-images", "2",
                "--endpoint", baseUrl());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(result.out().contains("Image sent (SLICE 1): 128x128 image/jpeg"), result.out());
        assertTrue(result.out().contains("Image sent (SLICE 2): 128x128 image/jpeg"), result.out());
    }

    @Test
    void slicesWithoutMaxImages_rejectedUnsent() {
        CliRunner.Result result = cli.run("analyze", series.toString(), "--slices", "3", "--endpoint", baseUrl());

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status(), result.err());
        assertTrue(result.err().contains("the request has 3 images but profile 'command-line' allows at most 1 (max images); raise the"
                + " profile's max images, or pass --max-images 3"), result.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void slicesAudit_recordsEveryImage() throws Exception {
        enqueueStop();

        CliRunner.Result result = cli.run("analyze", series.toString(), "--slices", "3", "--max-images", "3",
                "--endpoint", baseUrl(), "--image-format", "png", "--format", "json");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        List<String> lines = Files.readAllLines(home.resolve("data").resolve("audit.jsonl"));
        assertEquals(1, lines.size());
        JsonNode record = JSON.readTree(lines.get(0));
        JsonNode images = record.path("images");
        assertEquals(3, images.size());
        JsonNode output = JSON.readTree(result.out());
        for (int i = 0; i < 3; i++) {
            JsonNode image = images.path(i);
            assertTrue(Pattern.matches("[0-9a-f]{64}", image.path("sha256").asText()), image.toString());
            assertEquals(128, image.path("width").asInt());
            assertEquals(128, image.path("height").asInt());
            assertEquals("PNG", image.path("format").asText());
            assertEquals(output.path("images").path(i).path("bytes").asInt(), image.path("bytes").asInt());
        }
        assertEquals(3, images.findValuesAsText("sha256").stream().distinct().count(), "distinct hashes");
        assertEquals(images.path(0).path("sha256").asText(), record.path("image_sha256").asText());
        assertTrue(record.path("image_url_host").isNull(), record.toString());
    }

    @Test
    void slicesOverPayloadLimit_rejectedUnsent() throws Exception {
        cli.writeSettings("{\"activeProfile\":\"small\",\"profiles\":[{\"name\":\"small\","
                + "\"kind\":\"OPENAI_COMPATIBLE\",\"baseUrl\":\"" + baseUrl() + "\",\"auth\":\"NONE\","
                + "\"maxImages\":3,\"maxPayloadBytes\":5000}]}");

        CliRunner.Result result = cli.run("analyze", series.toString(), "--slices", "3");

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status(), result.err());
        assertTrue(result.err().contains("bytes with 3 images of 128x128, above the 5000-byte limit of profile"
                + " 'small'"), result.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void sliceIndexOutOfRange_usageError() {
        CliRunner.Result result = cli.run("analyze", series.toString(), "--slice-indices", "1,10",
                "--endpoint", baseUrl());

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Invalid slice number 10: the series has slices 1 to 9."), result.err());
    }

    @Test
    void slicesAndSliceIndices_usageError() {
        CliRunner.Result result = cli.run("analyze", series.toString(), "--slices", "3", "--slice-indices", "1,2",
                "--endpoint", baseUrl());

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Use either --slices or --slice-indices, not both."), result.err());
    }

    @Test
    void deadlineZero_usageError() {
        CliRunner.Result result = cli.run("analyze", series.toString(), "--deadline", "0", "--endpoint", baseUrl());

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Invalid --deadline 0"), result.err());
    }
}
