package org.radassist.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radassist.findings.Findings;
import org.radassist.findings.FindingsParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the output of a Vertex AI batch prediction job into a batch results file, in the same
 * line format as {@link BatchAnalysis}. Each output line echoes its request ({@code body} or
 * {@code request}) next to a chat-completions {@code response}, or carries a {@code status} (or
 * {@code error}) when the prediction failed. Lines are matched to images by the request's custom
 * id ({@code img-} and the file's SHA-256); when the job dropped it, by the SHA-256 of the image
 * inside the echoed request, which the manifest lists.
 */
public final class VertexBatchImport {

    /** Error class of a line whose prediction failed inside the batch job. */
    public static final String PREDICTION_FAILED = "PREDICTION_FAILED";
    /** Error class of a manifest image that has no prediction in the output. */
    public static final String NO_PREDICTION = "NO_PREDICTION";

    private static final Logger log = LoggerFactory.getLogger(VertexBatchImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA_URI_BASE64 = ";base64,";

    /** One image of the manifest. */
    private record Entry(String file, String imageSha256, String status, String errorClass, String message,
                         String payloadSha256) {
    }

    private VertexBatchImport() {
    }

    /**
     * Writes one results line per image: first the images with a prediction in the output, then
     * the manifest's images that could not be exported or have no prediction. Images that already
     * have an ok line in {@code results} are skipped.
     *
     * @param manifest the manifest written by {@link VertexBatchExport}, or null; without it the
     *     lines name no file and unanswered images are not reported
     */
    public static BatchSummary importOutput(List<Path> outputs, Path manifest, BatchResults results,
                                            BatchAnalysis.Listener listener) throws IOException {
        long start = System.nanoTime();
        Map<String, List<Entry>> byHash = new LinkedHashMap<>();
        Map<String, String> hashByPayload = new HashMap<>();
        List<Entry> failedExports = new ArrayList<>();
        if (manifest != null) {
            readManifest(manifest, byHash, hashByPayload, failedExports);
        }
        List<BatchRecord> records = new ArrayList<>();
        Map<String, Boolean> answered = new HashMap<>();
        int unreadable = 0;
        for (Path output : outputs) {
            try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode root;
                    try {
                        root = JSON.readTree(line);
                    } catch (IOException e) {
                        unreadable++;
                        continue;
                    }
                    String hash = imageHash(root, hashByPayload);
                    if (hash == null) {
                        unreadable++;
                        continue;
                    }
                    answered.put(hash, true);
                    List<Entry> entries = byHash.getOrDefault(hash, List.of(new Entry(null, hash, null, null, null,
                            null)));
                    for (Entry entry : entries) {
                        records.add(toRecord(root, entry));
                    }
                }
            }
        }
        if (unreadable > 0) {
            log.warn("Skipped {} output lines that are not JSON or match no image", unreadable);
        }
        for (Entry entry : failedExports) {
            records.add(BatchRecord.error(entry.imageSha256(), entry.file(), entry.errorClass(), entry.message(), null,
                    null, false));
        }
        byHash.forEach((hash, entries) -> {
            if (!answered.containsKey(hash)) {
                for (Entry entry : entries) {
                    records.add(BatchRecord.error(hash, entry.file(), NO_PREDICTION, fileName(entry.file())
                            + ": the batch prediction output has no line for this image", null, null, false));
                }
            }
        });
        return write(records, results, listener, start);
    }

    private static BatchSummary write(List<BatchRecord> records, BatchResults results,
                                      BatchAnalysis.Listener listener, long start) throws IOException {
        List<BatchRecord> todo = new ArrayList<>();
        for (BatchRecord record : records) {
            if (!results.completed(record.imageSha256())) {
                todo.add(record);
            }
        }
        listener.planned(todo.size(), records.size() - todo.size());
        int ok = 0;
        Map<String, Integer> errors = new HashMap<>();
        for (BatchRecord record : todo) {
            results.append(record);
            if (record.ok()) {
                ok++;
            } else {
                errors.merge(record.errorClass(), 1, Integer::sum);
            }
            listener.written(record);
        }
        return new BatchSummary(ok, errors, records.size() - todo.size(), 0, System.nanoTime() - start, false);
    }

    private static BatchRecord toRecord(JsonNode root, Entry entry) {
        String failure = failure(root);
        JsonNode response = root.path("response");
        if (response.has("body") && !response.has("choices")) {
            response = response.path("body");
        }
        JsonNode choice = response.path("choices").path(0);
        String model = response.path("model").isTextual() ? response.path("model").asText() : null;
        if (failure == null && !choice.path("message").path("content").isTextual()) {
            failure = "the response has no choices[0].message.content";
        }
        if (failure != null) {
            return BatchRecord.error(entry.imageSha256(), entry.file(), PREDICTION_FAILED,
                    fileName(entry.file()) + ": batch prediction failed: " + failure, model, null, false);
        }
        String finishReason = choice.path("finish_reason").isTextual() ? choice.path("finish_reason").asText() : null;
        Findings findings = FindingsParser.parse(choice.path("message").path("content").asText(), finishReason);
        return BatchRecord.ok(entry.imageSha256(), entry.file(), findings, finishReason, model, null, false);
    }

    /** Returns the failure a line reports in {@code status} or {@code error}, or null for none. */
    private static String failure(JsonNode root) {
        for (String field : new String[] {"status", "error"}) {
            JsonNode node = root.path(field);
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
            if (node.isObject() && node.size() > 0) {
                return node.path("message").isTextual() ? node.path("message").asText() : node.toString();
            }
        }
        return null;
    }

    /** Returns the image hash of an output line, from its custom id or the image in its request. */
    private static String imageHash(JsonNode root, Map<String, String> hashByPayload) {
        JsonNode request = root.has("body") ? root.path("body") : root.path("request");
        for (JsonNode node : new JsonNode[] {root.path("custom_id"), request.path("custom_id"), root.path("id")}) {
            if (node.isTextual() && node.asText().startsWith(VertexBatchExport.CUSTOM_ID_PREFIX)) {
                return node.asText().substring(VertexBatchExport.CUSTOM_ID_PREFIX.length());
            }
        }
        if (request.has("body")) {
            request = request.path("body");
        }
        for (JsonNode message : request.path("messages")) {
            for (JsonNode part : message.path("content")) {
                String url = part.path("image_url").path("url").asText("");
                int data = url.indexOf(DATA_URI_BASE64);
                if (data >= 0) {
                    try {
                        byte[] image = Base64.getDecoder().decode(url.substring(data + DATA_URI_BASE64.length()));
                        return hashByPayload.get(AnalysisPipeline.sha256(image));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static void readManifest(Path manifest, Map<String, List<Entry>> byHash, Map<String, String> hashByPayload,
                                     List<Entry> failedExports) throws IOException {
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            Entry entry = new Entry(text(node, "file"), text(node, "image_sha256"), text(node, "status"),
                    text(node, "error_class"), text(node, "message"), text(node, "payload_sha256"));
            if (BatchRecord.STATUS_ERROR.equals(entry.status())) {
                failedExports.add(entry);
                continue;
            }
            byHash.computeIfAbsent(entry.imageSha256(), hash -> new ArrayList<>()).add(entry);
            if (entry.payloadSha256() != null) {
                hashByPayload.put(entry.payloadSha256(), entry.imageSha256());
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String fileName(String file) {
        if (file == null) {
            return "image";
        }
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }
}
