package org.radassist.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.radassist.imaging.CtWindowSet;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInputBuilder;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.imaging.OverlayPlanes;
import org.radassist.imaging.StudyImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Writes the display rendering of a DICOM or PNG file as PNG, or with --model-input the "
                + "image that analyze would send, before encoding. With --out-dir it renders many files, or "
                + "every file in a folder, in one run.")
final class RenderCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RenderCommand.class);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "DICOM or PNG file; with --out-dir also several files or folders (their files, "
                    + "not subfolders).")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "PNG", description = "Output PNG file, for one input file. An output "
            + "path that cannot be written (a directory, a missing permission, '-') or that has an extension "
            + "other than .png ends with exit status 2.")
    private Path out;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Output folder: each input NAME.dcm is written as DIR/NAME.png.")
    private Path outDir;

    @Option(names = "--frame", defaultValue = "0", paramLabel = "N",
            description = "Frame index, starting at 0 (default: 0).")
    private int frame;

    @Option(names = "--window", paramLabel = "auto|CENTER,WIDTH|PRESET",
            description = "Display window of grey images: auto (min-max), CENTER,WIDTH, or a CT preset (brain, "
                    + "subdural, stroke, lung, mediastinum, abdomen, liver, bone). Default: the file's first window "
                    + "with its VOI LUT Function, else its VOI LUT, else min-max. Colour images are written as they "
                    + "are, with a note that the window does not apply.")
    private String window;

    private WindowOption windowOption;

    /** Whether the note that --window does not apply to colour images was printed in this run. */
    private final AtomicBoolean colourWindowNoted = new AtomicBoolean();

    @Option(names = "--overlays",
            description = "Draw the file's overlay planes (groups 60xx) in white on the display rendering.")
    private boolean overlays;

    @Option(names = "--model-input",
            description = "Write the model input (CT three-window RGB, padded to a square, scaled) instead.")
    private boolean modelInput;

    @Option(names = "--max-side", defaultValue = "896", paramLabel = "PIXELS",
            description = "With --model-input: largest side in pixels; 0 keeps the original size (default: 896).")
    private int maxSide;

    @Option(names = "--ct-windows", defaultValue = "NOTEBOOK", paramLabel = "NOTEBOOK|SERVING_CODE",
            description = "With --model-input: the CT green channel's window, -135..215 HU (NOTEBOOK, default) "
                    + "or 135..215 HU (SERVING_CODE).")
    private CtWindowSet ctWindows;

    @Override
    public Integer call() throws IOException {
        validateOptions();
        if (out != null) {
            rejectOutputOntoInput(inputs.get(0), out);
            PngOutput.checkPngExtension(out, spec);
            BufferedImage rendered = renderFile(inputs.get(0), out);
            spec.commandLine().getErr().println("Wrote " + out + " (" + rendered.getWidth() + " x "
                    + rendered.getHeight() + (modelInput ? ", model input" : "") + ")");
            return ExitCodes.OK;
        }
        List<Path> files = listInputFiles();
        for (Path file : files) {
            rejectOutputOntoInput(file, outDir.resolve(pngName(file)));
        }
        return renderAll(files);
    }

    /**
     * Rejects an output path that is the input file itself, also through another relative path,
     * a symbolic link or a hard link, because writing the PNG would destroy the input.
     */
    private void rejectOutputOntoInput(Path input, Path target) {
        boolean same;
        try {
            same = Files.exists(target) && Files.exists(input) && Files.isSameFile(input, target);
        } catch (IOException e) {
            // The input's own read error is reported when it is loaded.
            return;
        }
        if (same) {
            throw new ParameterException(spec.commandLine(), "Invalid output " + target
                    + ": it is the input file " + input + ", which writing the PNG would overwrite.");
        }
    }

    private void validateOptions() {
        windowOption = WindowOption.parse(window, spec);
        if (frame < 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --frame " + frame + ": frame indices start at 0.");
        }
        if (maxSide < 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --max-side " + maxSide + ": use 0 to keep the original size or a positive number.");
        }
        if (overlays && modelInput) {
            throw new ParameterException(spec.commandLine(),
                    "--overlays applies to the display rendering only; the model input never contains overlays.");
        }
        if ((out == null) == (outDir == null)) {
            throw new ParameterException(spec.commandLine(), "Give either --out PNG (one file) or --out-dir DIR.");
        }
        if (out != null) {
            PngOutput.checkFile(out, spec);
        } else {
            PngOutput.checkFolder(outDir, spec);
        }
        if (out != null && (inputs.size() != 1 || Files.isDirectory(inputs.get(0)))) {
            throw new ParameterException(spec.commandLine(),
                    "--out takes one input file; use --out-dir DIR for several files or a folder.");
        }
    }

    /** Returns the input files, with each folder replaced by its regular, non-hidden files in name order. */
    private List<Path> listInputFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> children = Files.list(input)) {
                children.filter(Files::isRegularFile)
                        .filter(child -> !child.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /**
     * Renders every file into the output folder, on as many threads as there are processors. A
     * file that fails is reported on one line, in input order, the others still run, and the exit
     * status is then 3. An output path that cannot be written stops the run with exit status 2.
     */
    private int renderAll(List<Path> files) throws IOException {
        PngOutput.createFolder(outDir, spec);
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "radassist-render");
            thread.setDaemon(true);
            return thread;
        });
        int failed = 0;
        try {
            List<Future<?>> results = new ArrayList<>(files.size());
            for (Path file : files) {
                // The task returns null so that finished images are not kept until the loop ends.
                results.add(pool.submit(() -> {
                    renderFile(file, outDir.resolve(pngName(file)));
                    return null;
                }));
            }
            for (Future<?> result : results) {
                String failure = awaitRender(result);
                if (failure != null) {
                    failed++;
                    spec.commandLine().getErr().println("radassist: " + failure);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        spec.commandLine().getErr().println("Wrote " + (files.size() - failed) + " of " + files.size()
                + " images to " + outDir + (modelInput ? " (model input)" : ""));
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_UNREADABLE;
    }

    /**
     * Waits for one file's rendering and returns its error message, or null when it was written.
     * Errors other than an unreadable input (an unwritable output, a defect) are thrown again.
     */
    private static String awaitRender(Future<?> result) throws IOException {
        try {
            result.get();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException readError) {
                return readError.getMessage();
            }
            if (cause instanceof RuntimeException runtimeError) {
                throw runtimeError;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while rendering");
        }
    }

    /** Returns NAME.png for NAME.dcm, NAME.png for NAME, and NAME.png for NAME.png. */
    static String pngName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".png";
    }

    private BufferedImage renderDisplay(StudyImage image) {
        if (!image.isGrey()) {
            if (!windowOption.isFileDefault() && colourWindowNoted.compareAndSet(false, true)) {
                spec.commandLine().getErr().println("Note: --window applies to grey images only, so "
                        + image.path().getFileName() + ", a colour (" + image.photometricInterpretation()
                        + ") image, is written as it is.");
            }
            return DisplayRenderer.render(image);
        }
        if (windowOption.isFileDefault()) {
            return DisplayRenderer.render(image);
        }
        return DisplayRenderer.render(image, windowOption.resolve(image));
    }

    private BufferedImage renderFile(Path file, Path target) throws IOException {
        BufferedImage rendered;
        try {
            rendered = renderImage(file);
        } catch (ParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            // A defect that a file's content triggers still ends in one line naming the file, and
            // the stack trace goes to the log file only.
            LOG.warn("Rendering {} failed", file.getFileName(), e);
            throw new ImageLoadException(file, ImageLoadException.Reason.READ_FAILED,
                    file.getFileName() + ": rendering failed: " + e, e);
        }
        PngOutput.write(rendered, target, spec);
        return rendered;
    }

    private BufferedImage renderImage(Path file) throws ImageLoadException {
        StudyImage image = ImageLoader.load(file, frame);
        BufferedImage rendered;
        if (modelInput) {
            ModelInputOptions options = ModelInputOptions.defaults().withMaxSide(maxSide).withCtWindows(ctWindows);
            rendered = ModelInputBuilder.prepareImage(image, options);
        } else {
            rendered = renderDisplay(image);
            if (overlays) {
                OverlayPlanes.draw(rendered, OverlayPlanes.of(image));
            }
        }
        return rendered;
    }
}
