package org.radassist.testsupport;

/**
 * An independent implementation of the CT three-window RGB of MedGemma's CT notebook, for
 * comparing against the production code: HU clipped to each window, scaled to 0..255 in double
 * precision and rounded half to even, as numpy's {@code np.round} does.
 */
public final class ThreeWindowReference {

    private static final double[][] NOTEBOOK_WINDOWS = {{-1024, 1024}, {-135, 215}, {0, 80}};

    private ThreeWindowReference() {
    }

    /** Returns the packed 0xRRGGBB value of one HU value. */
    public static int rgb(double hu) {
        int packed = 0;
        for (double[] window : NOTEBOOK_WINDOWS) {
            double clipped = Math.min(Math.max(hu, window[0]), window[1]);
            long channel = Math.round(Math.rint((clipped - window[0]) / (window[1] - window[0]) * 255.0));
            packed = (packed << 8) | (int) channel;
        }
        return packed;
    }
}
