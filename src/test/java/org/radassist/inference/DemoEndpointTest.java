package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoEndpoint demo;

    @BeforeEach
    void start() throws Exception {
        demo = DemoEndpoint.start();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private Completion analyse(EncodedImage image) throws EndpointException {
        try (InferenceClient client = new InferenceClient(demo.endpointConfig(), AuthProvider.none())) {
            return client.newCall(AnalysisRequest.of(PromptTemplates.CHEST_XRAY.text(), "", image)).execute();
        }
    }

    /** Posts a raw body, bypassing RadAssist's request builder, and returns status and JSON body. */
    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String requestWithImageUrl(String url) {
        ObjectNode root = ChatCompletionsRequest.builder()
                .promptText("Describe.").image(TestImages.smallPng()).build().toJsonTree();
        ((ObjectNode) root.at("/messages/0/content/1/image_url")).put("url", url);
        return root.toString();
    }

    private static void assertVllmError(HttpResponse<String> response, String messageStart) throws Exception {
        assertEquals(400, response.statusCode());
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertTrue(error.path("message").asText().startsWith(messageStart), error.path("message").asText());
        assertEquals("BadRequestError", error.path("type").asText());
        assertEquals(400, error.path("code").asInt());
        assertTrue(error.has("param"));
    }

    private static BufferedImage greyToRgb(BufferedImage grey) {
        BufferedImage rgb = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                int value = grey.getRaster().getSample(x, y, 0);
                rgb.setRGB(x, y, (value << 16) | (value << 8) | value);
            }
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Test
    void baseUrl_isLoopbackWithPort() {
        assertEquals("http://127.0.0.1:" + demo.port() + "/v1", demo.baseUrl());
        assertEquals(EndpointKind.DEMO, demo.endpointConfig().kind());
        assertTrue(demo.port() > 0);
    }

    @Test
    void chatCompletions_cxrPng_recordedAnswer() throws Exception {
        Completion completion = analyse(TestImages.png(TestImages.CXR_PNG));

        assertTrue(completion.demo());
        assertEquals("radassist-demo", completion.model());
        assertEquals("stop", completion.finishReason());
        assertTrue(completion.content().startsWith("DIAGNOSIS: Cardiomegaly\n\nFINDINGS:\n1. "), completion.content());
        assertTrue(completion.usage().known());
        assertEquals(completion.usage().promptTokens() + completion.usage().completionTokens(),
                completion.usage().totalTokens());
    }

    @Test
    void chatCompletions_cxrAsJpegQ95_recordedAnswer() throws Exception {
        BufferedImage rgb = greyToRgb(TestImages.decode(TestImages.bytes(TestImages.CXR_PNG)));

        Completion completion = analyse(EncodedImage.of(jpeg(rgb, 0.95f), 512, 512));

        assertTrue(completion.content().startsWith("DIAGNOSIS: Cardiomegaly"), completion.content());
    }

    @Test
    void chatCompletions_unknownImage_genericAnswer() throws Exception {
        Completion completion = analyse(TestImages.png(TestImages.LLM_CASES.resolve("L15_noise_512_rgb.png")));

        assertTrue(completion.demo());
        assertTrue(completion.content().startsWith("DIAGNOSIS: Not available in demo mode"), completion.content());
    }

    @Test
    void chatCompletions_mimeBase64WithLineBreaks_rejected() throws Exception {
        byte[] png = TestImages.bytes(TestImages.LLM_CASES.resolve("L15_noise_512_rgb.png"));
        String url = "data:image/png;base64," + Base64.getMimeEncoder().encodeToString(png);

        assertVllmError(post(requestWithImageUrl(url)), "Invalid base64 image data");
    }

    @Test
    void chatCompletions_textPayloadFromL14_rejected() throws Exception {
        String request = TestImages.text(TestImages.LLM_CASES.resolve("L14_request_payload_not_png.json"));

        assertVllmError(post(request), "cannot identify image file");
    }

    @Test
    void chatCompletions_imageBeforeText_rejected() throws Exception {
        ObjectNode root = ChatCompletionsRequest.builder()
                .promptText("Describe.").image(TestImages.smallPng()).build().toJsonTree();
        JsonNode content = root.at("/messages/0/content");
        JsonNode text = content.get(0);
        ((ArrayNode) content).remove(0);
        ((ArrayNode) content).add(text);

        assertVllmError(post(root.toString()), "The user message content must have a text part followed by an image_url part.");
    }

    @Test
    void chatCompletions_twoImages_getGenericAnswer() throws Exception {
        ObjectNode root = ChatCompletionsRequest.builder()
                .promptText("Describe.").image(TestImages.smallPng()).build().toJsonTree();
        ArrayNode content = (ArrayNode) root.at("/messages/0/content");
        content.add(content.get(1).deepCopy());

        HttpResponse<String> response = post(root.toString());

        assertEquals(200, response.statusCode(), response.body());
        String answer = ChatCompletionsRequest.JSON.readTree(response.body())
                .at("/choices/0/message/content").asText();
        assertTrue(answer.startsWith("DIAGNOSIS: Not available in demo mode"), answer);
    }

    @Test
    void chatCompletions_nineImages_rejected() throws Exception {
        ObjectNode root = ChatCompletionsRequest.builder()
                .promptText("Describe.").image(TestImages.smallPng()).build().toJsonTree();
        ArrayNode content = (ArrayNode) root.at("/messages/0/content");
        for (int i = 0; i < 8; i++) {
            content.add(content.get(1).deepCopy());
        }

        assertVllmError(post(root.toString()), "At most 8 image(s) may be provided in one request.");
    }

    @Test
    void chatCompletions_secondImageBroken_rejected() throws Exception {
        ObjectNode root = ChatCompletionsRequest.builder()
                .promptText("Describe.").image(TestImages.smallPng()).build().toJsonTree();
        ArrayNode content = (ArrayNode) root.at("/messages/0/content");
        ObjectNode broken = content.get(1).deepCopy();
        ((ObjectNode) broken.get("image_url")).put("url", "data:image/png;base64,bm90IGFuIGltYWdl");
        content.add(broken);

        assertVllmError(post(root.toString()), "cannot identify image file");
    }

    @Test
    void chatCompletions_remoteImageUrl_rejected() throws Exception {
        assertVllmError(post(requestWithImageUrl("https://example.org/cxr.png")),
                "The demo endpoint accepts only base64 data URIs");
    }

    @Test
    void chatCompletions_invalidJson_rejected() throws Exception {
        assertVllmError(post("{\"messages\": ["), "Invalid JSON body");
    }

    @Test
    void chatCompletions_noMessages_rejected() throws Exception {
        assertVllmError(post("{\"model\":\"radassist-demo\"}"), "messages: Field required");
    }

    @Test
    void chatCompletions_textOnlyUserMessage_rejected() throws Exception {
        assertVllmError(post("{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}"),
                "The user message content must be a list");
    }

    @Test
    void chatCompletions_get_isMethodNotAllowed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/chat/completions")).GET().build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
    }

    @Test
    void models_listsDemoModel() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/models")).GET().build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        JsonNode root = JSON.readTree(response.body());
        assertEquals("list", root.path("object").asText());
        assertEquals("radassist-demo", root.at("/data/0/id").asText());
    }
}
