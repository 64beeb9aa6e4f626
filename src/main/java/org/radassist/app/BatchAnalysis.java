package org.radassist.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.EndpointException;
import org.radassist.inference.ErrorClass;
import org.radassist.inference.InferenceCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses many images against one endpoint with a fixed number of concurrent requests, writing
 * one line per image to a {@link BatchResults} file. Every request goes through
 * {@link AnalysisPipeline} and so writes its audit line. A file that cannot be analysed becomes
 * an error line; only a failure to write the results file ends the batch early.
 */
public final class BatchAnalysis {

    /** Error class of a line for an exception that no handler expects, such as a bug. */
    public static final String INTERNAL_ERROR = "INTERNAL";

    private static final Logger log = LoggerFactory.getLogger(BatchAnalysis.class);

    /** Receives the progress of a batch; calls come from the worker threads. */
    public interface Listener {
        /** Called once before the first request: the images to analyse and those skipped. */
        void planned(int total, int skipped);

        /** Called after each line is written. */
        void written(BatchRecord record);
    }

    private final ResolvedEndpoint endpoint;
    private final ModelInputOptions options;
    private final BatchQuestion question;
    private final AuditLog audit;
    private final int concurrency;
    private final Set<InferenceCall> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * @param audit the audit log for one line per request, or null for none
     * @param concurrency the maximum number of requests at the same time, at least 1
     */
    public BatchAnalysis(ResolvedEndpoint endpoint, ModelInputOptions options, BatchQuestion question, AuditLog audit,
                         int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.endpoint = endpoint;
        this.options = options;
        this.question = question;
        this.audit = audit;
        this.concurrency = concurrency;
    }

    /**
     * Analyses every item whose hash has no ok line in {@code results} yet and returns the counts.
     * Returns early, with {@link BatchSummary#stopped()} set, after {@link #stop()}.
     *
     * @throws IOException when a line cannot be written to the results file; the batch stops
     */
    public BatchSummary run(List<BatchInputs.Item> items, BatchResults results, Listener listener)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<BatchInputs.Item> todo = new ArrayList<>();
        for (BatchInputs.Item item : items) {
            if (!item.analysable() || !results.completed(item.imageSha256())) {
                todo.add(item);
            }
        }
        int skipped = items.size() - todo.size();
        listener.planned(todo.size(), skipped);
        log.info("Batch of {} images to {} with {} concurrent requests; {} skipped as already done", todo.size(),
                endpoint.config().host(), concurrency, skipped);

        Run run = new Run(todo, results, listener);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, workerThreads());
        for (int i = 0; i < concurrency; i++) {
            workers.execute(run::work);
        }
        workers.shutdown();
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
            // Waits for the workers, which end when the list is done or after stop().
        }
        if (run.writeFailure != null) {
            throw run.writeFailure;
        }
        int done = run.ok.get() + run.errorCount();
        BatchSummary summary = new BatchSummary(run.ok.get(), run.errorsByClass, skipped, todo.size() - done,
                System.nanoTime() - start, stopping);
        log.info("Batch {}: {} ok, {} errors, {} skipped, {} not done", stopping ? "stopped" : "finished",
                summary.ok(), summary.errors(), skipped, summary.notDone());
        return summary;
    }

    /**
     * Stops the batch: no further image starts and the requests in flight are cancelled, so their
     * images get no line and a rerun analyses them. Safe to call from any thread, such as a
     * shutdown hook.
     */
    public void stop() {
        stopping = true;
        for (InferenceCall call : inFlight) {
            call.cancel();
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "batch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The state of one run shared by its workers. */
    private final class Run {
        private final List<BatchInputs.Item> todo;
        private final BatchResults results;
        private final Listener listener;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger ok = new AtomicInteger();
        private final Map<String, Integer> errorsByClass = new ConcurrentHashMap<>();
        private volatile IOException writeFailure;

        Run(List<BatchInputs.Item> todo, BatchResults results, Listener listener) {
            this.todo = todo;
            this.results = results;
            this.listener = listener;
        }

        int errorCount() {
            return errorsByClass.values().stream().mapToInt(Integer::intValue).sum();
        }

        void work() {
            while (!stopping) {
                int index = next.getAndIncrement();
                if (index >= todo.size()) {
                    return;
                }
                BatchInputs.Item item = todo.get(index);
                BatchRecord record;
                try {
                    record = analyse(item);
                } catch (RuntimeException e) {
                    log.error("Batch analysis of {} failed unexpectedly", item.file().getFileName(), e);
                    record = BatchRecord.error(item.imageSha256(), item.file().toString(), INTERNAL_ERROR,
                            item.file().getFileName() + ": unexpected error: " + e, null, null, endpoint.demo());
                }
                if (record != null) {
                    write(record);
                }
            }
        }

        private void write(BatchRecord record) {
            try {
                results.append(record);
            } catch (IOException e) {
                log.error("Writing to {} failed: {}", results.file(), e.toString());
                writeFailure = e;
                stop();
                return;
            }
            if (record.ok()) {
                ok.incrementAndGet();
            } else {
                errorsByClass.merge(record.errorClass(), 1, Integer::sum);
            }
            listener.written(record);
        }

        /** Returns the item's line, or null when the batch was stopped before the image was done. */
        private BatchRecord analyse(BatchInputs.Item item) {
            String file = item.file().toString();
            if (!item.analysable()) {
                return BatchRecord.error(item.imageSha256(), file, item.errorClass(), item.message(), null, null,
                        false);
            }
            PreparedImage prepared;
            try {
                prepared = AnalysisPipeline.prepare(item.file(), 0, options);
            } catch (ImageLoadException e) {
                return BatchRecord.error(item.imageSha256(), file, e.reason().name(), firstLine(e), null, null, false);
            }
            if (stopping) {
                return null;
            }
            Question imageQuestion = question.forModality(prepared.image().modality());
            long start = System.nanoTime();
            List<InferenceCall> calls = new ArrayList<>(1);
            try {
                PayloadFit fit = AnalysisPipeline.fitPayload(prepared, options, imageQuestion, endpoint);
                AnalysisHooks hooks = new AnalysisHooks(call -> track(call, calls), null, null, audit);
                AnalysisResult result = AnalysisPipeline.analyze(fit.prepared(), imageQuestion, endpoint, hooks);
                return BatchRecord.ok(item.imageSha256(), file, result.findings(), result.completion().finishReason(),
                        result.completion().model(), result.requestNanos() / 1_000_000, result.demo());
            } catch (EndpointException e) {
                if (e.errorClass() == ErrorClass.CANCELLED && stopping) {
                    return null;
                }
                return BatchRecord.error(item.imageSha256(), file, e.errorClass().name(),
                        item.file().getFileName() + ": " + firstLine(e), endpoint.config().model(),
                        (System.nanoTime() - start) / 1_000_000, endpoint.demo());
            } catch (ImageLoadException e) {
                return BatchRecord.error(item.imageSha256(), file, e.reason().name(), firstLine(e), null, null, false);
            } finally {
                calls.forEach(inFlight::remove);
            }
        }

        private void track(InferenceCall call, List<InferenceCall> calls) {
            calls.add(call);
            inFlight.add(call);
            if (stopping) {
                call.cancel();
            }
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
