package org.radassist.app;

import java.util.List;
import org.radassist.findings.Findings;
import org.radassist.inference.Completion;
import org.radassist.inference.EncodedImage;

/**
 * The outcome of one analysis.
 *
 * @param prepared the image sent, or the first slice of a multi-slice request
 * @param demo whether the answer is a recorded demo answer, not model output
 * @param requestNanos time from handing the request to the HTTP client to the parsed response
 * @param sentImages every image the request carried, in request order
 */
public record AnalysisResult(Findings findings, Completion completion, PreparedImage prepared, boolean demo,
                             String endpointUrl, long requestNanos, List<EncodedImage> sentImages) {

    public AnalysisResult {
        sentImages = List.copyOf(sentImages);
    }
}
