package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Compares decoded stored values with dcmtk 3.6.7's renderings in real/reference, through the
 * same window dcmj2pnm used (see real/reference/RENDER_LOG.tsv). dcmtk truncates fractions, so
 * windowed grey levels may differ by 1.
 */
class ReferenceRenderingTest {

    private static final Path REFERENCE = Corpus.file("real/reference");

    @Test
    void packed12Bit_matchesDcmtkWindow() throws IOException {
        PixelData pixels = DicomFile.read(Corpus.real("mr_acrnema_ba12_nometa.dcm")).pixelData();
        int[] values = pixels.readFrame(0);

        assertEquals(12, pixels.bitsAllocated());
        assertWindowedEquals(values, pixels, 105, 209, "mr_acrnema_ba12_nometa.png");
    }

    @Test
    void overlayBitsInHighBits_areMaskedAway() throws IOException {
        PixelData pixels = DicomFile.read(Corpus.real("ot_bs12_overlay_in_high_bits.dcm")).pixelData();
        int[] values = pixels.readFrame(0);
        int min = Samples.min(values);
        int max = Samples.max(values);

        assertTrue(max < 4096, "max " + max + " keeps overlay bits 12..15");
        assertWindowedEquals(values, pixels, (min + max) / 2.0, max - min, "ot_bs12_overlay_in_high_bits.no-overlays.png");
    }

    @Test
    void oneBitSegmentation_matchesDcmtk() throws IOException {
        PixelData pixels = DicomFile.read(Corpus.real("seg_1bit_512.dcm")).pixelData();
        int[] values = pixels.readFrame(0);
        Raster reference = ImageIO.read(REFERENCE.resolve("seg_1bit_512.png").toFile()).getRaster();

        for (int i = 0; i < values.length; i++) {
            int expected = reference.getSample(i % pixels.columns(), i / pixels.columns(), 0) == 0 ? 0 : 1;
            assertEquals(expected, values[i], "pixel " + i);
        }
    }

    @Test
    void rgbPlanar0And1_matchDcmtk() throws IOException {
        for (String name : new String[] {"us_rgb_planar0", "us_rgb_planar1"}) {
            PixelData pixels = DicomFile.read(Corpus.real(name + ".dcm")).pixelData();
            int[] values = pixels.readFrame(0);
            BufferedImage reference = ImageIO.read(REFERENCE.resolve(name + ".png").toFile());
            int[] expected = reference.getRaster().getPixels(0, 0, reference.getWidth(), reference.getHeight(),
                    (int[]) null);

            assertEquals(expected.length, values.length, name);
            for (int i = 0; i < values.length; i++) {
                assertEquals(expected[i], values[i], name + " sample " + i);
            }
        }
    }

    /**
     * dcmtk's YBR_FULL conversion differs from the PS3.3 equations by up to 2 levels on these
     * files (measured), so this comparison allows 2.
     */
    @Test
    void ybrFullConversion_matchesDcmtkRgb() throws IOException {
        for (String name : new String[] {"sc_ybr_full_unc", "sc_ybr_full_422_unc"}) {
            PixelData pixels = DicomFile.read(Corpus.real(name + ".dcm")).pixelData();
            int[] rgb = PixelData.convertYbrFullToRgb(pixels.readFrame(0));
            BufferedImage reference = ImageIO.read(REFERENCE.resolve(name + ".png").toFile());
            int[] expected = reference.getRaster().getPixels(0, 0, reference.getWidth(), reference.getHeight(),
                    (int[]) null);

            assertEquals(expected.length, rgb.length, name);
            for (int i = 0; i < rgb.length; i++) {
                assertTrue(Math.abs(expected[i] - rgb[i]) <= 2, name + " sample " + i + ": expected " + expected[i]
                        + " but was " + rgb[i]);
            }
        }
    }

    /** Applies the LINEAR VOI function of PS3.3 C.11.2.1.2.1 and compares with a reference PNG, within 1. */
    private static void assertWindowedEquals(int[] values, PixelData pixels, double center, double width,
            String referenceName) throws IOException {
        Raster reference = ImageIO.read(REFERENCE.resolve(referenceName).toFile()).getRaster();
        int columns = pixels.columns();
        for (int i = 0; i < values.length; i++) {
            double scaled = ((values[i] - (center - 0.5)) / (width - 1) + 0.5) * 255;
            int windowed = (int) Math.max(0, Math.min(255, scaled));
            int expected = reference.getSample(i % columns, i / columns, 0);
            assertTrue(Math.abs(expected - windowed) <= 1,
                    referenceName + " pixel " + i + ": expected " + expected + " but was " + windowed);
        }
    }
}
