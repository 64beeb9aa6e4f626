package org.radassist.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded OpenAI-compatible endpoint on 127.0.0.1 that returns recorded answers, so RadAssist can
 * be tried without a MedGemma server. It serves {@code POST /v1/chat/completions} and
 * {@code GET /v1/models} on a random port.
 *
 * <p>Requests are checked the way vLLM checks them (see {@link DemoRequestCheck}) and rejected with
 * HTTP 400 in vLLM's {@code {"error":{...}}} shape. A valid request gets the recorded answer whose
 * image fingerprint is within {@link DemoFingerprint#MATCH_DISTANCE} bits of the sent image, else a
 * generic answer saying that only the bundled samples have answers. Every response carries
 * {@code X-RadAssist-Demo: true}, which {@link InferenceCall} turns into {@link Completion#demo()}.
 */
public final class DemoEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEndpoint.class);
    private static final int THREADS = 2;

    private final HttpServer server;
    private final ExecutorService executor;
    private final DemoAnswers answers;

    private DemoEndpoint(HttpServer server, ExecutorService executor, DemoAnswers answers) {
        this.server = server;
        this.executor = executor;
        this.answers = answers;
    }

    /**
     * Starts the server on 127.0.0.1 with a port chosen by the system.
     *
     * @throws IOException when the socket cannot be bound
     */
    public static DemoEndpoint start() throws IOException {
        DemoAnswers answers = DemoAnswers.load();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "radassist-demo-endpoint-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        DemoEndpoint endpoint = new DemoEndpoint(server, executor, answers);
        server.createContext("/v1/chat/completions", endpoint::handleChatCompletions);
        server.createContext("/v1/models", endpoint::handleModels);
        server.setExecutor(executor);
        server.start();
        LOG.info("Demo endpoint started at {} with {} recorded answers", endpoint.baseUrl(), answers.entries().size());
        return endpoint;
    }

    /** Returns the base URL, {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns a DEMO endpoint configuration for this server. */
    public EndpointConfig endpointConfig() {
        return EndpointConfig.demo(baseUrl());
    }

    /** Stops the server at once; requests in progress are dropped. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        LOG.info("Demo endpoint on port {} stopped", port());
    }

    private void handleModels(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, DemoRequestCheck.error(405, "Method Not Allowed", "MethodNotAllowed", null));
                return;
            }
            ObjectNode root = ChatCompletionsRequest.JSON.createObjectNode();
            root.put("object", "list");
            ObjectNode model = root.putArray("data").addObject();
            model.put("id", EndpointConfig.DEMO_MODEL);
            model.put("object", "model");
            model.put("owned_by", "radassist");
            send(exchange, 200, root);
        }
    }

    private void handleChatCompletions(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, DemoRequestCheck.error(405, "Method Not Allowed", "MethodNotAllowed", null));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            DemoRequestCheck check = DemoRequestCheck.of(body);
            if (!check.valid()) {
                LOG.info("Demo endpoint rejected a request with HTTP {}: {}", check.status(), check.message());
                send(exchange, check.status(), check.errorBody());
                return;
            }
            ObjectNode completion = completion(check.image(), check.imageCount(), check.promptText());
            if (check.stream()) {
                sendStream(exchange, completion);
            } else {
                send(exchange, 200, completion);
            }
        }
    }

    private ObjectNode completion(BufferedImage image, int imageCount, String promptText) {
        long fingerprint = DemoFingerprint.of(image);
        // The recorded answers describe single sample images, so a multi-slice request gets the generic one.
        Optional<DemoAnswers.Entry> match = imageCount > 1
                ? Optional.empty()
                : answers.match(fingerprint, DemoFingerprint.thumbnail(image));
        String content = match.map(DemoAnswers.Entry::content).orElse(answers.genericContent());
        LOG.info("Demo endpoint answered image {}x{} (fingerprint {}) with {}", image.getWidth(), image.getHeight(),
                DemoFingerprint.toHex(fingerprint), match.map(DemoAnswers.Entry::id).orElse("the generic answer"));

        ObjectNode root = ChatCompletionsRequest.JSON.createObjectNode();
        root.put("id", "chatcmpl-demo-" + UUID.randomUUID().toString().replace("-", ""));
        root.put("object", "chat.completion");
        root.put("created", System.currentTimeMillis() / 1000);
        root.put("model", EndpointConfig.DEMO_MODEL);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", Completion.FINISH_STOP);
        // Token counts are estimates: about 4 characters per text token plus MedGemma's 256 image tokens.
        int promptTokens = promptText.length() / 4 + 256;
        int completionTokens = content.length() / 4;
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        return root;
    }

    /**
     * Sends {@code completion} as server-sent events the way vLLM streams: one
     * {@code chat.completion.chunk} per line of content, a last chunk with the finish reason and
     * usage, then {@code data: [DONE]}.
     */
    private static void sendStream(HttpExchange exchange, ObjectNode completion) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set(InferenceCall.DEMO_HEADER, "true");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String content = completion.at("/choices/0/message/content").asText();
        for (String piece : content.split("(?<=\\n)")) {
            ObjectNode chunk = chunk(completion);
            ObjectNode choice = chunk.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("delta").put("content", piece);
            choice.putNull("finish_reason");
            writeEvent(out, chunk.toString());
        }
        ObjectNode last = chunk(completion);
        ObjectNode choice = last.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.put("finish_reason", completion.at("/choices/0/finish_reason").asText());
        last.set("usage", completion.path("usage"));
        writeEvent(out, last.toString());
        writeEvent(out, "[DONE]");
    }

    private static ObjectNode chunk(ObjectNode completion) {
        ObjectNode chunk = ChatCompletionsRequest.JSON.createObjectNode();
        chunk.put("id", completion.path("id").asText());
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", completion.path("created").asLong());
        chunk.put("model", completion.path("model").asText());
        return chunk;
    }

    private static void writeEvent(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = ChatCompletionsRequest.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set(InferenceCall.DEMO_HEADER, "true");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
