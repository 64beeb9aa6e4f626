package org.radassist.bench;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInputBuilder;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;

/**
 * Pixel stages after decoding, on the 512×512 CT phantom (explicit VR little endian copy) loaded
 * once: stored values through a window to 8-bit grey, and the CT three-window RGB model input
 * at full size, without encoding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PixelPipelineBenchmark {

    private StudyImage ct;
    private final Window soft = new Window(40, 400);
    private final ModelInputOptions fullSize = ModelInputOptions.defaults().withMaxSide(0);

    @Setup
    public void load() throws ImageLoadException {
        ct = ImageLoader.load(BenchFiles.codec("ct_s16_evrle.dcm"));
    }

    /** Applies the LINEAR VOI window 40/400 to the modality values and writes 8-bit grey. */
    @Benchmark
    public BufferedImage storedToGrey8() {
        return DisplayRenderer.render(ct, soft);
    }

    /** Builds the three-window RGB image (red -1024..1024, green -135..215, blue 0..80 HU). */
    @Benchmark
    public BufferedImage ctThreeWindowRgb() {
        return ModelInputBuilder.prepareImage(ct, fullSize);
    }
}
