package org.radassist.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.radassist.findings.Findings;

/**
 * One line of a batch results file ({@code results.jsonl}): the outcome of one image.
 *
 * <p>An {@code ok} line has {@code image_sha256}, {@code file}, {@code status}, {@code findings}
 * ({@code diagnosis}, {@code findings}, {@code impression}), {@code finish_reason},
 * {@code truncated}, {@code model}, {@code latency_ms} and {@code demo}. An {@code error} line has
 * {@code error_class} and {@code message} in place of the findings.
 *
 * @param imageSha256 hex SHA-256 of the image file's bytes, or null when the file cannot be read
 * @param file the file as the batch found it (relative when the command line named it so)
 * @param status {@link #STATUS_OK} or {@link #STATUS_ERROR}
 * @param findings the parsed answer of an ok line, else null
 * @param finishReason the answer's finish reason, or null
 * @param errorClass the machine-readable cause of an error line (an {@code ImageLoadException},
 *     {@code ScanProblem} or {@code ErrorClass} name), else null
 * @param message one line naming the file and the reason, for an error line; else null
 * @param model the model that answered, or null
 * @param latencyMillis time of the request in milliseconds, or null when none was sent
 * @param demo whether the answer is a recorded demo answer rather than model output
 */
public record BatchRecord(String imageSha256, String file, String status, Findings findings, String finishReason,
                          String errorClass, String message, String model, Long latencyMillis, boolean demo) {

    public static final String STATUS_OK = "ok";
    public static final String STATUS_ERROR = "error";

    private static final ObjectMapper JSON = new ObjectMapper();

    static BatchRecord ok(String imageSha256, String file, Findings findings, String finishReason, String model,
                          Long latencyMillis, boolean demo) {
        return new BatchRecord(imageSha256, file, STATUS_OK, findings, finishReason, null, null, model,
                latencyMillis, demo);
    }

    static BatchRecord error(String imageSha256, String file, String errorClass, String message, String model,
                             Long latencyMillis, boolean demo) {
        return new BatchRecord(imageSha256, file, STATUS_ERROR, null, null, errorClass, message, model,
                latencyMillis, demo);
    }

    public boolean ok() {
        return STATUS_OK.equals(status);
    }

    /** Formats the record as one line of JSON, without the line feed. */
    public String toJsonLine() {
        ObjectNode root = JSON.createObjectNode();
        root.put("image_sha256", imageSha256);
        root.put("file", file);
        root.put("status", status);
        if (ok()) {
            ObjectNode node = root.putObject("findings");
            node.put("diagnosis", findings.diagnosis());
            ArrayNode list = node.putArray("findings");
            findings.findings().forEach(list::add);
            node.put("impression", findings.impression());
            root.put("finish_reason", finishReason);
            root.put("truncated", findings.truncated());
        } else {
            root.put("error_class", errorClass);
            root.put("message", message);
        }
        root.put("model", model);
        if (latencyMillis == null) {
            root.putNull("latency_ms");
        } else {
            root.put("latency_ms", latencyMillis);
        }
        root.put("demo", demo);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers always serialises", e);
        }
    }

    /**
     * Reads the fields that resuming and summaries need from one results line.
     *
     * @throws JsonProcessingException when the line is not a JSON object with a {@code status}
     */
    static BatchRecord parse(String line) throws JsonProcessingException {
        JsonNode root = JSON.readTree(line);
        if (root == null || !root.isObject() || !root.path("status").isTextual()) {
            throw new JsonProcessingException("not a batch results line") {
            };
        }
        Findings findings = null;
        JsonNode node = root.path("findings");
        if (node.isObject()) {
            List<String> list = new ArrayList<>();
            node.path("findings").forEach(item -> list.add(item.asText()));
            findings = new Findings(text(node, "diagnosis"), list, text(node, "impression"), null, null, null,
                    root.path("truncated").asBoolean(false), true);
        }
        JsonNode latency = root.path("latency_ms");
        return new BatchRecord(text(root, "image_sha256"), text(root, "file"), root.path("status").asText(),
                findings, text(root, "finish_reason"), text(root, "error_class"), text(root, "message"),
                text(root, "model"), latency.isNumber() ? latency.asLong() : null, root.path("demo").asBoolean(false));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
