package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.ModelInputBuilder;
import org.radassist.imaging.ModelInputOptions;
import org.radassist.testsupport.Corpus;

/**
 * {@code render --out-dir} renders files on several threads: every PNG must contain the same pixels
 * as the single-threaded rendering of its own file, and failures are reported in input order.
 */
class RenderFolderParallelTest {

    @TempDir
    Path home;

    /** Mixed grey and colour files, so that a mix-up between threads shows as wrong pixels or sizes. */
    private static final String[] SOURCES = {"ct_small_evrle_ri1024_nowin.dcm", "mr_small_evrle.dcm",
        "us_rgb_planar0.dcm", "ct_evrle_win40_300_spaced_ri.dcm", "cr_chest_mono1_acrnema_nometa.dcm",
        "ot_voilut_seq_8bit.dcm"};

    @Test
    void renderOutDir_eachPngMatchesItsFile() throws Exception {
        Map<Path, Path> inputs = copySources(24);
        Path out = home.resolve("out");

        CliRunner.Result result = new CliRunner(home).run("render", home.resolve("folder").toString(),
                "--out-dir", out.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        for (Map.Entry<Path, Path> input : inputs.entrySet()) {
            Path png = out.resolve(RenderCommand.pngName(input.getKey()));
            BufferedImage expected = DisplayRenderer.render(ImageLoader.load(input.getValue()));
            assertSamePixels(expected, ImageIO.read(png.toFile()), png.getFileName().toString());
        }
    }

    @Test
    void renderOutDirModelInput_eachPngMatchesItsFile() throws Exception {
        Map<Path, Path> inputs = copySources(12);
        Path out = home.resolve("out");

        CliRunner.Result result = new CliRunner(home).run("render", home.resolve("folder").toString(),
                "--out-dir", out.toString(), "--model-input", "--max-side", "0");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        for (Map.Entry<Path, Path> input : inputs.entrySet()) {
            Path png = out.resolve(RenderCommand.pngName(input.getKey()));
            BufferedImage expected = ModelInputBuilder.prepareImage(ImageLoader.load(input.getValue()),
                    ModelInputOptions.defaults().withMaxSide(0));
            assertSamePixels(expected, ImageIO.read(png.toFile()), png.getFileName().toString());
        }
    }

    @Test
    void renderOutDir_reportsFailuresInInputOrder() throws Exception {
        Path folder = Files.createDirectories(home.resolve("folder"));
        for (int i = 0; i < 8; i++) {
            String source = i % 3 == 1 ? "ct1_jpegls_lossless.dcm" : "mr_small_evrle.dcm";
            Files.copy(Corpus.real(source), folder.resolve("slice" + i + ".dcm"));
        }

        CliRunner.Result result = new CliRunner(home).run("render", folder.toString(), "--out-dir",
                home.resolve("out").toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        int first = result.err().indexOf("radassist: slice1.dcm:");
        int second = result.err().indexOf("radassist: slice4.dcm:");
        int third = result.err().indexOf("radassist: slice7.dcm:");
        assertTrue(first >= 0, result.err());
        assertTrue(second > first, result.err());
        assertTrue(third > second, result.err());
        assertTrue(result.err().contains("Wrote 5 of 8 images"), result.err());
    }

    /** Copies the sources round-robin into home/folder and returns each copy with its source. */
    private Map<Path, Path> copySources(int count) throws Exception {
        Path folder = Files.createDirectories(home.resolve("folder"));
        Map<Path, Path> copies = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Path source = Corpus.real(SOURCES[i % SOURCES.length]);
            Path copy = folder.resolve(String.format("file%02d.dcm", i));
            Files.copy(source, copy);
            copies.put(copy, source);
        }
        return copies;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String name) {
        assertEquals(expected.getWidth(), actual.getWidth(), name + " width");
        assertEquals(expected.getHeight(), actual.getHeight(), name + " height");
        Raster expectedRaster = expected.getRaster();
        Raster actualRaster = actual.getRaster();
        assertEquals(expectedRaster.getNumBands(), actualRaster.getNumBands(), name + " bands");
        int[] expectedSamples = expectedRaster.getPixels(0, 0, expected.getWidth(), expected.getHeight(), (int[]) null);
        int[] actualSamples = actualRaster.getPixels(0, 0, actual.getWidth(), actual.getHeight(), (int[]) null);
        for (int i = 0; i < expectedSamples.length; i++) {
            assertEquals(expectedSamples[i], actualSamples[i], name + " sample " + i);
        }
    }
}
