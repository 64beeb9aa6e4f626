package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EncodedImageTest {

    @Test
    void of_pngSignature_isPng() {
        EncodedImage image = TestImages.smallPng();

        assertEquals("image/png", image.mimeType());
        assertEquals(64, image.width());
        assertEquals(64, image.height());
        assertEquals(171, image.byteCount());
    }

    @Test
    void of_jpegSignature_isJpeg() {
        byte[] jpegStart = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

        EncodedImage image = EncodedImage.of(jpegStart, 8, 8);

        assertEquals("image/jpeg", image.mimeType());
        assertTrue(image.dataUri().startsWith("data:image/jpeg;base64,/9j/"));
    }

    @Test
    void of_textPayloadFromL14_isRejected() throws Exception {
        JsonNode request = new ObjectMapper().readTree(
                TestImages.text(TestImages.LLM_CASES.resolve("L14_request_payload_not_png.json")));
        String url = request.at("/messages/0/content/1/image_url/url").asText();
        byte[] payload = Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));

        InvalidImagePayloadException e =
                assertThrows(InvalidImagePayloadException.class, () -> EncodedImage.of(payload, 512, 512));

        assertEquals("34 30 33 20 46 6f 72 62", e.leadingBytesHex());
        assertTrue(e.getMessage().contains("not PNG or JPEG"), e.getMessage());
    }

    @Test
    void of_emptyPayload_isRejected() {
        assertThrows(InvalidImagePayloadException.class, () -> EncodedImage.of(new byte[0], 1, 1));
    }

    @Test
    void of_truncatedPngSignature_isRejected() {
        byte[] sevenBytes = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A};

        assertThrows(InvalidImagePayloadException.class, () -> EncodedImage.of(sevenBytes, 1, 1));
    }

    @Test
    void of_zeroWidth_isRejected() {
        byte[] png = TestImages.bytes(TestImages.LLM_CASES.resolve("L15_small_64_grey.png"));

        assertThrows(IllegalArgumentException.class, () -> EncodedImage.of(png, 0, 64));
    }

    @Test
    void dataUri_largePng_unbrokenExactLength() {
        byte[] png = TestImages.bytes(TestImages.LLM_CASES.resolve("L15_noise_512_rgb.png"));
        EncodedImage image = EncodedImage.of(png, 512, 512);

        String uri = image.dataUri();

        assertEquals(787252, png.length);
        assertEquals(1049694, uri.length());
        assertTrue(uri.startsWith("data:image/png;base64,iVBORw0KGgo"));
        assertFalse(uri.contains("\n"));
        assertFalse(uri.contains("\r"));
        assertArrayEquals(png, Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length())));
    }

    @Test
    void bytes_returnsCopy() {
        EncodedImage image = TestImages.smallPng();

        image.bytes()[0] = 0;

        assertEquals((byte) 0x89, image.bytes()[0]);
    }
}
