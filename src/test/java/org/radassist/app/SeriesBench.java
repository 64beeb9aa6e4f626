package org.radassist.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.radassist.testsupport.Corpus;
import org.radassist.testsupport.SliceFiles;
import org.radassist.ui.DisplayPixels;
import org.radassist.ui.OpenedImage;
import org.radassist.ui.OpenedStudySet;
import org.radassist.ui.SeriesRef;

/**
 * Benchmark, not a test: builds a CT series of N slices (default 300) from the bundled 512×512 CT
 * sample with positions 1 mm apart, then times what the GUI does through {@link DesktopWorkbench}
 * in a fresh JVM: scan the folder and show the first slice, then step through every slice (each
 * step decodes or takes the slice from the frame cache, which reads 4 slices ahead). Finally it
 * compares the heap used after a full GC with the raw pixel bytes (rows × columns × 2 per slice).
 * Run it with bench/series-300.sh.
 */
public final class SeriesBench {

    private SeriesBench() {
    }

    public static void main(String[] args) throws Exception {
        int slices = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path work = Files.createTempDirectory("radassist-series");
        try {
            Path folder = writeSeries(work.resolve("series"), slices);
            run(work, folder, slices);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(Path work, Path folder, int slices) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = usedHeapAfterGc(memory);
        try (DesktopWorkbench workbench = new DesktopWorkbench(new SettingsStore(work.resolve("settings.json")), null,
                StartupGate.closed())) {
            long start = System.nanoTime();
            OpenedStudySet set = workbench.openStudySet(folder);
            SeriesRef series = set.firstImageSeries();
            OpenedImage first = workbench.openSlice(series, 0);
            DisplayPixels shown = DisplayPixels.from(workbench.render(first, null));
            double firstMillis = (System.nanoTime() - start) / 1e6;

            double[] stepMillis = new double[series.imageCount() - 1];
            for (int index = 1; index < series.imageCount(); index++) {
                long stepStart = System.nanoTime();
                OpenedImage slice = workbench.openSlice(series, index);
                shown = DisplayPixels.from(workbench.render(slice, null));
                stepMillis[index - 1] = (System.nanoTime() - stepStart) / 1e6;
            }
            long used = usedHeapAfterGc(memory) - baseline;
            long raw = (long) slices * shown.width() * shown.height() * 2;

            Arrays.sort(stepMillis);
            System.out.printf(Locale.ROOT, "series: %d slices of %d x %d in %d series (%d files)%n", slices,
                    shown.width(), shown.height(), set.series().size(), set.fileCount());
            System.out.printf(Locale.ROOT, "first image: %.0f ms (scan %d files, decode, render)%n", firstMillis,
                    set.fileCount());
            System.out.printf(Locale.ROOT, "scroll step: median %.1f ms, 90th percentile %.1f ms, max %.1f ms%n",
                    percentile(stepMillis, 0.5), percentile(stepMillis, 0.9), stepMillis[stepMillis.length - 1]);
            System.out.printf(Locale.ROOT, "heap used after GC: %.1f MiB; raw pixel bytes %.1f MiB; ratio %.2f%n",
                    used / 1048576.0, raw / 1048576.0, (double) used / raw);
        }
    }

    private static Path writeSeries(Path folder, int slices) throws IOException {
        for (int i = 0; i < slices; i++) {
            String position = String.format(Locale.ROOT, "-158.135803\\-179.035797\\%.6f", -75.7 + i);
            SliceFiles.write(Corpus.SAMPLE_CT, folder.resolve(String.format(Locale.ROOT, "ct%04d.dcm", i)), position,
                    SliceFiles.AXIAL, Integer.toString(i % 100), i % 512, 1);
        }
        return folder;
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(fraction * sorted.length))];
    }
}
