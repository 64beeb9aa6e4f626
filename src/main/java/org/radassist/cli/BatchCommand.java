package org.radassist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.radassist.app.AuditLog;
import org.radassist.app.BatchAnalysis;
import org.radassist.app.BatchInputs;
import org.radassist.app.BatchQuestion;
import org.radassist.app.BatchResults;
import org.radassist.app.BatchSummary;
import org.radassist.app.EndpointResolver;
import org.radassist.app.EndpointSettings;
import org.radassist.app.ResolvedEndpoint;
import org.radassist.app.Settings;
import org.radassist.app.VertexBatchExport;
import org.radassist.app.VertexBatchImport;
import org.radassist.imaging.CtWindowSet;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.ErrorClass;
import org.radassist.inference.RetryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        resourceBundle = "org.radassist.cli.BatchCommand",
        description = {"Analyses every image under files, folders (recursively) and DICOMDIRs, one request per image "
                + "file, and appends one JSON line per image to the results file. A rerun skips images that already "
                + "have an ok line and retries the errors; Ctrl-C stops cleanly.",
                "With --export-vertex it writes Vertex AI batch prediction input instead; with --import-vertex it "
                        + "reads the job's output into the results file.",
                "Exit status: 0 when every image is ok, 3 when an input file failed, 4 when a request failed, "
                        + "130 when stopped."})
final class BatchCommand implements Callable<Integer> {

    /** Exit status of a batch stopped by Ctrl-C, as shells report a process ended by SIGINT. */
    static final int STOPPED = 130;
    private static final long STOP_WAIT_SECONDS = 30;

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "DICOM or PNG files, folders (scanned recursively) or DICOMDIR files.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Results file, JSON Lines; appended to on a rerun.")
    private Path out;

    @Mixin
    private EndpointOptions endpointOptions = new EndpointOptions();

    @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N",
            description = "Requests at the same time (default: 4, what a Model Garden MedGemma deployment serves at once).")
    private int concurrency;

    @Option(names = "--history", paramLabel = "TEXT", description = "Clinical history sent with every image.")
    private String history;

    @Mixin
    private PromptOptions promptOptions = new PromptOptions();

    @Mixin
    private ImageRequestOptions imageRequestOptions = new ImageRequestOptions();

    @Option(names = "--export-vertex", paramLabel = "FILE.jsonl",
            description = "Write Vertex AI batch prediction input (and FILE.manifest.jsonl) instead of sending requests.")
    private Path exportVertex;

    @Option(names = "--vertex-max-file-bytes", paramLabel = "BYTES", defaultValue = "" + VertexBatchExport.DEFAULT_MAX_FILE_BYTES,
            description = "Maximum size in bytes of one input file of --export-vertex (default: 1000000000).")
    private long vertexMaxFileBytes;

    @Option(names = "--vertex-max-lines", paramLabel = "N", defaultValue = "" + VertexBatchExport.DEFAULT_MAX_LINES,
            description = "Maximum number of requests in one input file of --export-vertex (default: 1000000).")
    private int vertexMaxLines;

    @Option(names = "--import-vertex", paramLabel = "OUTPUT.jsonl", arity = "1..*",
            description = "Read Vertex AI batch prediction output files into the results file (--out).")
    private List<Path> importVertex;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Manifest written by --export-vertex; --import-vertex uses it to name the files.")
    private Path manifest;

    BatchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        validateOptions();
        PrintWriter err = spec.commandLine().getErr();
        if (importVertex != null) {
            return importOutput(err);
        }
        List<BatchInputs.Item> items = BatchInputs.expand(paths);
        err.printf(Locale.ROOT, "Found %d files (%d not analysable).%n", items.size(),
                items.stream().filter(item -> !item.analysable()).count());
        if (exportVertex != null) {
            return export(items, err);
        }
        return analyse(items, err);
    }

    private int analyse(List<BatchInputs.Item> items, PrintWriter err) throws IOException, InterruptedException {
        Settings saved = context.loadSettings(err);
        EndpointSettings endpointSettings = endpointOptions.resolve(saved, promptOptions.model, spec);
        if (endpointOptions.fallsBackToDemo(saved)) {
            err.println("No endpoint is configured: using the embedded demo endpoint. Its answers are recorded demo "
                    + "answers, not model output.");
        }
        try (EndpointResolver resolver = new EndpointResolver(RetryPolicy.defaults());
             BatchResults results = BatchResults.open(out)) {
            ResolvedEndpoint endpoint = resolver.resolve(endpointSettings);
            BatchAnalysis batch = new BatchAnalysis(endpoint, modelInputOptions(), question(), AuditLog.in(context.dirs()),
                    concurrency);
            BatchProgress progress = new BatchProgress(err, BatchProgress.stderrIsTerminal());
            CountDownLatch finished = new CountDownLatch(1);
            Thread stopper = new Thread(() -> {
                batch.stop();
                try {
                    finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "batch-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                BatchSummary summary = batch.run(items, results, progress);
                progress.finish();
                err.println(BatchProgress.summary(summary, out));
                return exitStatus(summary);
            } finally {
                finished.countDown();
                removeShutdownHook(stopper);
            }
        }
    }

    private int export(List<BatchInputs.Item> items, PrintWriter err) throws IOException {
        VertexBatchExport.Result result = VertexBatchExport.export(items, exportVertex, modelInputOptions(), question(),
                promptOptions.model, vertexMaxFileBytes, vertexMaxLines);
        err.printf(Locale.ROOT, "Wrote %d requests to %s and the manifest %s; %d images could not be exported "
                + "(listed in the manifest).%n", result.requests(), result.inputFiles(), result.manifest(), result.errors());
        return result.errors() > 0 ? ExitCodes.INPUT_UNREADABLE : ExitCodes.OK;
    }

    private int importOutput(PrintWriter err) throws IOException {
        try (BatchResults results = BatchResults.open(out)) {
            BatchProgress progress = new BatchProgress(err, false);
            BatchSummary summary = VertexBatchImport.importOutput(importVertex, manifest, results, progress);
            err.println(BatchProgress.summary(summary, out));
            return exitStatus(summary);
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook, which returns once the batch ended.
        }
    }

    /** Returns 130 when stopped, 4 when a request failed, 3 when only input files failed, else 0. */
    static int exitStatus(BatchSummary summary) {
        if (summary.stopped()) {
            return STOPPED;
        }
        if (summary.errors() == 0) {
            return ExitCodes.OK;
        }
        boolean endpointFailed = Arrays.stream(ErrorClass.values()).map(Enum::name)
                .anyMatch(summary.errorsByClass()::containsKey)
                || summary.errorsByClass().containsKey(VertexBatchImport.PREDICTION_FAILED);
        return endpointFailed ? ExitCodes.ENDPOINT_FAILED : ExitCodes.INPUT_UNREADABLE;
    }

    private BatchQuestion question() {
        return new BatchQuestion(promptOptions.templateId, promptOptions.prompt, history == null ? "" : history,
                promptOptions.systemPrompt, false, imageRequestOptions.maxTokens, promptOptions.model);
    }

    private ModelInputOptions modelInputOptions() {
        return imageRequestOptions.modelInputOptions(CtWindowSet.NOTEBOOK, spec);
    }

    private void validateOptions() {
        int modes = (exportVertex != null ? 1 : 0) + (importVertex != null ? 1 : 0);
        if (modes > 1) {
            throw new ParameterException(spec.commandLine(), "Use either --export-vertex or --import-vertex, not both.");
        }
        if (importVertex == null && paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing PATH: name at least one file, folder or DICOMDIR.");
        }
        if (importVertex != null && !paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--import-vertex takes output files only; remove the PATH arguments " + paths + ".");
        }
        if (exportVertex == null && out == null) {
            throw new ParameterException(spec.commandLine(), "Missing --out FILE: the results file to write.");
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --concurrency " + concurrency + ": use a number from 1 to 64.");
        }
        imageRequestOptions.validate(spec);
        if (vertexMaxFileBytes < 1 || vertexMaxLines < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --vertex-max-file-bytes or --vertex-max-lines: must be positive.");
        }
        promptOptions.validate(spec);
    }
}
