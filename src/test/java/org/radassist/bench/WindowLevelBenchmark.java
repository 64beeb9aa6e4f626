package org.radassist.bench;

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
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.ui.DisplayPixels;

/**
 * One window/level frame of the 1576×1976 CR (MONOCHROME1, Modality LUT), as the viewer computes
 * it while the user drags the window. Every call uses a new window, so the window's lookup table
 * is built anew each time. The frame is the 8-bit rendering and its conversion to the ARGB pixels
 * that the JavaFX image takes; the upload into the JavaFX image is not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WindowLevelBenchmark {

    private StudyImage cr;
    private double center;
    private double width;
    private int step;

    @Setup
    public void load() throws ImageLoadException {
        cr = ImageLoader.load(BenchFiles.LARGE_CR);
        Window first = DisplayRenderer.defaultWindow(cr);
        center = first.center();
        width = first.width();
    }

    /** Renders with the file's window moved by a different amount on every call. */
    @Benchmark
    public DisplayPixels crWindowLevelFrame() {
        step = (step + 1) % 64;
        Window dragged = new Window(center + step * 3, width + step * 5);
        return DisplayPixels.from(DisplayRenderer.render(cr, dragged, cr.voiLutFunction()));
    }
}
