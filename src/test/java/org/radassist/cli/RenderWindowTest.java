package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.imaging.VoiLutFunctionRenderingTest;
import org.radassist.testsupport.Corpus;

/** The render command's --window option on colour images, invalid values and the file's own VOI. */
class RenderWindowTest {

    private static final Path RGB_FILE = Corpus.real("us_rgb_planar0.dcm");

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        return new CliRunner(home).run(args);
    }

    private static int[] pixels(Path png) throws Exception {
        Raster raster = ImageIO.read(png.toFile()).getRaster();
        return raster.getPixels(0, 0, raster.getWidth(), raster.getHeight(), (int[]) null);
    }

    @Test
    void windowOnColour_writesAsIsWithNote() throws Exception {
        Path plain = home.resolve("plain.png");
        assertEquals(ExitCodes.OK, run("render", RGB_FILE.toString(), "--out", plain.toString()).status());

        for (String window : new String[] {"auto", "lung", "40,400"}) {
            Path png = home.resolve("windowed.png");

            CliRunner.Result result = run("render", RGB_FILE.toString(), "--out", png.toString(), "--window", window);

            assertEquals(ExitCodes.OK, result.status(), window + ": " + result.err());
            assertTrue(result.err().startsWith("Note: --window applies to grey images only, so us_rgb_planar0.dcm,"
                    + " a colour (RGB) image, is written as it is."), result.err());
            assertArrayEquals(pixels(plain), pixels(png), window);
        }
    }

    @Test
    void windowOnColourFolder_notesOnce() throws Exception {
        Path folder = Files.createDirectories(home.resolve("study"));
        Files.copy(RGB_FILE, folder.resolve("a.dcm"));
        Files.copy(RGB_FILE, folder.resolve("b.dcm"));

        CliRunner.Result result = run("render", folder.toString(), "--out-dir", home.resolve("out").toString(),
                "--window", "auto");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertEquals(result.err().indexOf("Note: --window"), result.err().lastIndexOf("Note: --window"), result.err());
    }

    @Test
    void windowNonFinite_exits2NamingValue() {
        for (String window : new String[] {"NaN,400", "40,Infinity", "-Infinity,400", "40,NaN"}) {
            Path png = home.resolve("x.png");

            CliRunner.Result result = run("render", Corpus.real("mr_small_evrle.dcm").toString(), "--out",
                    png.toString(), "--window", window);

            assertEquals(ExitCodes.USAGE, result.status(), window + ": " + result.err());
            assertTrue(result.err().contains("Invalid --window '" + window + "': expected CENTER,WIDTH as finite "
                    + "numbers"), result.err());
            assertFalse(Files.exists(png), window);
        }
    }

    @Test
    void windowEmpty_exits2() {
        CliRunner.Result result = run("render", Corpus.real("mr_small_evrle.dcm").toString(), "--out",
                home.resolve("x.png").toString(), "--window", "");

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Invalid --window '': the value is empty."), result.err());
    }

    @Test
    void renderDefault_usesFileSigmoid() throws Exception {
        Path file = VoiLutFunctionRenderingTest.writeWindowedImage(home.resolve("ct.dcm"), "CT", "SIGMOID");
        Path png = home.resolve("ct.png");

        CliRunner.Result result = run("render", file.toString(), "--out", png.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertArrayEquals(VoiLutFunctionRenderingTest.SIGMOID_40_400, pixels(png));
    }
}
