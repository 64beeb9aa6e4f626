package org.radassist.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.ChatCompletionsRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the input of a Vertex AI batch prediction job for a self-deployed Model Garden model
 * (MedGemma served by vLLM): JSON Lines, one chat-completions request per image, images inline as
 * data URIs. Google's page "Get batch predictions from a self-deployed Model Garden model"
 * (cloud.google.com/vertex-ai/docs/predictions/get-batch-model-garden) gives each line the OpenAI
 * batch shape {@code {"custom_id", "method", "url", "body": {chat completions}}}, and the job
 * reads only {@code body}. The {@code custom_id} is {@code img-} and the image file's SHA-256, so
 * the output can be matched even without the manifest.
 *
 * <p>Next to the input it writes a manifest ({@code NAME.manifest.jsonl}) with one line per
 * image: the custom id, the input file and line, the image file, its hash and the hash of the
 * encoded image, which matches an output line whose custom id the job dropped.
 */
public final class VertexBatchExport {

    /**
     * Default maximum size of one input file: 1 GB, the input file limit Google documents for
     * Gemini batch jobs.
     */
    // NOTE: the self-deployed Model Garden page names no size or line limit. These defaults are the
    // Gemini batch limits (1 GB and 1,000,000 lines per job), so they are options.
    public static final long DEFAULT_MAX_FILE_BYTES = 1_000_000_000L;
    /** Default maximum number of requests in one input file: the Gemini batch limit per job. */
    public static final int DEFAULT_MAX_LINES = 1_000_000;
    /** Request path written in each line, as in the OpenAI batch format. */
    static final String CHAT_COMPLETIONS_URL = "/v1/chat/completions";
    /** Prefix of every custom id, followed by the image file's SHA-256. */
    public static final String CUSTOM_ID_PREFIX = "img-";

    private static final Logger log = LoggerFactory.getLogger(VertexBatchExport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The files written.
     *
     * @param inputFiles the JSON Lines input files, in order
     * @param manifest the manifest file
     * @param requests the number of request lines
     * @param errors the images that could not be prepared (listed in the manifest with the reason)
     */
    public record Result(List<Path> inputFiles, Path manifest, int requests, int errors) {
    }

    private VertexBatchExport() {
    }

    /** Returns the manifest path that belongs to an input file name: {@code NAME.manifest.jsonl}. */
    public static Path manifestFor(Path target) {
        return target.resolveSibling(baseName(target) + ".manifest.jsonl");
    }

    /**
     * Writes the input files and the manifest. When the requests fit in one file under the limits
     * it is {@code target}; otherwise they go to {@code NAME-001.jsonl}, {@code NAME-002.jsonl}, ...
     *
     * @param model model name of the requests; Vertex AI ignores it, so null writes ""
     * @param maxFileBytes maximum bytes of one input file
     * @param maxLines maximum requests in one input file
     */
    public static Result export(List<BatchInputs.Item> items, Path target, ModelInputOptions options,
                                BatchQuestion question, String model, long maxFileBytes, int maxLines)
            throws IOException {
        Path manifest = manifestFor(target);
        List<Path> parts = new ArrayList<>();
        Map<String, String> firstFileByHash = new HashMap<>();
        int requests = 0;
        int errors = 0;
        BufferedWriter part = null;
        long partBytes = 0;
        int partLines = 0;
        List<ObjectNode> entries = new ArrayList<>();
        try {
            for (BatchInputs.Item item : items) {
                ObjectNode entry = JSON.createObjectNode();
                entry.put("file", item.file().toString());
                entry.put("image_sha256", item.imageSha256());
                String line = item.analysable() ? requestLine(item, options, question, model, entry) : null;
                if (line == null) {
                    if (!entry.has("error_class")) {
                        entry.put("error_class", item.errorClass());
                        entry.put("message", item.message());
                    }
                    entry.put("status", BatchRecord.STATUS_ERROR);
                    errors++;
                } else if (firstFileByHash.containsKey(item.imageSha256())) {
                    entry.put("custom_id", CUSTOM_ID_PREFIX + item.imageSha256());
                    entry.put("status", "duplicate");
                    entry.put("duplicate_of", firstFileByHash.get(item.imageSha256()));
                } else {
                    long lineBytes = line.getBytes(StandardCharsets.UTF_8).length + 1L;
                    if (lineBytes > maxFileBytes) {
                        entry.put("status", BatchRecord.STATUS_ERROR);
                        entry.put("error_class", "PAYLOAD_TOO_LARGE");
                        entry.put("message", item.file().getFileName() + ": request of " + lineBytes
                                + " bytes is larger than the input file limit of " + maxFileBytes + " bytes");
                        errors++;
                    } else {
                        if (part == null || partBytes + lineBytes > maxFileBytes || partLines >= maxLines) {
                            if (part != null) {
                                part.close();
                            }
                            parts.add(partPath(target, parts.size() + 1));
                            part = Files.newBufferedWriter(parts.get(parts.size() - 1), StandardCharsets.UTF_8);
                            partBytes = 0;
                            partLines = 0;
                        }
                        part.write(line);
                        part.write('\n');
                        partBytes += lineBytes;
                        partLines++;
                        requests++;
                        firstFileByHash.put(item.imageSha256(), item.file().toString());
                        entry.put("status", BatchRecord.STATUS_OK);
                        entry.put("input_file", parts.size());
                        entry.put("line", partLines);
                    }
                }
                entries.add(entry);
            }
        } finally {
            if (part != null) {
                part.close();
            }
        }
        if (parts.size() == 1) {
            Files.move(parts.get(0), target, StandardCopyOption.REPLACE_EXISTING);
            parts.set(0, target);
        }
        writeManifest(manifest, entries, parts);
        log.info("Wrote {} batch prediction requests to {} files and {} errors to {}", requests, parts.size(), errors,
                manifest.getFileName());
        return new Result(parts, manifest, requests, errors);
    }

    /** Builds one request line; on failure fills {@code entry} with the error and returns null. */
    private static String requestLine(BatchInputs.Item item, ModelInputOptions options, BatchQuestion question,
                                      String model, ObjectNode entry) throws JsonProcessingException {
        PreparedImage prepared;
        try {
            prepared = AnalysisPipeline.prepare(item.file(), 0, options);
        } catch (ImageLoadException e) {
            entry.put("error_class", e.reason().name());
            entry.put("message", e.getMessage());
            return null;
        }
        Question imageQuestion = question.forModality(prepared.image().modality());
        ObjectNode body = ChatCompletionsRequest.from(AnalysisPipeline.toRequest(prepared, imageQuestion),
                model == null ? "" : model).toJsonTree();
        entry.put("payload_sha256", AnalysisPipeline.sha256(prepared.payload().bytes()));
        ObjectNode line = JSON.createObjectNode();
        line.put("custom_id", CUSTOM_ID_PREFIX + item.imageSha256());
        line.put("method", "POST");
        line.put("url", CHAT_COMPLETIONS_URL);
        line.set("body", body);
        return JSON.writeValueAsString(line);
    }

    /** Writes the manifest, replacing each entry's part number by the input file's name. */
    private static void writeManifest(Path manifest, List<ObjectNode> entries, List<Path> parts) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            for (ObjectNode entry : entries) {
                if (entry.has("input_file")) {
                    entry.put("input_file", parts.get(entry.get("input_file").asInt() - 1).getFileName().toString());
                }
                out.write(JSON.writeValueAsString(entry));
                out.write('\n');
            }
        }
    }

    private static Path partPath(Path target, int number) {
        return target.resolveSibling(String.format(java.util.Locale.ROOT, "%s-%03d.jsonl", baseName(target), number));
    }

    private static String baseName(Path target) {
        String name = target.getFileName().toString();
        return name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
    }
}
