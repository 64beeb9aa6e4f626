package org.radassist.dicom;

import java.nio.file.Path;

/** Paths of the test corpus copied into src/test/resources/testdata. */
final class Corpus {

    static final Path ROOT = Path.of("src/test/resources/testdata");

    private Corpus() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    static Path real(String name) {
        return ROOT.resolve("real/dicom").resolve(name);
    }

    static Path codec(String name) {
        return ROOT.resolve("codecs").resolve(name);
    }

    static Path caseFile(String name) {
        return ROOT.resolve("cases").resolve(name);
    }
}
