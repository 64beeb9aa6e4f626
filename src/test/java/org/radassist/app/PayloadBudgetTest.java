package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radassist.imaging.CtWindowSet;
import org.radassist.imaging.ImageFormat;
import org.radassist.imaging.ModelInputOptions;

/** The order of reductions tried when a request exceeds the profile's maximum payload. */
class PayloadBudgetTest {

    private static String describe(List<ModelInputOptions> steps) {
        return String.join(" ", steps.stream().map(s -> s.format() + "/" + s.jpegQuality() + "/" + s.maxSide()).toList());
    }

    @Test
    void steps_jpeg896_qualityThenSide() {
        List<ModelInputOptions> steps = PayloadBudget.steps(ModelInputOptions.defaults(), 896);

        assertEquals("JPEG/0.85/896 JPEG/0.75/896 JPEG/0.75/768 JPEG/0.75/640 JPEG/0.75/512", describe(steps));
    }

    @Test
    void steps_pngOriginalSize_onlySides() {
        ModelInputOptions png = new ModelInputOptions(ImageFormat.PNG, 0.95f, 0, CtWindowSet.NOTEBOOK);

        List<ModelInputOptions> steps = PayloadBudget.steps(png, 1976);

        assertEquals("PNG/0.95/896 PNG/0.95/768 PNG/0.95/640 PNG/0.95/512", describe(steps));
    }

    @Test
    void steps_smallJpeg_skipsLargerSides() {
        ModelInputOptions jpeg = new ModelInputOptions(ImageFormat.JPEG, 0.8f, 896, CtWindowSet.NOTEBOOK);

        List<ModelInputOptions> steps = PayloadBudget.steps(jpeg, 700);

        assertEquals("JPEG/0.75/896 JPEG/0.75/640 JPEG/0.75/512", describe(steps));
    }
}
