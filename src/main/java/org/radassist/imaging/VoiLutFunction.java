package org.radassist.imaging;

/**
 * VOI LUT Function (0028,1056): how a window maps modality values to display values, as PS3.3
 * C.11.2.1.2 defines it. Every function here returns a value in 0..255 for an 8-bit output.
 */
public enum VoiLutFunction {

    /** C.11.2.1.2.1: the window's edges sit half a value inside center ± width / 2. */
    LINEAR {
        @Override
        public double apply(double x, double center, double width) {
            double lower = center - 0.5 - (width - 1) / 2;
            double upper = center - 0.5 + (width - 1) / 2;
            if (x <= lower) {
                return 0;
            }
            if (x > upper) {
                return MAX_OUTPUT;
            }
            return ((x - (center - 0.5)) / (width - 1) + 0.5) * MAX_OUTPUT;
        }
    },

    /** C.11.2.1.3.2: linear from center - width / 2 to center + width / 2. */
    LINEAR_EXACT {
        @Override
        public double apply(double x, double center, double width) {
            if (x <= center - width / 2) {
                return 0;
            }
            if (x > center + width / 2) {
                return MAX_OUTPUT;
            }
            return ((x - center) / width + 0.5) * MAX_OUTPUT;
        }
    },

    /** C.11.2.1.3.1: 255 / (1 + exp(-4 (x - center) / width)). */
    SIGMOID {
        @Override
        public double apply(double x, double center, double width) {
            return MAX_OUTPUT / (1 + Math.exp(-4 * (x - center) / width));
        }
    };

    private static final double MAX_OUTPUT = 255;

    /**
     * Maps one modality value through the window to a display value in 0..255, unrounded.
     */
    public abstract double apply(double x, double center, double width);

    /** Maps one modality value to a display value in 0..255, rounded half up. */
    public int applyRounded(double x, Window window) {
        return (int) Math.round(apply(x, window.center(), window.width()));
    }

    /**
     * Returns the function named by a VOI LUT Function (0028,1056) value, or LINEAR when the value
     * is absent or not one of the defined terms, because LINEAR is the standard's default.
     */
    public static VoiLutFunction fromDicom(String value) {
        if (value == null) {
            return LINEAR;
        }
        switch (value.trim()) {
            case "LINEAR_EXACT":
                return LINEAR_EXACT;
            case "SIGMOID":
                return SIGMOID;
            default:
                return LINEAR;
        }
    }
}
