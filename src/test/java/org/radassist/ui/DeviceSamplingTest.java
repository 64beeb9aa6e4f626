package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Nearest-neighbour sampling into device pixels, on the one-pixel checkerboard and synthetic images. */
class DeviceSamplingTest {

    private static DisplayPixels checkerboard() throws Exception {
        BufferedImage image = ImageIO.read(StubWorkbenchService.CHECKER_PNG.toFile());
        return DisplayPixels.from(image);
    }

    private static int grey(int argb) {
        return argb & 0xFF;
    }

    @Test
    void actualSize_showsCheckerboardPixelForPixel() throws Exception {
        DisplayPixels checker = checkerboard();
        ViewGeometry geometry = new ViewGeometry(false, 1, 300.5, 200.25, Orientation.IDENTITY);
        DeviceTransform transform = geometry.deviceTransform(512, 512, 301, 177);

        DeviceSampling.Sampled sampled = DeviceSampling.sample(checker, transform, 301, 177, 8192, false);

        assertNotNull(sampled);
        assertEquals(1, sampled.step());
        assertEquals(301, sampled.width());
        assertEquals(177, sampled.height());
        for (int y = 0; y < sampled.height(); y++) {
            for (int x = 0; x < sampled.width(); x++) {
                int imageX = (int) Math.floor(transform.imageX(sampled.deviceX() + x + 0.5, 0));
                int imageY = (int) Math.floor(transform.imageY(0, sampled.deviceY() + y + 0.5));
                assertEquals(checker.argb()[imageY * 512 + imageX], sampled.argb()[y * sampled.width() + x]);
                if (x > 0) {
                    assertEquals(255, grey(sampled.argb()[y * sampled.width() + x])
                            + grey(sampled.argb()[y * sampled.width() + x - 1]), "neighbours alternate at 1:1");
                }
            }
        }
    }

    @Test
    void wholeZoom_repeatsEachPixelInBlocks() throws Exception {
        DisplayPixels checker = checkerboard();
        ViewGeometry geometry = new ViewGeometry(false, 3, 10, 10, Orientation.IDENTITY);
        DeviceTransform transform = geometry.deviceTransform(512, 512, 60, 60);

        DeviceSampling.Sampled sampled = DeviceSampling.sample(checker, transform, 60, 60, 8192, false);

        assertEquals(60, sampled.width());
        int[] row = new int[60];
        System.arraycopy(sampled.argb(), 0, row, 0, 60);
        // The image origin lands on a device pixel, so the runs of equal values start at a multiple of 3 from it.
        int phase = (int) (((transform.tx() % 3) + 3) % 3);
        for (int x = phase; x + 3 <= 60; x += 3) {
            assertEquals(row[x], row[x + 1]);
            assertEquals(row[x], row[x + 2]);
            if (x + 3 < 60) {
                assertEquals(255, grey(row[x]) + grey(row[x + 3]));
            }
        }
    }

    @Test
    void zoomedIn_allocatesOnlyVisiblePart() {
        DisplayPixels large = new DisplayPixels(4000, 4000, new int[4000 * 4000]);
        ViewGeometry geometry = new ViewGeometry(false, 8, 2000, 2000, Orientation.IDENTITY);
        DeviceTransform transform = geometry.deviceTransform(4000, 4000, 800, 600);

        DeviceSampling.Sampled sampled = DeviceSampling.sample(large, transform, 800, 600, 8192, false);

        assertEquals(800, sampled.width());
        assertEquals(600, sampled.height());
        assertEquals(800 * 600, sampled.argb().length);
    }

    @Test
    void textureLimit_downsamplesWideImage() {
        int[] ramp = new int[10000 * 300];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = 0xFF000000 | (i % 10000) % 256;
        }
        DisplayPixels wide = new DisplayPixels(10000, 300, ramp);
        ViewGeometry geometry = new ViewGeometry(false, 1, 5000, 150, Orientation.IDENTITY);
        DeviceTransform transform = geometry.deviceTransform(10000, 300, 3000, 400);

        DeviceSampling.Sampled sampled = DeviceSampling.sample(wide, transform, 3000, 400, 1024, false);

        assertEquals(3, sampled.step());
        assertEquals(1000, sampled.width());
        assertEquals(100, sampled.height());
        assertTrue(sampled.width() <= 1024);
        // Each sample takes the image pixel under the centre of its 3 × 3 block of device pixels.
        int imageX = (int) Math.floor(transform.imageX(sampled.deviceX() + 1.5, 0));
        assertEquals((imageX % 10000) % 256, grey(sampled.argb()[0]));
    }

    @Test
    void invert_negatesGreyLevels() throws Exception {
        DisplayPixels checker = checkerboard();
        DeviceTransform transform = ViewGeometry.FIT.deviceTransform(512, 512, 512, 512);

        DeviceSampling.Sampled plain = DeviceSampling.sample(checker, transform, 512, 512, 8192, false);
        DeviceSampling.Sampled inverted = DeviceSampling.sample(checker, transform, 512, 512, 8192, true);

        TreeSet<Integer> sums = new TreeSet<>();
        for (int i = 0; i < plain.argb().length; i++) {
            sums.add(grey(plain.argb()[i]) + grey(inverted.argb()[i]));
            assertEquals(0xFF, inverted.argb()[i] >>> 24, "inversion keeps the pixels opaque");
        }
        assertEquals(new TreeSet<>(java.util.List.of(255)), sums);
    }

    @Test
    void rotatedRight_readsColumnsDownwards() {
        DisplayPixels image = new DisplayPixels(3, 2, new int[] {1, 2, 3, 4, 5, 6});
        ViewGeometry geometry = new ViewGeometry(false, 1, 1.5, 1, Orientation.IDENTITY.rotateRight());
        DeviceTransform transform = geometry.deviceTransform(3, 2, 2, 3);

        DeviceSampling.Sampled sampled = DeviceSampling.sample(image, transform, 2, 3, 8192, false);

        // Turned clockwise, the bottom-left pixel (4) comes to the top left of the screen.
        assertEquals(2, sampled.width());
        assertEquals(3, sampled.height());
        assertEquals(java.util.List.of(4, 1, 5, 2, 6, 3), java.util.Arrays.stream(sampled.argb()).boxed().toList());
    }
}
