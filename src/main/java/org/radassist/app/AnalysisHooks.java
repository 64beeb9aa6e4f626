package org.radassist.app;

import java.util.function.Consumer;
import org.radassist.inference.InferenceCall;
import org.radassist.inference.RetryListener;

/**
 * What a caller of {@link AnalysisPipeline#analyze} observes while a request runs. Every callback
 * runs on the thread that runs the analysis.
 *
 * @param onCall receives the call before it is sent, so another thread can cancel it; may be null
 * @param onDelta receives each piece of the answer as it streams in; null sends the request without streaming
 * @param onRetry called before each wait for a retry after HTTP 429, 502, 503 or 504; may be null
 * @param audit the audit log that gets one record per request; null writes none
 */
public record AnalysisHooks(Consumer<InferenceCall> onCall, Consumer<String> onDelta, RetryListener onRetry,
                            AuditLog audit) {

    public static AnalysisHooks none() {
        return new AnalysisHooks(null, null, null, null);
    }
}
