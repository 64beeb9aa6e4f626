package org.radassist.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the copied test corpus and the bundled samples, relative to the project root. */
public final class Corpus {

    public static final Path ROOT = Path.of("src", "test", "resources", "testdata");
    public static final Path SAMPLE_CT = Path.of("assets", "samples", "chest-ct-nema-ct1.dcm");
    public static final Path SAMPLE_CHEST_XRAY = Path.of("assets", "samples", "chest-xray-nih-00000001_000.png");

    private Corpus() {
    }

    public static Path real(String name) {
        return existing(ROOT.resolve("real").resolve("dicom").resolve(name));
    }

    public static Path cases(String name) {
        return existing(ROOT.resolve("cases").resolve(name));
    }

    public static Path codecs(String name) {
        return existing(ROOT.resolve("codecs").resolve(name));
    }

    private static Path existing(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Test file missing: " + path.toAbsolutePath());
        }
        return path;
    }
}
