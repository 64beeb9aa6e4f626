package org.radassist.review;

import java.util.List;
import java.util.Objects;
import org.radassist.findings.Findings;

/**
 * The model's answer as the review session stores it: the parsed sections of
 * {@link Findings} plus the raw message content exactly as the endpoint returned it.
 *
 * @param diagnosis the DIAGNOSIS section, "" when absent
 * @param findings the FINDINGS items
 * @param impression the IMPRESSION section, "" when absent
 * @param recommendations the RECOMMENDATIONS section, "" when absent
 * @param raw the message content as returned, thought included
 * @param thought MedGemma 1.5 thought text, or {@code null}
 * @param truncated whether max_tokens cut the answer
 */
public record SessionFindings(
        String diagnosis,
        List<String> findings,
        String impression,
        String recommendations,
        String raw,
        String thought,
        boolean truncated) {

    public SessionFindings {
        diagnosis = Objects.requireNonNullElse(diagnosis, "");
        findings = findings == null ? List.of() : List.copyOf(findings);
        impression = Objects.requireNonNullElse(impression, "");
        recommendations = Objects.requireNonNullElse(recommendations, "");
        raw = Objects.requireNonNullElse(raw, "");
    }

    public static SessionFindings of(Findings parsed, String raw) {
        return new SessionFindings(parsed.diagnosis(), parsed.findings(), parsed.impression(),
                parsed.recommendations(), raw, parsed.thought(), parsed.truncated());
    }
}
