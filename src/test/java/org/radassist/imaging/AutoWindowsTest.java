package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Percentile windows on a ramp whose quantiles are known exactly. */
class AutoWindowsTest {

    /** 1000 pixels with the values 0 to 999 once each, through the identity modality transform. */
    private static StudyImage ramp() {
        int[] stored = new int[1000];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = i;
        }
        return StudyImage.builder(ImageKind.DICOM).modality("MR").size(1000, 1)
                .photometricInterpretation("MONOCHROME2").grey(stored, ModalityTransform.IDENTITY).build();
    }

    @Test
    void auto_leavesOutHalfPercentAtEachEnd() {
        Window auto = AutoWindows.auto(ramp());

        // Bins are 999/4096 wide. Five values (0..4) lie below the low edge, so it is the start of
        // bin 20, which contains value 5; the 995th value (994) lies in bin 4075, whose end is the high edge.
        double binWidth = 999.0 / 4096;
        double low = 20 * binWidth;
        double high = 4076 * binWidth;
        assertEquals((low + high) / 2, auto.center(), 1e-9);
        assertEquals(high - low, auto.width(), 1e-9);
        assertEquals("auto", auto.explanation());
    }

    @Test
    void highContrast_isNarrowerThanAuto() {
        Window auto = AutoWindows.auto(ramp());
        Window high = AutoWindows.highContrast(ramp());

        assertEquals(899.0, high.width(), 1.0);
        assertEquals(499.5, high.center(), 1.0);
        assertEquals(auto.center(), high.center(), 1.0);
    }

    @Test
    void auto_flatImageGetsWidthOne() {
        StudyImage flat = StudyImage.builder(ImageKind.DICOM).modality("CR").size(2, 2)
                .photometricInterpretation("MONOCHROME2").grey(new int[] {7, 7, 7, 7}, ModalityTransform.IDENTITY).build();

        Window auto = AutoWindows.auto(flat);

        assertEquals(new Window(7.5, 1, "auto"), auto);
    }

    @Test
    void auto_colourImageHasNone() throws Exception {
        assertNull(AutoWindows.auto(ImageLoader.load(TestData.file("real/dicom/us_rgb_planar1.dcm"))));
    }
}
