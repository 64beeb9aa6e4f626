package org.radassist.inference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recorded answers of the demo endpoint, read from {@code demo-answers.json} next to this class. */
final class DemoAnswers {

    static final String RESOURCE = "demo-answers.json";
    /** Fingerprint value of an entry whose fingerprint is not filled in yet; such entries never match. */
    static final String UNSET_FINGERPRINT = "0000000000000000";

    /** One recorded answer for a bundled sample image. */
    record Entry(String id, long fingerprint, int[] thumbnail, String content) {
    }

    private final List<Entry> entries;
    private final String genericContent;

    private DemoAnswers(List<Entry> entries, String genericContent) {
        this.entries = List.copyOf(entries);
        this.genericContent = genericContent;
    }

    static DemoAnswers load() {
        try (InputStream in = DemoAnswers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the classpath");
            }
            JsonNode root = ChatCompletionsRequest.JSON.readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode answer : root.path("answers")) {
                String fingerprint = answer.path("fingerprint").asText();
                String thumbnail = answer.path("thumbnail").asText();
                // An unset fingerprint (0) would match blank or left-to-right brightening images.
                if (!UNSET_FINGERPRINT.equals(fingerprint) && !thumbnail.isEmpty()) {
                    entries.add(new Entry(answer.path("id").asText(), DemoFingerprint.parseHex(fingerprint),
                            DemoFingerprint.parseThumbnail(thumbnail), answer.path("content").asText()));
                }
            }
            return new DemoAnswers(entries, root.path("generic").path("content").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read resource " + RESOURCE, e);
        }
    }

    /**
     * Returns the entry nearest to {@code fingerprint} within {@link DemoFingerprint#MATCH_DISTANCE}
     * whose thumbnail is also within {@link DemoFingerprint#MAX_THUMBNAIL_DIFFERENCE}.
     */
    Optional<Entry> match(long fingerprint, int[] thumbnail) {
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entry entry : entries) {
            int distance = DemoFingerprint.distance(fingerprint, entry.fingerprint());
            boolean samePicture = distance <= DemoFingerprint.MATCH_DISTANCE
                    && DemoFingerprint.thumbnailDifference(thumbnail, entry.thumbnail())
                    <= DemoFingerprint.MAX_THUMBNAIL_DIFFERENCE;
            if (samePicture && distance < bestDistance) {
                best = entry;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    List<Entry> entries() {
        return entries;
    }

    String genericContent() {
        return genericContent;
    }
}
