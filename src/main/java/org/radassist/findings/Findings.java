package org.radassist.findings;

import java.util.List;

/**
 * The model's answer split into report sections.
 *
 * @param diagnosis text of the DIAGNOSIS section, "" when absent
 * @param findings items of the FINDINGS section, one finding each, empty when absent
 * @param impression text of the IMPRESSION section, "" when absent
 * @param recommendations text of the RECOMMENDATION(S) section, "" when absent
 * @param answer the whole answer without thought text, trimmed
 * @param thought MedGemma 1.5 thought text, or {@code null} when the answer has none
 * @param truncated whether max_tokens cut the answer ({@code finish_reason} {@code length})
 * @param structured whether at least one section heading was found
 */
public record Findings(
        String diagnosis,
        List<String> findings,
        String impression,
        String recommendations,
        String answer,
        String thought,
        boolean truncated,
        boolean structured) {

    public Findings {
        findings = List.copyOf(findings);
    }
}
