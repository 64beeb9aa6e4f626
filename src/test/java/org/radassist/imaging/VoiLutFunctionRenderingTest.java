package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.Tag;

/** The file's VOI LUT Function (0028,1056) applies to the file's own window. */
public class VoiLutFunctionRenderingTest {

    /** Stored values of the one-row test image, equal to HU because the rescale is the identity. */
    public static final int[] HU = {-200, 40, 239, 300};

    /**
     * Expected SIGMOID output for WC 40, WW 400: round(255 / (1 + exp(-4 (x - 40) / 400))).
     * LINEAR would give 0, 128, 255 and 255.
     */
    public static final int[] SIGMOID_40_400 = {21, 128, 224, 237};

    @TempDir
    Path folder;

    /** Writes a 4 x 1 signed 16-bit image with window 40/400 and the given VOI LUT Function. */
    public static Path writeWindowedImage(Path file, String modality, String function) throws Exception {
        new DicomTestWriter()
                .string(Tag.Modality, "CS", modality)
                .us(Tag.SamplesPerPixel, 1)
                .string(Tag.PhotometricInterpretation, "CS", "MONOCHROME2")
                .us(Tag.Rows, 1)
                .us(Tag.Columns, HU.length)
                .us(Tag.BitsAllocated, 16)
                .us(Tag.BitsStored, 16)
                .us(Tag.HighBit, 15)
                .us(Tag.PixelRepresentation, 1)
                .string(Tag.WindowCenter, "DS", "40")
                .string(Tag.WindowWidth, "DS", "400")
                .string(Tag.RescaleIntercept, "DS", "0")
                .string(Tag.RescaleSlope, "DS", "1")
                .string(Tag.VOILUTFunction, "CS", function)
                .ow(Tag.PixelData, HU)
                .write(file);
        return file;
    }

    @Test
    void sigmoidFormula_matchesExpectedTable() {
        for (int i = 0; i < HU.length; i++) {
            long formula = Math.round(255 / (1 + Math.exp(-4.0 * (HU[i] - 40) / 400)));
            assertEquals(SIGMOID_40_400[i], formula, "HU " + HU[i]);
        }
    }

    @Test
    void displayRender_usesFileSigmoid() throws Exception {
        StudyImage image = ImageLoader.load(writeWindowedImage(folder.resolve("ct.dcm"), "CT", "SIGMOID"));

        BufferedImage rendered = DisplayRenderer.render(image);

        assertEquals(VoiLutFunction.SIGMOID, image.voiLutFunction());
        assertArrayEquals(SIGMOID_40_400, rendered.getRaster().getPixels(0, 0, HU.length, 1, (int[]) null));
    }

    @Test
    void projectionModelInput_usesFileSigmoid() throws Exception {
        StudyImage image = ImageLoader.load(writeWindowedImage(folder.resolve("cr.dcm"), "CR", "SIGMOID"));

        int[] grey = ModelInputConversion.projectionGrey(image);

        assertArrayEquals(SIGMOID_40_400, grey);
    }

    @Test
    void projectionModelInput_usesFileLinearExact() throws Exception {
        StudyImage image = ImageLoader.load(writeWindowedImage(folder.resolve("cr.dcm"), "CR", "LINEAR_EXACT"));

        int[] grey = ModelInputConversion.projectionGrey(image);

        // LINEAR_EXACT: ((x - 40) / 400 + 0.5) * 255, 0 at or below -160 and 255 above 240.
        assertArrayEquals(new int[] {0, 128, 254, 255}, grey);
    }
}
