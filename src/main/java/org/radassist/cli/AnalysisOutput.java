package org.radassist.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.radassist.app.AnalysisResult;
import org.radassist.findings.Findings;
import org.radassist.findings.ModelText;
import org.radassist.inference.Completion;
import org.radassist.inference.EncodedImage;
import org.radassist.inference.Usage;

/** Formats an analysis result for {@code analyze}: one JSON object, or text for a terminal. */
final class AnalysisOutput {

    static final String DEMO_LABEL = "RECORDED DEMO ANSWER: not model output.";
    static final String CAUTION = "Caution: model output is preliminary and needs independent verification; "
            + "it is not meant to directly inform diagnosis or treatment.";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisOutput() {
    }

    static String toJson(AnalysisResult result) throws JsonProcessingException {
        return toJson(result, result.sentImages());
    }

    /**
     * Formats the result as one JSON object. {@code images} lists every image sent, and {@code image}
     * repeats the first for callers written before multi-slice requests.
     */
    static String toJson(AnalysisResult result, List<EncodedImage> sent) throws JsonProcessingException {
        Findings findings = result.findings();
        Completion completion = result.completion();
        EncodedImage image = result.prepared().payload();

        ObjectNode root = MAPPER.createObjectNode();
        root.put("diagnosis", findings.diagnosis());
        ArrayNode list = root.putArray("findings");
        findings.findings().forEach(list::add);
        root.put("impression", findings.impression());
        root.put("recommendations", findings.recommendations());
        root.put("raw", completion.content());
        root.put("answer", findings.answer());
        root.put("thought", findings.thought());
        root.put("structured", findings.structured());
        root.put("finish_reason", completion.finishReason());
        root.put("truncated", findings.truncated());
        root.put("demo", result.demo());
        if (result.demo()) {
            root.put("demo_note", DEMO_LABEL);
        }
        root.put("model", completion.model());
        root.put("endpoint", result.endpointUrl());
        putImage(root.putObject("image"), image);
        ArrayNode images = root.putArray("images");
        for (EncodedImage each : sent) {
            putImage(images.addObject(), each);
        }
        ObjectNode usage = root.putObject("usage");
        Usage counts = completion.usage();
        if (counts != null && counts.known()) {
            usage.put("prompt_tokens", counts.promptTokens());
            usage.put("completion_tokens", counts.completionTokens());
            usage.put("total_tokens", counts.totalTokens());
        }
        ObjectNode timings = root.putObject("timings_ms");
        timings.put("prepare", result.prepared().prepareNanos() / 1e6);
        timings.put("request", result.requestNanos() / 1e6);
        return MAPPER.writeValueAsString(root);
    }

    /** Formats the result as lines for a terminal, with control and bidirectional characters removed. */
    static List<String> toText(AnalysisResult result) {
        return toText(result, result.sentImages());
    }

    /** Formats the result as {@link #toText(AnalysisResult)} does, with one "Image sent" line per image. */
    static List<String> toText(AnalysisResult result, List<EncodedImage> sent) {
        Findings findings = result.findings();
        List<String> lines = new ArrayList<>();
        if (result.demo()) {
            lines.add(DEMO_LABEL);
        }
        if (findings.truncated()) {
            lines.add("WARNING: the answer was cut at max_tokens (finish_reason length); it is incomplete.");
        }
        if (findings.structured()) {
            addSection(lines, "DIAGNOSIS", findings.diagnosis());
            if (!findings.findings().isEmpty()) {
                lines.add("FINDINGS:");
                for (String finding : findings.findings()) {
                    lines.add("  - " + finding);
                }
            }
            addSection(lines, "IMPRESSION", findings.impression());
            addSection(lines, "RECOMMENDATIONS", findings.recommendations());
        } else {
            lines.add("Note: the answer has no DIAGNOSIS or FINDINGS sections; it is shown as it came.");
            lines.add(findings.answer());
        }
        lines.add("");
        lines.add("Model: " + result.completion().model() + " at " + result.endpointUrl());
        for (int i = 0; i < sent.size(); i++) {
            EncodedImage image = sent.get(i);
            String label = sent.size() == 1 ? "Image sent: " : "Image sent (SLICE " + (i + 1) + "): ";
            if (image.isRemote()) {
                lines.add(label + "URL on host " + image.remoteHost() + ", downloaded by the endpoint");
            } else {
                lines.add(label + image.width() + "x" + image.height() + " " + image.mimeType() + ", "
                        + image.byteCount() + " bytes");
            }
        }
        lines.add(CAUTION);
        lines.replaceAll(ModelText::stripControlCharacters);
        return lines;
    }

    private static void putImage(ObjectNode node, EncodedImage image) {
        if (image.isRemote()) {
            node.put("format", "url");
            node.put("url_host", image.remoteHost());
            return;
        }
        node.put("width", image.width());
        node.put("height", image.height());
        node.put("format", image.mimeType().equals(EncodedImage.MIME_PNG) ? "png" : "jpeg");
        node.put("bytes", image.byteCount());
    }

    private static void addSection(List<String> lines, String heading, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(heading + ": " + text);
        }
    }
}
