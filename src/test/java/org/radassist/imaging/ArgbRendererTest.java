package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The viewer's ARGB rendering against the 8-bit rendering and the LINEAR formula. */
class ArgbRendererTest {

    private static final Path CR = TestData.file("real/dicom/cr_mono1_modality_lut_seq_jpegll.dcm");
    private static final Path CT = TestData.file("real/dicom/ct_evrle_win40_300_spaced_ri.dcm");

    private static int[] greyOf(BufferedImage image) {
        int[] samples = image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
        int[] argb = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            argb[i] = 0xFF000000 | samples[i] << 16 | samples[i] << 8 | samples[i];
        }
        return argb;
    }

    @Test
    void render_matchesDisplayRendererOnMonochrome1Cr() throws Exception {
        StudyImage cr = ImageLoader.load(CR);
        Window window = new Window(1800, 1200);

        assertArrayEquals(greyOf(DisplayRenderer.render(cr, window)), ArgbRenderer.render(cr, window, VoiLutFunction.LINEAR));
    }

    @Test
    void render_matchesDisplayRendererForEveryFunction() throws Exception {
        StudyImage ct = ImageLoader.load(CT);
        for (VoiLutFunction function : VoiLutFunction.values()) {
            Window window = new Window(40, 300);
            assertArrayEquals(greyOf(DisplayRenderer.render(ct, window, function)),
                    ArgbRenderer.render(ct, window, function), function.name());
        }
    }

    @Test
    void render_fileVoiMatchesDefaultRendering() throws Exception {
        for (String name : new String[] {"real/dicom/ot_voilut_seq_8bit.dcm", "real/dicom/ct1_rle.dcm"}) {
            StudyImage image = ImageLoader.load(TestData.file(name));
            assertArrayEquals(greyOf(DisplayRenderer.render(image)), ArgbRenderer.render(image), name);
        }
    }

    @Test
    void render_appliesLinearFormulaThenMonochrome1() throws Exception {
        StudyImage cr = ImageLoader.load(CR);
        float[] values = cr.modalityValues();
        double center = 2047.5;
        double width = 700;

        int[] argb = ArgbRenderer.render(cr, new Window(center, width), VoiLutFunction.LINEAR);

        for (int i = 0; i < values.length; i += 997) {
            double x = values[i];
            double linear;
            if (x <= center - 0.5 - (width - 1) / 2) {
                linear = 0;
            } else if (x > center - 0.5 + (width - 1) / 2) {
                linear = 255;
            } else {
                linear = ((x - (center - 0.5)) / (width - 1) + 0.5) * 255;
            }
            int expected = 255 - (int) Math.round(linear);
            assertEquals(0xFF000000 | expected * 0x010101, argb[i], "pixel " + i);
        }
    }

    @Test
    void render_copiesColourOpaque() throws Exception {
        StudyImage rgb = ImageLoader.load(TestData.file("real/dicom/us_rgb_planar1.dcm"));

        int[] argb = ArgbRenderer.render(rgb);

        int[] expected = rgb.rgb();
        for (int i = 0; i < expected.length; i++) {
            expected[i] |= 0xFF000000;
        }
        assertArrayEquals(expected, argb);
    }

    @Test
    void render_requiresWindowForGrey() throws Exception {
        StudyImage ct = ImageLoader.load(CT);

        assertThrows(IllegalArgumentException.class, () -> ArgbRenderer.render(ct, null, VoiLutFunction.LINEAR));
    }
}
