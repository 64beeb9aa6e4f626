package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.AuthProvider;
import org.radassist.inference.EndpointConfig;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;
import org.radassist.inference.InferenceClient;
import org.radassist.testsupport.SliceFiles;

/** Multi-slice requests fitted into the profile's maximum payload, every slice reduced alike. */
class MultiSlicePayloadTest {

    private static final Question QUESTION = new Question("Describe the CT.", "ct", "", null, false, 0, null);

    @TempDir
    Path dir;

    private final List<InferenceClient> clients = new ArrayList<>();
    private List<PreparedImage> slices;

    @BeforeEach
    void writeSlices() throws Exception {
        slices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = SliceFiles.write(dir.resolve("slice" + i + ".dcm"), "0\\0\\" + (2 * i), SliceFiles.AXIAL,
                    String.valueOf(i + 1), i * 20);
            slices.add(AnalysisPipeline.prepare(file, 0, ModelInputOptions.defaults()));
        }
    }

    @AfterEach
    void closeClients() {
        clients.forEach(InferenceClient::close);
    }

    private ResolvedEndpoint endpoint(long maxPayloadBytes) {
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:9/v1").toBuilder()
                .maxPayloadBytes(maxPayloadBytes).maxImages(3).build();
        InferenceClient client = new InferenceClient(config, AuthProvider.none());
        clients.add(client);
        return new ResolvedEndpoint("small", config, client, false);
    }

    private long requestBytes(List<PreparedImage> images, ResolvedEndpoint endpoint) {
        return PayloadBudget.requestBytes(MultiSliceAnalysis.toRequest(images, QUESTION, null), endpoint.config());
    }

    @Test
    void fitPayload_fitting_keepsSlices() throws Exception {
        ResolvedEndpoint endpoint = endpoint(0);

        PayloadFit fit = MultiSliceAnalysis.fitPayload(slices, ModelInputOptions.defaults(), QUESTION, null, endpoint);

        assertEquals(3, fit.images().size());
        for (int i = 0; i < 3; i++) {
            assertSame(slices.get(i), fit.images().get(i), "slice " + (i + 1));
        }
        assertNull(fit.note());
    }

    @Test
    void fitPayload_overLimit_reducesEverySliceAlike() throws Exception {
        ModelInputOptions defaults = ModelInputOptions.defaults();
        ModelInputOptions quality85 = new ModelInputOptions(defaults.format(), 0.85f, defaults.maxSide(),
                defaults.ctWindows());
        List<PreparedImage> expected = new ArrayList<>();
        for (PreparedImage slice : slices) {
            expected.add(AnalysisPipeline.prepare(slice.image(), quality85));
        }
        long limit = requestBytes(expected, endpoint(0));
        ResolvedEndpoint endpoint = endpoint(limit);
        assertTrue(requestBytes(slices, endpoint) > limit, "the quality 0.95 request must exceed the limit");

        PayloadFit fit = MultiSliceAnalysis.fitPayload(slices, ModelInputOptions.defaults(), QUESTION, null, endpoint);

        assertEquals(3, fit.images().size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected.get(i).payload().bytes(), fit.images().get(i).payload().bytes(),
                    "slice " + (i + 1));
        }
        assertEquals(limit, fit.requestBytes());
        long imageBytes = expected.stream().mapToLong(image -> image.payload().byteCount()).sum();
        assertEquals("The 3 images were each reduced to fit the " + limit + "-byte request limit of profile"
                + " 'small': 128x128 JPEG quality 0.85, " + imageBytes + " bytes of images, " + limit
                + " bytes of request.", fit.note());
    }

    @Test
    void fitPayload_unfittable_rejectsWithReason() {
        ResolvedEndpoint endpoint = endpoint(5_000);

        EndpointException error = assertThrows(EndpointException.class, () -> MultiSliceAnalysis.fitPayload(slices,
                ModelInputOptions.defaults(), QUESTION, null, endpoint));

        assertEquals(ErrorClass.PAYLOAD_TOO_LARGE, error.errorClass());
        assertTrue(error.getMessage().startsWith("Endpoint 127.0.0.1: request too large: the request is still "),
                error.getMessage());
        assertTrue(error.getMessage().contains(" bytes with 3 images of 128x128, above the 5000-byte limit of"
                + " profile 'small'."), error.getMessage());
    }

    @Test
    void checkImageCount_overMax_rejectsNamingProfile() {
        ResolvedEndpoint endpoint = endpoint(0);

        EndpointException error = assertThrows(EndpointException.class,
                () -> MultiSliceAnalysis.checkImageCount(4, endpoint, "raise the profile's max images"));

        assertEquals(ErrorClass.BAD_REQUEST, error.errorClass());
        assertTrue(error.getMessage().contains("the request has 4 images but profile 'small' allows at most 3"
                + " (max images); raise the profile's max images."), error.getMessage());
    }
}
