package org.radassist.cli;

import java.util.Locale;
import org.radassist.imaging.CtWindowSet;
import org.radassist.imaging.ImageFormat;
import org.radassist.imaging.ModelInputOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code analyze} and {@code batch} that set max_tokens and the encoding and size
 * of the image sent. The descriptions are {@code analyze}'s; {@code batch} replaces them through
 * the description keys in its resource bundle, BatchCommand.properties.
 */
final class ImageRequestOptions {

    @Option(names = "--max-tokens", defaultValue = "0", paramLabel = "N", descriptionKey = "max-tokens",
            description = "max_tokens of the request (default: 500, or 1500 with --thinking).")
    int maxTokens;

    @Option(names = "--image-format", defaultValue = "jpeg", paramLabel = "jpeg|png", descriptionKey = "image-format",
            description = "Encoding of the image: jpeg (quality 95, default) or png (lossless).")
    String imageFormat;

    @Option(names = "--max-side", defaultValue = "896", paramLabel = "PIXELS", descriptionKey = "max-side",
            description = "Largest side of the image sent, in pixels; 0 keeps the original size (default: 896).")
    int maxSide;

    /** Rejects a negative {@code --max-side} or {@code --max-tokens}. */
    void validate(CommandSpec spec) {
        if (maxSide < 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --max-side " + maxSide + ": use 0 to keep the original size or a positive number.");
        }
        if (maxTokens < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid --max-tokens " + maxTokens + ": must be positive.");
        }
    }

    /** Returns the default model input options with {@code --image-format}, {@code --max-side} and these CT windows. */
    ModelInputOptions modelInputOptions(CtWindowSet ctWindows, CommandSpec spec) {
        return ModelInputOptions.defaults()
                .withFormat(parseImageFormat(spec))
                .withMaxSide(maxSide)
                .withCtWindows(ctWindows);
    }

    private ImageFormat parseImageFormat(CommandSpec spec) {
        switch (imageFormat.trim().toLowerCase(Locale.ROOT)) {
            case "jpeg":
            case "jpg":
                return ImageFormat.JPEG;
            case "png":
                return ImageFormat.PNG;
            default:
                throw new ParameterException(spec.commandLine(),
                        "Invalid --image-format '" + imageFormat + "': use jpeg or png.");
        }
    }
}
