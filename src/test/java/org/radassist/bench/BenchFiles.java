package org.radassist.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Corpus files for the benchmarks, resolved against the project root (the folder bench/run-jmh.sh runs in). */
final class BenchFiles {

    private static final Path TEST_DATA = Path.of("src", "test", "resources", "testdata");

    static final Path SAMPLE_CT = existing(Path.of("assets", "samples", "chest-ct-nema-ct1.dcm"));
    static final Path LARGE_CR = existing(TEST_DATA.resolve("real/dicom/cr_mono1_modality_lut_seq_jpegll.dcm"));

    private BenchFiles() {
    }

    static Path codec(String name) {
        return existing(TEST_DATA.resolve("codecs").resolve(name));
    }

    private static Path existing(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Benchmark input missing: " + path.toAbsolutePath()
                    + ". Run the benchmarks from the project root.");
        }
        return path;
    }
}
