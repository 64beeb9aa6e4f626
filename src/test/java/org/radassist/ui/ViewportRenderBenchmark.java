package org.radassist.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.radassist.imaging.ArgbRenderer;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.VoiLutFunction;
import org.radassist.imaging.Window;

/**
 * One window/level frame of the 1976 × 1576 MONOCHROME1 CR: the VOI pass over every pixel
 * (background thread) and the sampling into the device pixels of an 800 × 640 viewport, fitted
 * and at 1:1 (JavaFX thread). The copy into the WritableImage is not included. Run with
 * {@code bench/run-jmh.sh ViewportRenderBenchmark}; surefire does not run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ViewportRenderBenchmark {

    private static final int DEVICE_WIDTH = 800;
    private static final int DEVICE_HEIGHT = 640;

    private StudyImage cr;
    private DisplayPixels rendered;
    private DeviceTransform fitted;
    private DeviceTransform actualSize;
    private double center = 1800;

    @Setup
    public void load() throws Exception {
        cr = ImageLoader.load(Path.of("src/test/resources/testdata/real/dicom/cr_mono1_modality_lut_seq_jpegll.dcm"));
        rendered = new DisplayPixels(cr.width(), cr.height(), ArgbRenderer.render(cr));
        fitted = ViewGeometry.FIT.deviceTransform(cr.width(), cr.height(), DEVICE_WIDTH, DEVICE_HEIGHT);
        actualSize = new ViewGeometry(false, 1, cr.width() / 2.0, cr.height() / 2.0, Orientation.IDENTITY)
                .deviceTransform(cr.width(), cr.height(), DEVICE_WIDTH, DEVICE_HEIGHT);
    }

    /** Applies a new LINEAR window to the 3.1 million modality values; the center moves each call. */
    @Benchmark
    public int[] voiFullImage() {
        center = center > 2200 ? 1800 : center + 1;
        return ArgbRenderer.render(cr, new Window(center, 1200), VoiLutFunction.LINEAR);
    }

    @Benchmark
    public DeviceSampling.Sampled sampleFitted() {
        return DeviceSampling.sample(rendered, fitted, DEVICE_WIDTH, DEVICE_HEIGHT, 8192, false);
    }

    @Benchmark
    public DeviceSampling.Sampled sampleActualSize() {
        return DeviceSampling.sample(rendered, actualSize, DEVICE_WIDTH, DEVICE_HEIGHT, 8192, false);
    }
}
