package org.radassist.imaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;

/** Paths into the test corpus and reference computations shared by the imaging tests. */
final class TestData {

    static final Path ROOT = Path.of("src/test/resources/testdata");

    private TestData() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    static JsonNode expected(String key) throws IOException {
        return new ObjectMapper().readTree(file("cases/EXPECTED.json").toFile()).get(key);
    }

    /**
     * Computes one CT channel with exact decimal arithmetic, independently of the production
     * code: clip to [min, max], (x - min) / (max - min) × 255, round half to even.
     */
    static int channelExact(double hu, double min, double max) {
        BigDecimal x = new BigDecimal(hu);
        BigDecimal low = new BigDecimal(min);
        BigDecimal high = new BigDecimal(max);
        if (x.compareTo(low) < 0) {
            x = low;
        }
        if (x.compareTo(high) > 0) {
            x = high;
        }
        BigDecimal scaled = x.subtract(low).multiply(BigDecimal.valueOf(255))
                .divide(high.subtract(low), MathContext.DECIMAL128);
        return scaled.setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    }

    /** Returns the notebook's three-window RGB of one HU value, packed 0xRRGGBB, from {@link #channelExact}. */
    static int notebookRgbExact(double hu) {
        return channelExact(hu, -1024, 1024) << 16 | channelExact(hu, -135, 215) << 8 | channelExact(hu, 0, 80);
    }

    static int red(int rgb) {
        return rgb >>> 16 & 0xFF;
    }

    static int green(int rgb) {
        return rgb >>> 8 & 0xFF;
    }

    static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
