package org.radassist.app;

import org.radassist.findings.Findings;
import org.radassist.inference.Completion;

/**
 * The outcome of one analysis.
 *
 * @param demo whether the answer is a recorded demo answer, not model output
 * @param requestNanos time from handing the request to the HTTP client to the parsed response
 */
public record AnalysisResult(Findings findings, Completion completion, PreparedImage prepared, boolean demo,
                             String endpointUrl, long requestNanos) {
}
