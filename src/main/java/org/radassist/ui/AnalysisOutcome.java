package org.radassist.ui;

import java.util.List;

/**
 * The parsed model response of one analysis, with the facts the UI shows about the request.
 *
 * @param diagnosis the DIAGNOSIS section, or {@code null} when the response has none
 * @param findings the FINDINGS items, empty when the response has none
 * @param impression the IMPRESSION section, or {@code null}
 * @param recommendations the RECOMMENDATIONS section, or {@code null}
 * @param answer the message content without the thought
 * @param rawContent the message content exactly as the endpoint returned it
 * @param thought the MedGemma 1.5 thinking text, or {@code null} when there was none
 * @param truncated whether max_tokens cut the response short (finish reason {@code length})
 * @param structured whether the parser found the requested sections
 * @param demo whether the response came from the embedded demo endpoint's recorded answers
 * @param model the model name the endpoint reported, or the configured one
 * @param endpointHost the endpoint's host (no credentials, no path)
 * @param finishReason the finish reason, for example {@code stop} or {@code length}
 * @param imageWidth width in pixels of the image sent
 * @param imageHeight height in pixels of the image sent
 * @param imageFormat the encoding of the image sent, for example "JPEG" or "PNG"
 * @param imageBytes size of the encoded image in bytes
 */
public record AnalysisOutcome(
        String diagnosis,
        List<String> findings,
        String impression,
        String recommendations,
        String answer,
        String rawContent,
        String thought,
        boolean truncated,
        boolean structured,
        boolean demo,
        String model,
        String endpointHost,
        String finishReason,
        int imageWidth,
        int imageHeight,
        String imageFormat,
        long imageBytes) {

    public AnalysisOutcome {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
