package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetAddress;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The client's log lines name host, request id, status and latency, never history, key or image data. */
class LoggingTest {

    private static final String HISTORY = "Patient Jane Roe, cough since Monday";
    private static final String API_KEY = "key-5ecret-123";

    @Test
    void execute_logsNoHistoryKeyOrImage() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.radassist.inference");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        EncodedImage image = TestImages.smallPng();
        String base64 = image.dataUri().substring("data:image/png;base64,".length());
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(new MockResponse.Builder().code(200)
                    .body(TestImages.text(TestImages.LLM_CASES.resolve("L17_response_finish_stop.json"))).build());
            EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:" + server.getPort() + "/v1")
                    .toBuilder().auth(AuthMethod.API_KEY).apiKeyEnvVar("MEDGEMMA_API_KEY").build();
            AuthProvider auth = new ApiKeyAuth("MEDGEMMA_API_KEY", Map.of("MEDGEMMA_API_KEY", API_KEY)::get);
            try (InferenceClient client = new InferenceClient(config, auth)) {
                client.newCall(AnalysisRequest.of("Describe.", HISTORY, image)).execute();
            }
        } finally {
            logger.detachAppender(appender);
        }

        String log = String.join("\n", appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertTrue(log.contains("127.0.0.1"), log);
        assertTrue(log.contains("HTTP 200"), log);
        assertFalse(log.contains("Jane Roe"), log);
        assertFalse(log.contains("cough"), log);
        assertFalse(log.contains(API_KEY), log);
        assertFalse(log.contains(base64.substring(0, 40)), log);
    }
}
