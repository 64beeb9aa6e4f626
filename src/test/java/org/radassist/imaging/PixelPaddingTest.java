package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.Tag;

/** Pixel Padding Value and Pixel Padding Range Limit: left out of min-max, shown at the window's minimum. */
class PixelPaddingTest {

    @TempDir
    Path folder;

    /** Writes a 2×2 unsigned 16-bit image with stored values 0, 5, 100, 200 and padding 0..10. */
    private Path paddedRamp(String modality, String photometric) throws Exception {
        Path file = folder.resolve("padded_" + modality + ".dcm");
        new DicomTestWriter()
                .string(Tag.Modality, "CS", modality)
                .us(Tag.SamplesPerPixel, 1)
                .string(Tag.PhotometricInterpretation, "CS", photometric)
                .us(Tag.Rows, 2)
                .us(Tag.Columns, 2)
                .us(Tag.BitsAllocated, 16)
                .us(Tag.BitsStored, 16)
                .us(0x00280102, 15)
                .us(Tag.PixelRepresentation, 0)
                .us(Tag.PixelPaddingValue, 0)
                .us(Tag.PixelPaddingRangeLimit, 10)
                .ow(Tag.PixelData, 0, 5, 100, 200)
                .write(file);
        return file;
    }

    @Test
    void load_ct1PaddingLeftOutOfMinMax() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm"));

        assertEquals(Optional.of(new PixelPadding(-2000, -2000)), image.pixelPadding());
        assertEquals(-1024f, image.minModalityValue(), "stored 0, the smallest value that is not padding");
        assertEquals(1254f, image.maxModalityValue());
        assertEquals(Window.ofRange(-1024, 1254), DisplayRenderer.defaultWindow(image));
    }

    @Test
    void load_signedPaddingWrittenAsUs() throws Exception {
        // The file gives Pixel Padding Value as US 63536, the 16-bit pattern of -2000.
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/ct_evrle_win40_300_spaced_ri.dcm"));

        assertEquals(Optional.of(new PixelPadding(-2000, -2000)), image.pixelPadding());
    }

    @Test
    void render_ct1PaddingAtWindowMinimum() throws Exception {
        StudyImage image = ImageLoader.load(TestData.file("real/dicom/ct1_ivrle_ri1024_nowin.dcm"));
        // Padding is -3024 HU, so this window would show it white were it not padding.
        BufferedImage rendered = DisplayRenderer.render(image, new Window(-3500, 400));

        int paddingPixels = 0;
        for (int i = 0; i < image.width() * image.height(); i++) {
            int grey = rendered.getRaster().getSample(i % image.width(), i / image.width(), 0);
            if (image.isPadding(i)) {
                paddingPixels++;
                assertEquals(0, grey, "padding pixel " + i);
            } else {
                assertEquals(255, grey, "pixel " + i + " at " + image.modalityValue(i) + " HU");
            }
        }
        assertEquals(55772, paddingPixels);
    }

    @Test
    void load_rangeLimitLeavesOutWholeRange() throws Exception {
        StudyImage image = ImageLoader.load(paddedRamp("OT", "MONOCHROME2"));

        assertEquals(Optional.of(new PixelPadding(0, 10)), image.pixelPadding());
        assertTrue(image.isPadding(0));
        assertTrue(image.isPadding(1));
        assertFalse(image.isPadding(2));
        assertEquals(100f, image.minModalityValue());
        assertEquals(200f, image.maxModalityValue());
    }

    @Test
    void render_rangeLimitPaddingBlack() throws Exception {
        BufferedImage rendered = DisplayRenderer.render(ImageLoader.load(paddedRamp("OT", "MONOCHROME2")));

        assertEquals(0, rendered.getRaster().getSample(0, 0, 0));
        assertEquals(0, rendered.getRaster().getSample(1, 0, 0));
        assertEquals(0, rendered.getRaster().getSample(0, 1, 0));
        assertEquals(255, rendered.getRaster().getSample(1, 1, 0));
    }

    @Test
    void render_monochrome1PaddingAtMinimumIsWhite() throws Exception {
        BufferedImage rendered = DisplayRenderer.render(ImageLoader.load(paddedRamp("OT", "MONOCHROME1")));

        assertEquals(255, rendered.getRaster().getSample(1, 0, 0), "padding");
        assertEquals(255, rendered.getRaster().getSample(0, 1, 0), "minimum");
        assertEquals(0, rendered.getRaster().getSample(1, 1, 0), "maximum");
    }

    @Test
    void modelInput_mrMinMaxLeavesOutPadding() throws Exception {
        StudyImage image = ImageLoader.load(paddedRamp("MR", "MONOCHROME2"));

        BufferedImage input = ModelInputBuilder.prepareImage(image, ModelInputOptions.defaults().withMaxSide(0));

        assertEquals(0x000000, input.getRGB(1, 0) & 0xFFFFFF, "padding");
        assertEquals(0x000000, input.getRGB(0, 1) & 0xFFFFFF, "minimum 100");
        assertEquals(0xFFFFFF, input.getRGB(1, 1) & 0xFFFFFF, "maximum 200");
    }
}
