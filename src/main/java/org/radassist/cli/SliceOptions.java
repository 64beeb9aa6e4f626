package org.radassist.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.radassist.app.EndpointSettings;
import org.radassist.study.Series;
import org.radassist.study.SeriesSelection;
import org.radassist.study.SliceSampling;
import org.radassist.study.StudyScanner;
import org.radassist.study.StudySet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of {@code analyze} for a multi-slice request and for the limits of the request. */
final class SliceOptions {

    @Option(names = "--slices", paramLabel = "N",
            description = "Send N slices sampled evenly across the series of a folder or DICOMDIR "
                    + "(MedGemma 1.5 multi-slice form).")
    Integer sliceCount;

    @Option(names = "--slice-indices", split = ",", paramLabel = "N,N,...",
            description = "Send these 1-based slices of the series, in this order, instead of --slices.")
    List<Integer> sliceNumbers;

    @Option(names = "--series", paramLabel = "UID",
            description = "Series Instance UID of the series to read (default: the CT series with the most slices).")
    String seriesUid;

    @Option(names = "--max-images", paramLabel = "N",
            description = "Images allowed per request, replacing the profile's max images (default: the profile's, 1).")
    Integer maxImages;

    @Option(names = "--deadline", defaultValue = "300", paramLabel = "SECONDS",
            description = "Total time limit of the request across retries, in seconds (default: 300).")
    int deadlineSeconds;

    /** Returns whether the command sends several slices. */
    boolean multiSlice() {
        return sliceCount != null || sliceNumbers != null;
    }

    void validate(CommandSpec spec) {
        if (sliceCount != null && sliceNumbers != null) {
            throw new ParameterException(spec.commandLine(), "Use either --slices or --slice-indices, not both.");
        }
        if (sliceCount != null && sliceCount < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid --slices " + sliceCount + ": send at least 1 slice.");
        }
        if (seriesUid != null && !multiSlice()) {
            throw new ParameterException(spec.commandLine(), "--series needs --slices or --slice-indices.");
        }
        if (maxImages != null && maxImages < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid --max-images " + maxImages + ": must be positive.");
        }
        if (deadlineSeconds < 1) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid --deadline " + deadlineSeconds + ": must be a positive number of seconds.");
        }
    }

    /** Returns the settings with {@code --max-images} applied, or unchanged without it. */
    EndpointSettings applyMaxImages(EndpointSettings settings) {
        return maxImages == null ? settings : settings.withMaxImages(maxImages);
    }

    /**
     * Scans the folder, DICOMDIR or file and returns the series to read.
     *
     * @throws ParameterException when the series named by {@code --series}, or any CT series, is not found
     */
    Series selectSeries(Path input, CommandSpec spec) throws IOException {
        StudySet studies = StudyScanner.scan(input);
        if (seriesUid != null) {
            return SeriesSelection.byUid(studies, seriesUid).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "Series " + seriesUid + " not found in " + input + "."));
        }
        return SeriesSelection.largestCt(studies).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "No CT series with images found in " + input + ": pass --series UID to choose another series."));
    }

    /** Returns the 0-based indices of the slices to send from a series of {@code sliceTotal} slices. */
    List<Integer> sliceIndices(int sliceTotal, CommandSpec spec) {
        try {
            return sliceNumbers != null
                    ? SliceSampling.named(sliceTotal, sliceNumbers)
                    : SliceSampling.uniform(sliceTotal, sliceCount);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
