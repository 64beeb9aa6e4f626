package org.radassist.app;

import java.io.IOException;
import java.util.List;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.ContextBudget;
import org.radassist.inference.EndpointException;
import org.radassist.study.Series;
import org.radassist.study.SliceSampling;
import org.radassist.ui.AnalysisProgress;
import org.radassist.ui.CancelHandle;
import org.radassist.ui.SliceRequest;
import org.radassist.ui.WorkbenchException;
import org.radassist.ui.WorkbenchException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The GUI's multi-slice analysis, built on {@link MultiSliceAnalysis} as the command line is. */
final class SliceAnalysisJob {

    private static final Logger log = LoggerFactory.getLogger(SliceAnalysisJob.class);

    private SliceAnalysisJob() {
    }

    /**
     * Resolves the slices, checks their count against the profile's max images, prepares them,
     * fits them into the maximum payload and sends them in one request.
     *
     * @throws WorkbenchException with reason TOO_MANY_IMAGES before anything is prepared or sent, or CANCELLED
     */
    static AnalysisResult analyze(SliceRequest request, Question question, ResolvedEndpoint endpoint,
                                  ModelInputOptions options, AnalysisHooks hooks, AnalysisProgress progress,
                                  CancelHandle cancel) throws IOException, WorkbenchException {
        if (!(request.series().handle() instanceof Series series)) {
            throw new IllegalArgumentException("The series was not opened by this service: " + request.series());
        }
        List<Integer> indices = request.evenlySampled() > 0
                ? SliceSampling.uniform(series.imageCount(), Math.min(request.evenlySampled(), series.imageCount()))
                : request.sliceIndices();
        try {
            MultiSliceAnalysis.checkImageCount(indices.size(), endpoint,
                    "raise Max images per request in the endpoint settings, or send fewer slices");
        } catch (EndpointException e) {
            throw new WorkbenchException(Reason.TOO_MANY_IMAGES, e.getMessage(), e);
        }
        log.info("Sending {} of {} slices of series {}: {}", indices.size(), series.imageCount(),
                series.seriesNumber(), indices.stream().map(i -> i + 1).toList());
        List<PreparedImage> slices = MultiSliceAnalysis.prepare(series, indices, options);
        if (cancel.isCancelled()) {
            throw new WorkbenchException(Reason.CANCELLED, "The analysis was cancelled.");
        }
        PayloadFit fit = MultiSliceAnalysis.fitPayload(slices, options, question, null, endpoint);
        if (fit.note() != null) {
            progress.onNotice(fit.note());
        }
        ContextBudget budget = MultiSliceAnalysis.contextBudget(fit.images(), question, null, endpoint);
        if (budget.exceeded()) {
            progress.onNotice(AnalysisPipeline.contextMessage(budget, endpoint));
        }
        return MultiSliceAnalysis.analyze(fit.images(), question, null, endpoint, hooks);
    }
}
