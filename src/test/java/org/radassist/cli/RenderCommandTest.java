package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;

/** The render command: overlays on request, and many files or a folder with --out-dir. */
class RenderCommandTest {

    private static final Path OVERLAY_FILE = Corpus.real("ot_bs12_overlay_in_high_bits.dcm");

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        return new CliRunner(home).run(args);
    }

    /** Asserts that the PNG differs from dcmtk's reference by at most one grey level anywhere. */
    private static void assertMatchesReference(String referenceName, Path png) throws IOException {
        Raster expected = ImageIO.read(Corpus.ROOT.resolve("real/reference/" + referenceName).toFile()).getRaster();
        Raster actual = ImageIO.read(png.toFile()).getRaster();
        assertEquals(expected.getWidth(), actual.getWidth(), "width");
        assertEquals(expected.getHeight(), actual.getHeight(), "height");
        int offLimit = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (Math.abs(expected.getSample(x, y, 0) - actual.getSample(x, y, 0)) > 1) {
                    offLimit++;
                }
            }
        }
        assertEquals(0, offLimit, "pixels differing from " + referenceName + " by more than 1");
    }

    @Test
    void renderOverlays_matchesDcmtkWithOverlays() throws Exception {
        Path png = home.resolve("overlays.png");

        CliRunner.Result result = run("render", OVERLAY_FILE.toString(), "--out", png.toString(), "--window",
                "auto", "--overlays");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertMatchesReference("ot_bs12_overlay_in_high_bits.png", png);
    }

    @Test
    void renderDefault_hasNoOverlays() throws Exception {
        Path png = home.resolve("plain.png");

        CliRunner.Result result = run("render", OVERLAY_FILE.toString(), "--out", png.toString(), "--window", "auto");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertMatchesReference("ot_bs12_overlay_in_high_bits.no-overlays.png", png);
    }

    @Test
    void renderOverlaysWithModelInput_exits2() {
        CliRunner.Result result = run("render", OVERLAY_FILE.toString(), "--out", home.resolve("x.png").toString(),
                "--overlays", "--model-input");

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("--overlays applies to the display rendering only"), result.err());
    }

    @Test
    void renderOutDir_rendersFolderAndReportsFailures() throws Exception {
        Path folder = Files.createDirectories(home.resolve("study"));
        Files.copy(Corpus.real("ct_small_evrle_ri1024_nowin.dcm"), folder.resolve("slice1.dcm"));
        Files.copy(Corpus.real("mr_small_evrle.dcm"), folder.resolve("slice2.dcm"));
        Files.copy(Corpus.real("ct1_jpegls_lossless.dcm"), folder.resolve("slice3.dcm"));
        Path out = home.resolve("out");

        CliRunner.Result result = run("render", folder.toString(), "--out-dir", out.toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status(), result.err());
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(List.of("slice1.png", "slice2.png"),
                    written.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        assertTrue(result.err().contains("radassist: slice3.dcm: transfer syntax JPEG-LS Lossless Image "
                + "Compression (1.2.840.10008.1.2.4.80) is not supported"), result.err());
        assertTrue(result.err().contains("Wrote 2 of 3 images to " + out), result.err());
        BufferedImage slice1 = ImageIO.read(out.resolve("slice1.png").toFile());
        assertEquals(128, slice1.getWidth());
    }

    @Test
    void renderOutDir_acceptsSeveralFiles() throws Exception {
        Path out = home.resolve("out");

        CliRunner.Result result = run("render", Corpus.real("mr_small_evrle.dcm").toString(),
                Corpus.real("mr_small_evrbe.dcm").toString(), "--out-dir", out.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        Raster little = ImageIO.read(out.resolve("mr_small_evrle.png").toFile()).getRaster();
        Raster big = ImageIO.read(out.resolve("mr_small_evrbe.png").toFile()).getRaster();
        // The same MR slice in two byte orders renders to the same pixels.
        assertArrayEquals(little.getPixels(0, 0, 64, 64, (int[]) null), big.getPixels(0, 0, 64, 64, (int[]) null));
    }

    @Test
    void renderOutWithFolder_exits2() throws Exception {
        Path folder = Files.createDirectories(home.resolve("study"));

        CliRunner.Result result = run("render", folder.toString(), "--out", home.resolve("x.png").toString());

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("--out takes one input file"), result.err());
    }

    @Test
    void renderWithoutOutput_exits2() {
        CliRunner.Result result = run("render", OVERLAY_FILE.toString());

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("Give either --out PNG (one file) or --out-dir DIR."), result.err());
    }

    @Test
    void renderOutOntoInput_exits2AndKeepsInput() throws Exception {
        Path input = Files.copy(OVERLAY_FILE, home.resolve("victim.dcm"));
        byte[] original = Files.readAllBytes(input);
        Files.createDirectories(home.resolve("sub"));
        Path link = Files.createSymbolicLink(home.resolve("link.png"), input);
        String[] outputs = {input.toString(), home.resolve("sub/../victim.dcm").toString(), link.toString()};

        for (String output : outputs) {
            CliRunner.Result result = run("render", input.toString(), "--out", output);

            assertEquals(ExitCodes.USAGE, result.status(), output + ": " + result.err());
            assertTrue(result.err().contains("Invalid output " + output + ": it is the input file"), result.err());
            assertArrayEquals(original, Files.readAllBytes(input), output);
        }
    }

    @Test
    void renderOutDirOntoInput_exits2AndKeepsInput() throws Exception {
        Path folder = Files.createDirectories(home.resolve("study"));
        Path png = folder.resolve("scan.png");
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        byte[] original = Files.readAllBytes(png);

        CliRunner.Result result = run("render", png.toString(), "--out-dir", folder.toString(), "--window", "auto");

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("it is the input file " + png), result.err());
        assertArrayEquals(original, Files.readAllBytes(png));
    }

    @Test
    void renderAndInfoPngBomb_exit3() throws Exception {
        Path png = org.radassist.imaging.ImageSizeLimitTest.writeHugePng(home.resolve("bomb.png"), 30000, 30000);
        String expected = "radassist: bomb.png: the image is 30000 x 30000 pixels, larger than the limit";

        CliRunner.Result render = run("render", png.toString(), "--out", home.resolve("x.png").toString());
        CliRunner.Result info = run("info", png.toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, render.status(), render.err());
        assertTrue(render.err().startsWith(expected), render.err());
        assertEquals(ExitCodes.INPUT_UNREADABLE, info.status(), info.err());
        assertTrue(info.err().startsWith(expected), info.err());
    }

    @Test
    void renderUnwritableOut_exits2NamingPath() throws Exception {
        Path folder = Files.createDirectories(home.resolve("existing"));
        String[][] cases = {
            {folder.toString(), "Cannot write --out " + folder + ": it is a directory."},
            {"/proc/x.png", "Cannot write /proc/x.png: "},
            {"", "Invalid --out '': the path is empty."},
            {"-", "Invalid --out '-': render cannot write to standard output."},
        };

        for (String[] testCase : cases) {
            CliRunner.Result result = run("render", OVERLAY_FILE.toString(), "--out", testCase[0]);

            assertEquals(ExitCodes.USAGE, result.status(), testCase[0] + ": " + result.err());
            assertTrue(result.err().contains(testCase[1]), result.err());
            assertFalse(result.err().contains("\tat "), result.err());
            assertFalse(result.err().contains("Exception"), result.err());
        }
    }

    @Test
    void renderOutNotPng_exits2NamingPath() throws Exception {
        String[] outputs = {home.resolve("x.jpg").toString(), home.resolve("scan.PNG.tiff").toString()};

        for (String output : outputs) {
            CliRunner.Result result = run("render", OVERLAY_FILE.toString(), "--out", output);

            assertEquals(ExitCodes.USAGE, result.status(), output + ": " + result.err());
            assertTrue(result.err().contains("Invalid --out " + output + ": the output is PNG"), result.err());
            assertFalse(Files.exists(Path.of(output)), output);
        }
    }

    @Test
    void renderOutPngExtensionAnyCase_writesPng() throws Exception {
        String[] names = {"upper.PNG", "mixed.Png", "no-extension"};

        for (String name : names) {
            Path png = home.resolve(name);

            CliRunner.Result result = run("render", OVERLAY_FILE.toString(), "--out", png.toString(), "--window",
                    "auto");

            assertEquals(ExitCodes.OK, result.status(), name + ": " + result.err());
            assertMatchesReference("ot_bs12_overlay_in_high_bits.no-overlays.png", png);
        }
    }

    @Test
    void renderOutDirIsFile_exits2() throws Exception {
        Path file = Files.writeString(home.resolve("taken"), "x");

        CliRunner.Result result = run("render", OVERLAY_FILE.toString(), "--out-dir", file.toString());

        assertEquals(ExitCodes.USAGE, result.status(), result.err());
        assertTrue(result.err().contains("Cannot write --out-dir " + file + ": it is a file, not a directory."),
                result.err());
    }
}
