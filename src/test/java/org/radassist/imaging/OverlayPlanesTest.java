package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlay planes of the IHE overlay test image: two embedded in the high bits, two in Overlay Data. */
class OverlayPlanesTest {

    private static StudyImage overlayImage() throws Exception {
        return ImageLoader.load(TestData.file("real/dicom/ot_bs12_overlay_in_high_bits.dcm"));
    }

    @Test
    void of_readsFourPlanesInGroupOrder() throws Exception {
        List<OverlayPlane> planes = OverlayPlanes.of(overlayImage());

        assertEquals(4, planes.size());
        assertArrayEquals(new int[] {0x6000, 0x6002, 0x6004, 0x6006},
                planes.stream().mapToInt(OverlayPlane::group).toArray());
        for (OverlayPlane plane : planes) {
            assertEquals(512, plane.rows());
            assertEquals(512, plane.columns());
            assertEquals(1, plane.originRow());
            assertEquals(1, plane.originColumn());
            assertEquals("G", plane.type());
        }
    }

    @Test
    void of_countsSetPixelsPerPlane() throws Exception {
        List<OverlayPlane> planes = OverlayPlanes.of(overlayImage());

        // Bit 15 and bit 14 of the pixel words, then the two Overlay Data planes.
        assertArrayEquals(new int[] {532, 537, 603, 606},
                planes.stream().mapToInt(plane -> plane.bits().cardinality()).toArray());
    }

    @Test
    void draw_setsOnlyOverlayPixelsWhite() throws Exception {
        StudyImage image = overlayImage();
        BufferedImage plain = DisplayRenderer.render(image);
        BufferedImage drawn = DisplayRenderer.render(image);
        List<OverlayPlane> planes = OverlayPlanes.of(image);

        OverlayPlanes.draw(drawn, planes);

        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                int row = y;
                int column = x;
                boolean set = planes.stream().anyMatch(plane -> plane.isSet(row, column));
                int expected = set ? 255 : plain.getRaster().getSample(x, y, 0);
                assertEquals(expected, drawn.getRaster().getSample(x, y, 0), "x " + x + ", y " + y);
            }
        }
    }

    @Test
    void modelInput_hasNoOverlays() throws Exception {
        StudyImage image = overlayImage();
        int[] stored = image.storedValues();
        int min = (int) image.minModalityValue();
        int max = (int) image.maxModalityValue();

        BufferedImage input = ModelInputBuilder.prepareImage(image, ModelInputOptions.defaults().withMaxSide(0));

        // Every pixel, overlay pixels included, is the min-max grey of its stored value.
        for (int i = 0; i < stored.length; i++) {
            int grey = TestDataMinMax.exact(stored[i], min, max);
            int expected = grey << 16 | grey << 8 | grey;
            int actual = input.getRGB(i % 512, i / 512) & 0xFFFFFF;
            if (expected != actual) {
                assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), "pixel " + i);
            }
        }
    }
}
