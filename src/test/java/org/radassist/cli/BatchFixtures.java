package org.radassist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.radassist.testsupport.Corpus;

/** A folder of corpus files for {@code batch} tests, and an endpoint that returns a chat completion for every request. */
final class BatchFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DIAGNOSIS = "Right lower lobe pneumonia";

    private BatchFixtures() {
    }

    /**
     * Copies six images (two in a subfolder), a text file, a DICOM file truncated inside its pixel
     * data and a Structured Report without pixels into {@code folder}.
     */
    static Path imageFolder(Path folder) throws IOException {
        Path sub = Files.createDirectories(folder.resolve("series-2"));
        copy(Corpus.real("ct1_rle.dcm"), folder);
        copy(Corpus.real("ct_small_evrle_ri1024_nowin.dcm"), folder);
        copy(Corpus.real("mr_small_evrle.dcm"), folder);
        copy(Corpus.codecs("ct_s16_evrle.dcm"), sub);
        copy(Corpus.cases("L04_ct_rescale_wl.dcm"), sub);
        copy(Corpus.SAMPLE_CHEST_XRAY, folder);
        Files.writeString(folder.resolve("notes.txt"), "Reading list for Monday\n");
        copy(Corpus.real("mr_truncated_pixels.dcm"), folder);
        copy(Corpus.real("sr_no_pixels.dcm"), sub);
        return folder;
    }

    static final int IMAGES = 6;
    static final Map<String, Integer> LOCAL_ERRORS = Map.of("NOT_DICOM", 1, "INVALID_DICOM", 1, "NOT_IMAGE", 1);

    private static void copy(Path file, Path folder) throws IOException {
        Files.copy(file, folder.resolve(file.getFileName()));
    }

    /**
     * Returns a stop response to each chat-completions request after {@code delayMillis}, or HTTP
     * 400 to the request numbers (from 1) that {@code rejected} accepts. It records the
     * largest number of requests it held at the same time.
     */
    static final class Endpoint extends Dispatcher {
        private final long delayMillis;
        private final IntPredicate rejected;
        private final AtomicInteger received = new AtomicInteger();
        private final AtomicInteger active = new AtomicInteger();
        private final AtomicInteger maxActive = new AtomicInteger();
        private final String answer;

        Endpoint(long delayMillis, IntPredicate rejected) throws IOException {
            this.delayMillis = delayMillis;
            this.rejected = rejected;
            this.answer = Files.readString(Corpus.cases("llm/L17_response_finish_stop.json"));
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            int number = received.incrementAndGet();
            maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                // The dispatcher runs on the connection's thread, so sleeping here keeps the request open.
                TimeUnit.MILLISECONDS.sleep(delayMillis);
            } finally {
                active.decrementAndGet();
            }
            if (rejected.test(number)) {
                return new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                        .body("{\"error\":{\"message\":\"invalid image\",\"type\":\"BadRequestError\",\"code\":400}}")
                        .build();
            }
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(answer).build();
        }

        int received() {
            return received.get();
        }

        int maxActive() {
            return maxActive.get();
        }
    }

    /** Reads every line of a JSON Lines file; fails on a line that does not parse. */
    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** Counts the error lines by error class. */
    static Map<String, Integer> errorClasses(List<JsonNode> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode line : lines) {
            if (line.path("status").asText().equals("error")) {
                counts.merge(line.path("error_class").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    static long okLines(List<JsonNode> lines) {
        return lines.stream().filter(line -> line.path("status").asText().equals("ok")).count();
    }
}
