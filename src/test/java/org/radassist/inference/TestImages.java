package org.radassist.inference;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads corpus files used by the inference tests. */
final class TestImages {

    static final Path LLM_CASES = Path.of("src/test/resources/testdata/cases/llm");
    static final Path CXR_PNG = Path.of("src/test/resources/testdata/real/png/cxr_nih_00000001_000_8bit.png");

    private TestImages() {
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps a corpus PNG, reading its size from the file. */
    static EncodedImage png(Path path) {
        byte[] bytes = bytes(path);
        BufferedImage image = decode(bytes);
        return EncodedImage.of(bytes, image.getWidth(), image.getHeight());
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EncodedImage smallPng() {
        return png(LLM_CASES.resolve("L15_small_64_grey.png"));
    }
}
