package org.radassist.imaging;

/**
 * The three HU ranges that turn a CT slice into MedGemma's RGB input, one per channel: red is a
 * wide window, green soft tissue, blue brain.
 */
public enum CtWindowSet {

    /**
     * Google-Health/medgemma notebook high_dimensional_ct_hugging_face.ipynb: R -1024..1024,
     * G -135..215, B 0..80 HU. The default.
     */
    NOTEBOOK(new HuRange(-1024, 1024), new HuRange(-135, 215), new HuRange(0, 80)),

    /**
     * Google-Health/medgemma serving container (generic_dicom_handler.py): as NOTEBOOK but with
     * G 135..215 HU.
     */
    SERVING_CODE(new HuRange(-1024, 1024), new HuRange(135, 215), new HuRange(0, 80));

    /** A closed HU interval that one channel maps linearly to 0..255. */
    public record HuRange(double min, double max) {

        public HuRange {
            if (!(max > min)) {
                throw new IllegalArgumentException("HU range maximum " + max + " must exceed minimum " + min);
            }
        }

        /**
         * Maps one HU value to 0..255 as the notebook does with numpy float64: clip to
         * [min, max], (x - min) / (max - min) × 255, then round half to even.
         */
        public int toChannel(double hu) {
            double clipped = Math.min(Math.max(hu, min), max);
            return (int) Math.rint((clipped - min) / (max - min) * 255);
        }
    }

    private final HuRange red;
    private final HuRange green;
    private final HuRange blue;

    CtWindowSet(HuRange red, HuRange green, HuRange blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public HuRange red() {
        return red;
    }

    public HuRange green() {
        return green;
    }

    public HuRange blue() {
        return blue;
    }

    /** Returns the packed 0xRRGGBB pixel of one HU value. */
    public int toRgb(double hu) {
        return red.toChannel(hu) << 16 | green.toChannel(hu) << 8 | blue.toChannel(hu);
    }
}
