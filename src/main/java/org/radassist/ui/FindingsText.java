package org.radassist.ui;

import java.util.List;

/**
 * The findings as plain text for the clipboard: diagnosis, findings as a list, impression,
 * recommendations when present, then the model card's caution. A response without the requested
 * sections is copied as the full response text.
 */
final class FindingsText {

    private FindingsText() {
    }

    static String of(FindingsModel findings, Localization text) {
        StringBuilder out = new StringBuilder();
        if (findings.structuredProperty().get()) {
            section(out, text.get("findings.diagnosis"), findings.diagnosisProperty().get());
            List<String> items = findings.findings();
            if (!items.isEmpty()) {
                out.append(text.get("findings.findings")).append(":\n");
                for (String item : items) {
                    out.append("- ").append(item).append('\n');
                }
                out.append('\n');
            }
            section(out, text.get("findings.impression"), findings.impressionProperty().get());
            section(out, text.get("findings.recommendations"), findings.recommendationsProperty().get());
        } else {
            section(out, text.get("findings.raw"), findings.rawContentProperty().get());
        }
        out.append(text.get("findings.caution")).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, String body) {
        if (body != null && !body.isBlank()) {
            out.append(heading).append(":\n").append(body.strip()).append("\n\n");
        }
    }
}
