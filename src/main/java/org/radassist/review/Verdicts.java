package org.radassist.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The verdicts of one review. A {@code null} verdict means the reviewer has not judged that part
 * yet.
 *
 * @param diagnosis verdict on the diagnosis, or {@code null}
 * @param findings one entry per finding, in the order of {@link SessionFindings#findings()}; an
 *     entry is {@code null} until judged
 * @param impression verdict on the impression, or {@code null}
 */
public record Verdicts(Verdict diagnosis, List<Verdict> findings, Verdict impression) {

    public Verdicts {
        // List.copyOf rejects null entries, and null stands for "not judged yet".
        findings = findings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(findings));
    }

    public static Verdicts none() {
        return new Verdicts(null, List.of(), null);
    }

    /** Returns the verdict on finding {@code index}, or {@code null} when it has none. */
    public Verdict finding(int index) {
        return index < findings.size() ? findings.get(index) : null;
    }

    public Verdicts withDiagnosis(Verdict verdict) {
        return new Verdicts(verdict, findings, impression);
    }

    public Verdicts withImpression(Verdict verdict) {
        return new Verdicts(diagnosis, findings, verdict);
    }

    /** Returns these verdicts with finding {@code index} set, padding the list with {@code null}s. */
    public Verdicts withFinding(int index, Verdict verdict) {
        if (index < 0) {
            throw new IllegalArgumentException("Finding index must not be negative: " + index);
        }
        List<Verdict> updated = new ArrayList<>(findings);
        while (updated.size() <= index) {
            updated.add(null);
        }
        updated.set(index, verdict);
        return new Verdicts(diagnosis, updated, impression);
    }
}
