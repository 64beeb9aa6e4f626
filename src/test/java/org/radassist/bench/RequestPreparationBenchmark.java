package org.radassist.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInput;
import org.radassist.imaging.ModelInputBuilder;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.inference.EncodedImage;

/**
 * The image half of an analyze request, from the file to the data URI: decode, convert to RGB,
 * pad to a square, scale to at most 896 px, encode as JPEG quality 0.95, base64 data URI.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RequestPreparationBenchmark {

    /** "ct": the bundled 512×512 CT sample; "cr": the 1576×1976 JPEG lossless CR of the corpus. */
    @Param({"ct", "cr"})
    public String input;

    private Path path;

    @Setup
    public void locate() {
        path = input.equals("ct") ? BenchFiles.SAMPLE_CT : BenchFiles.LARGE_CR;
    }

    @Benchmark
    public String fileToDataUri() throws ImageLoadException {
        ModelInput prepared = ModelInputBuilder.prepare(ImageLoader.load(path), ModelInputOptions.defaults());
        return EncodedImage.of(prepared.encoded(), prepared.width(), prepared.height()).dataUri();
    }
}
