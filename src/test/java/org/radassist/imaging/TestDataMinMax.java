package org.radassist.imaging;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;

/** Exact min-max scaling to 0..255 for expected values, independent of the production code. */
final class TestDataMinMax {

    private TestDataMinMax() {
    }

    /** Returns (x - min) / (max - min) × 255 in exact decimals, rounded half to even. */
    static int exact(double x, double min, double max) {
        BigDecimal scaled = new BigDecimal(x).subtract(new BigDecimal(min)).multiply(BigDecimal.valueOf(255))
                .divide(new BigDecimal(max).subtract(new BigDecimal(min)), MathContext.DECIMAL128);
        return scaled.setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    }

    static Function<Integer, Integer> scale(int min, int max) {
        return value -> exact(value, min, max);
    }
}
