package org.radassist.review;

import java.util.Objects;

/**
 * The reviewer's verdict on one finding, the diagnosis or the impression.
 *
 * @param kind agree, disagree or edited
 * @param correctedText the reviewer's text for {@code EDITED}; {@code null} for the other kinds
 */
public record Verdict(VerdictKind kind, String correctedText) {

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        if (kind == VerdictKind.EDITED) {
            correctedText = Objects.requireNonNullElse(correctedText, "");
        } else {
            correctedText = null;
        }
    }

    public static Verdict agree() {
        return new Verdict(VerdictKind.AGREE, null);
    }

    public static Verdict disagree() {
        return new Verdict(VerdictKind.DISAGREE, null);
    }

    public static Verdict edited(String correctedText) {
        return new Verdict(VerdictKind.EDITED, correctedText);
    }
}
