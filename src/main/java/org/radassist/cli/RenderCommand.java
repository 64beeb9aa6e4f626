package org.radassist.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.radassist.imaging.CtWindowSet;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInputBuilder;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Writes the display rendering of a DICOM or PNG file as PNG, or with --model-input the "
                + "image that analyze would send, before encoding.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM or PNG file.")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "Output PNG file.")
    private Path out;

    @Option(names = "--frame", defaultValue = "0", paramLabel = "N",
            description = "Frame index, starting at 0 (default: 0).")
    private int frame;

    @Option(names = "--window", paramLabel = "auto|CENTER,WIDTH|PRESET",
            description = "Display window: auto (min-max), CENTER,WIDTH, or a CT preset (brain, subdural, stroke, "
                    + "lung, mediastinum, abdomen, liver, bone). Default: the file's first window, else min-max.")
    private String window;

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
        if (frame < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid --frame " + frame + ": frame indices start at 0.");
        }
        if (maxSide < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid --max-side " + maxSide + ": use 0 to keep the original size or a positive number.");
        }
        StudyImage image = ImageLoader.load(file, frame);
        BufferedImage rendered;
        if (modelInput) {
            ModelInputOptions options = ModelInputOptions.defaults().withMaxSide(maxSide).withCtWindows(ctWindows);
            rendered = ModelInputBuilder.prepareImage(image, options);
        } else {
            Window chosen = WindowOption.resolve(window, image, spec);
            rendered = DisplayRenderer.render(image, chosen);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(rendered, "png", out.toFile())) {
            throw new IOException("No PNG writer is available to write " + out);
        }
        spec.commandLine().getErr().println("Wrote " + out + " (" + rendered.getWidth() + " x "
                + rendered.getHeight() + (modelInput ? ", model input" : "") + ")");
        return ExitCodes.OK;
    }
}
