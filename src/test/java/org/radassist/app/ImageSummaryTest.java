package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.radassist.ui.Localization;

class ImageSummaryTest {

    private static final Path SAMPLE_CT = Path.of("assets", "samples", "chest-ct-nema-ct1.dcm");

    @Test
    void ctSample_english() throws Exception {
        StudyImage image = ImageLoader.load(SAMPLE_CT);

        assertEquals("CT · 512 × 512 · MONOCHROME2 · 16 bit · 0.661 × 0.661 mm",
                ImageSummary.of(image, Localization.loadBundle(Locale.ENGLISH)));
    }

    @Test
    void ctSample_chinese() throws Exception {
        StudyImage image = ImageLoader.load(SAMPLE_CT);

        assertEquals("CT · 512 × 512 · MONOCHROME2 · 16 位 · 0.661 × 0.661 mm",
                ImageSummary.of(image, Localization.loadBundle(Locale.SIMPLIFIED_CHINESE)));
    }
}
