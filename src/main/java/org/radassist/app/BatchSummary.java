package org.radassist.app;

import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a finished or stopped batch.
 *
 * @param ok images with an ok line written in this run
 * @param errorsByClass error lines written in this run, by error class, sorted by name
 * @param skipped images skipped because the results file already had an ok line for them
 * @param notDone images not analysed because the batch was stopped
 * @param elapsedNanos time from the start of the run to its end
 * @param stopped whether the batch was stopped before every image was done
 */
public record BatchSummary(int ok, Map<String, Integer> errorsByClass, int skipped, int notDone, long elapsedNanos,
                           boolean stopped) {

    public BatchSummary {
        errorsByClass = Map.copyOf(new TreeMap<>(errorsByClass));
    }

    public int errors() {
        return errorsByClass.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Returns the error classes and their counts as {@code CLASS n, CLASS n}, sorted by class. */
    public String errorBreakdown() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(errorsByClass).forEach((errorClass, count) ->
                text.append(text.length() == 0 ? "" : ", ").append(errorClass).append(' ').append(count));
        return text.toString();
    }
}
