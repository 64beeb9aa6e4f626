package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.radassist.testsupport.Corpus;

/** How {@code analyze} handles answer text: an empty answer fails, control characters are removed. */
class AnalyzeAnswerTextTest extends LocalServerCliTest {

    private CliRunner.Result analyzeWithAnswer(String choice) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"google/medgemma-4b-it\","
                        + "\"choices\":[" + choice + "]}")
                .build());
        return cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--max-retries", "0");
    }

    @Test
    void emptyContentWithStop_exitsEndpointFailed() {
        CliRunner.Result result = analyzeWithAnswer(
                "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":\"stop\"}");

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status());
        assertTrue(result.err().contains("Endpoint 127.0.0.1 returned an empty answer (finish_reason stop)."),
                result.err());
        assertEquals("", result.out());
    }

    @Test
    void nullContentWithoutFinishReason_exitsEndpointFailed() {
        CliRunner.Result result = analyzeWithAnswer("{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null}}");

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status());
        assertTrue(result.err().contains("Endpoint 127.0.0.1 returned an empty answer (finish_reason none)."),
                result.err());
        assertFalse(result.out().contains("DIAGNOSIS"), result.out());
    }

    @Test
    void whitespaceContent_exitsEndpointFailed() {
        CliRunner.Result result = analyzeWithAnswer(
                "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\" \\n \"},\"finish_reason\":\"length\"}");

        assertEquals(ExitCodes.ENDPOINT_FAILED, result.status());
        assertTrue(result.err().contains("returned an empty answer (finish_reason length)"), result.err());
    }

    @Test
    void injectedControls_strippedFromTextOutput() {
        CliRunner.Result result = analyzeWithAnswer("{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + "\"DIAGNOSIS: \\u001b[31mPneumonia\\u001b[0m \\u202Etxet\\nFINDINGS:\\n- Consolidation\\u0007\"},"
                + "\"finish_reason\":\"stop\"}");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(result.out().contains("DIAGNOSIS: Pneumonia txet\n"), result.out());
        assertTrue(result.out().contains("  - Consolidation\n"), result.out());
        assertFalse(result.out().contains("\u001b"), result.out());
        assertFalse(result.out().contains("\u202E"), result.out());
        assertFalse(result.out().contains("\u0007"), result.out());
    }

    @Test
    void historyFileByteOrderMark_notSent() throws Exception {
        Path history = home.resolve("history-bom.txt");
        Files.write(history, "\uFEFFcough for two weeks".getBytes(StandardCharsets.UTF_8));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                        + "\"DIAGNOSIS: normal\"},\"finish_reason\":\"stop\"}]}")
                .build());

        CliRunner.Result result = cli.run("analyze", Corpus.SAMPLE_CT.toString(), "--endpoint",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--history-file", history.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(request, "no request reached the server");
        String body = request.getBody().utf8();
        assertTrue(body.contains("cough for two weeks"), "history missing from the request");
        assertFalse(body.contains("\uFEFF"), "byte-order mark sent");
        assertFalse(body.contains("\\ufeff"), "escaped byte-order mark sent");
    }
}
