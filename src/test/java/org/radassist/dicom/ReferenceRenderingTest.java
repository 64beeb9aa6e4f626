package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Grey files that dcmj2pnm rendered with their first window ({@code +Wi 1}), after the rescale. */
    @ParameterizedTest
    @ValueSource(strings = {"ct_jpegll_sv1_2win_bs12", "mr_small_evrbe", "cr_chest_mono1_acrnema_nometa"})
    void greyFrame_matchesDcmtkFirstWindow(String name) throws IOException {
        DicomFile dicom = DicomFile.read(Corpus.real(name + ".dcm"));
        Attributes dataSet = dicom.dataSet();
        PixelData pixels = dicom.pixelData();
        int[] values = pixels.readFrame(0);
        double slope = dataSet.getDouble(Tag.RescaleSlope, 1);
        double intercept = dataSet.getDouble(Tag.RescaleIntercept, 0);
        int[] modalityValues = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            modalityValues[i] = (int) Math.round(values[i] * slope + intercept);
        }

        assertWindowedEquals(modalityValues, pixels, dataSet.getDouble(Tag.WindowCenter, 0),
                dataSet.getDouble(Tag.WindowWidth, 0), name + ".png",
                "MONOCHROME1".equals(pixels.photometricInterpretation()));
    }

    /** Colour files that dcmj2pnm rendered without VOI ({@code -W}), so its RGB output must match exactly. */
    @ParameterizedTest
    @ValueSource(strings = {"us_rgb_planar0", "us_rgb_planar1", "sc_rgb_3x3_odd", "sc_jpeg_baseline_rgb_no_transform",
        "sc_jpeg_baseline_ybr_full", "us_jpeg_ybr422_30frames"})
    void rgbFrame_matchesDcmtk(String name) throws IOException {
        PixelData pixels = DicomFile.read(Corpus.real(name + ".dcm")).pixelData();
        int[] values = pixels.readFrame(0);
        BufferedImage reference = ImageIO.read(REFERENCE.resolve(name + ".png").toFile());
        int[] expected = reference.getRaster().getPixels(0, 0, reference.getWidth(), reference.getHeight(),
                (int[]) null);

        assertEquals("RGB", pixels.photometricInterpretation());
        assertEquals(expected.length, values.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], values[i], "sample " + i);
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
        assertWindowedEquals(values, pixels, center, width, referenceName, false);
    }

    /** Like the method above; {@code inverted} flips the output as MONOCHROME1 display does. */
    private static void assertWindowedEquals(int[] values, PixelData pixels, double center, double width,
            String referenceName, boolean inverted) throws IOException {
        Raster reference = ImageIO.read(REFERENCE.resolve(referenceName).toFile()).getRaster();
        int columns = pixels.columns();
        for (int i = 0; i < values.length; i++) {
            double scaled = ((values[i] - (center - 0.5)) / (width - 1) + 0.5) * 255;
            int windowed = (int) Math.max(0, Math.min(255, scaled));
            if (inverted) {
                windowed = 255 - windowed;
            }
            int expected = reference.getSample(i % columns, i / columns, 0);
            assertTrue(Math.abs(expected - windowed) <= 1,
                    referenceName + " pixel " + i + ": expected " + expected + " but was " + windowed);
        }
    }
}
