package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.radassist.dicom.TransferSyntax;
import org.radassist.dicom.UnsupportedDicomException;

/**
 * Holds every file of real/ to dcmtk 3.6.7, one test per row of real/reference/RENDER_LOG.tsv.
 * Rows dcmtk (or GDCM, then dcmtk) rendered must render here within ±1 grey level per channel of
 * the reference PNG, with the same VOI option and, unless dcmj2pnm ran with -O, with overlays; files RadAssist cannot decode, files without an
 * image and the truncated file must fail with the matching {@link ImageLoadException}. The counts
 * per outcome are checked after all rows ran, so a row that is skipped fails the class.
 */
class DcmtkReferenceTest {

    private static final Path RENDER_LOG = TestData.file("real/reference/RENDER_LOG.tsv");

    /** What a row of RENDER_LOG.tsv must end in. */
    enum Outcome {
        /** Renders within ±1 of dcmtk's PNG. */
        MATCHES_DCMTK,
        /** Fails with UNSUPPORTED_DICOM naming the transfer syntax: JPEG-LS, 12-bit lossy JPEG, HTJ2K. */
        UNSUPPORTED,
        /** Fails with NOT_IMAGE: DICOMDIR, SR, RTSTRUCT. */
        NOT_IMAGE,
        /** Fails with INVALID_DICOM: the truncated file. */
        INVALID
    }

    /** Files whose row must not render; every other row must match dcmtk. */
    private static final Map<String, Outcome> NOT_RENDERED = Map.of(
            "ct1_jpegls_lossless.dcm", Outcome.UNSUPPORTED,
            "mr2_jpegls_nearlossless_rescale.dcm", Outcome.UNSUPPORTED,
            "rgb_htj2k_lossless.dcm", Outcome.UNSUPPORTED,
            "nm_jpeg_extended_12bit.dcm", Outcome.UNSUPPORTED,
            "DICOMDIR", Outcome.NOT_IMAGE,
            "rtstruct_no_pixels.dcm", Outcome.NOT_IMAGE,
            "sr_no_pixels.dcm", Outcome.NOT_IMAGE,
            "mr_truncated_pixels.dcm", Outcome.INVALID);

    /** Rows per outcome: 33 rows, one per file of real/dicom plus the overlay file without overlays. */
    private static final Map<Outcome, Integer> EXPECTED_COUNTS = Map.of(
            Outcome.MATCHES_DCMTK, 25,
            Outcome.UNSUPPORTED, 4,
            Outcome.NOT_IMAGE, 3,
            Outcome.INVALID, 1);

    /**
     * Largest difference per sample allowed per file; the default is 1 because dcmtk truncates where
     * the VOI formula gives a fraction. dcmtk's integer YBR_FULL to RGB conversion differs from the
     * PS3.3 C.7.6.3.1.2 equations that RadAssist uses by up to 2 on this file.
     */
    private static final Map<String, Integer> TOLERANCE = Map.of("sc_ybr_full_unc.dcm", 2);

    private static final Map<String, Outcome> OBSERVED = new ConcurrentHashMap<>();

    /** One row of RENDER_LOG.tsv. */
    record Row(String file, String tool, String voiOption, String status, String transferSyntaxUid) {

        String label() {
            return file + " " + tool.trim() + " " + voiOption;
        }

        /** Returns whether dcmtk rendered the file, directly or after GDCM decompressed it. */
        boolean dcmtkRendered() {
            return status.startsWith("OK") || status.contains("OK via gdcmconv");
        }

        /** dcmj2pnm draws overlay planes unless told -O (--no-overlays). */
        boolean withOverlays() {
            return !tool.contains("-O") && !voiOption.contains("-O");
        }

        /** Returns the reference PNG named in the status, else NAME.png or NAME.no-overlays.png. */
        String referenceName() {
            String stem = file.replaceFirst("\\.dcm$", "");
            if (status.contains(".gdcm-decoded.png")) {
                return stem + ".gdcm-decoded.png";
            }
            return stem + (withOverlays() ? ".png" : ".no-overlays.png");
        }
    }

    static List<Row> rows() throws IOException {
        return Files.readAllLines(RENDER_LOG, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(fields -> new Row(fields[0], fields[1], fields[2].replace("-O", "").trim()
                        + (fields[2].contains("-O") ? " -O" : ""), fields[3], fields[4]))
                .collect(Collectors.toList());
    }

    static Stream<Arguments> renderLogRows() throws IOException {
        return rows().stream().map(row -> Arguments.of(row.label(), row));
    }

    static Outcome expectedOutcome(Row row) {
        Outcome outcome = NOT_RENDERED.getOrDefault(row.file(), Outcome.MATCHES_DCMTK);
        if (outcome == Outcome.MATCHES_DCMTK) {
            assertTrue(row.dcmtkRendered(), row.file() + " has no dcmtk rendering: " + row.status());
        }
        return outcome;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderLogRows")
    void renderLogRow_matchesDcmtkOrFailsAsDeclared(String label, Row row) throws IOException {
        Path file = TestData.file("real/dicom/" + row.file());
        Outcome outcome = expectedOutcome(row);

        switch (outcome) {
            case MATCHES_DCMTK:
                StudyImage image = ImageLoader.load(file);
                assertWithin(row.referenceName(), render(image, row), referenceToRadAssist(image, row),
                        TOLERANCE.getOrDefault(row.file(), 1));
                break;
            case UNSUPPORTED:
                assertUnsupported(file, TransferSyntax.forUid(row.transferSyntaxUid()));
                break;
            case NOT_IMAGE:
                assertEquals(ImageLoadException.Reason.NOT_IMAGE,
                        assertThrows(ImageLoadException.class, () -> ImageLoader.load(file)).reason());
                break;
            case INVALID:
                ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));
                assertEquals(ImageLoadException.Reason.INVALID_DICOM, error.reason());
                assertTrue(error.getMessage().startsWith(row.file() + ": "), error.getMessage());
                break;
            default:
                throw new AssertionError(outcome);
        }
        OBSERVED.put(label, outcome);
    }

    @Test
    void renderLog_listsEveryCorpusFile() throws IOException {
        TreeSet<String> logged = rows().stream().map(Row::file).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> corpus;
        try (Stream<Path> files = Files.list(TestData.file("real/dicom"))) {
            corpus = files.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }

        assertEquals(corpus, logged);
    }

    @AfterAll
    static void everyRowRanWithExpectedOutcome() throws IOException {
        Map<Outcome, Integer> counts = new TreeMap<>();
        OBSERVED.values().forEach(outcome -> counts.merge(outcome, 1, Integer::sum));

        assertEquals(rows().size(), OBSERVED.size(), "rows that ran to the end: " + OBSERVED.keySet());
        assertEquals(new TreeMap<>(EXPECTED_COUNTS), counts, "rows per outcome");
    }

    /** Renders with the VOI option dcmj2pnm used for the row, then draws overlays as dcmj2pnm did. */
    private static BufferedImage render(StudyImage image, Row row) {
        BufferedImage rendered;
        String voi = row.voiOption().replace(" -O", "");
        if (!image.isGrey()) {
            assertEquals("-W", voi, "colour images are rendered without VOI");
            rendered = DisplayRenderer.render(image, null);
        } else if (voi.equals("+Wi 1")) {
            rendered = DisplayRenderer.render(image, image.windows().get(0));
        } else if (voi.equals("+Wl 1")) {
            rendered = DisplayRenderer.renderVoiLut(image, image.voiLuts().get(0));
        } else if (voi.equals("+Wm")) {
            rendered = DisplayRenderer.render(image, dcmtkMinMaxWindow(image));
        } else if (voi.equals("-W")) {
            // Without VOI dcmtk maps the Bits Stored range to 0..255, so 1-bit 1 becomes 255.
            rendered = DisplayRenderer.render(image, Window.ofRange(0, (1 << image.bitsStored()) - 1));
        } else {
            throw new AssertionError("unknown VOI option " + voi + " for " + row.file());
        }
        if (row.withOverlays()) {
            OverlayPlanes.draw(rendered, OverlayPlanes.of(image));
        }
        return rendered;
    }

    /**
     * Returns the mapping from dcmtk's output to RadAssist's for the row. Without VOI, dcmtk shifts
     * grey values of fewer than 8 Bits Stored into the top bits (1-bit 1 becomes 128) where RadAssist
     * stretches the Bits Stored range to 0..255 (1 becomes 255), so the reference is stretched too.
     */
    private static IntUnaryOperator referenceToRadAssist(StudyImage image, Row row) {
        int bits = image.bitsStored();
        if (!image.isGrey() || !row.voiOption().startsWith("-W") || bits >= 8) {
            return IntUnaryOperator.identity();
        }
        int maxStored = (1 << bits) - 1;
        return reference -> (reference >> (8 - bits)) * 255 / maxStored;
    }

    /**
     * Returns dcmtk's {@code +Wm} window: the minimum and maximum of all modality values. Unlike
     * RadAssist's own min-max window, dcmtk 3.6.7 counts pixel padding, as the CT files with
     * Pixel Padding Value -2000 show.
     */
    private static Window dcmtkMinMaxWindow(StudyImage image) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float value : image.modalityValues()) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return Window.ofRange(min, max);
    }

    private static void assertUnsupported(Path file, TransferSyntax syntax) {
        ImageLoadException error = assertThrows(ImageLoadException.class, () -> ImageLoader.load(file));

        assertEquals(ImageLoadException.Reason.UNSUPPORTED_DICOM, error.reason());
        assertInstanceOf(UnsupportedDicomException.class, error.getCause());
        String message = error.getMessage();
        assertTrue(message.startsWith(file.getFileName() + ": "), message);
        assertTrue(message.contains(syntax.name()), "names " + syntax.name() + ": " + message);
        assertTrue(message.contains(syntax.uid()), "names " + syntax.uid() + ": " + message);
        assertEquals(-1, message.indexOf('\n'), "one line: " + message);
    }

    /**
     * Asserts every sample of every band within {@code tolerance} of the reference, after mapping
     * reference samples with {@code toRadAssist}, and reports the worst pixel.
     */
    private static void assertWithin(String referenceName, BufferedImage rendered, IntUnaryOperator toRadAssist,
            int tolerance) throws IOException {
        BufferedImage referenceImage = ImageIO.read(TestData.file("real/reference/" + referenceName).toFile());
        Raster expected = referenceImage.getRaster();
        Raster actual = rendered.getRaster();
        assertEquals(referenceImage.getWidth(), rendered.getWidth(), "width");
        assertEquals(referenceImage.getHeight(), rendered.getHeight(), "height");
        assertEquals(expected.getNumBands(), actual.getNumBands(), "bands (grey 1, colour 3)");
        int worst = 0;
        String worstPixel = "";
        int offLimit = 0;
        for (int band = 0; band < expected.getNumBands(); band++) {
            for (int y = 0; y < referenceImage.getHeight(); y++) {
                for (int x = 0; x < referenceImage.getWidth(); x++) {
                    int reference = toRadAssist.applyAsInt(expected.getSample(x, y, band));
                    int difference = Math.abs(reference - actual.getSample(x, y, band));
                    if (difference > tolerance) {
                        offLimit++;
                    }
                    if (difference > worst) {
                        worst = difference;
                        worstPixel = " at x " + x + ", y " + y + ", band " + band + " (reference " + reference
                                + ", rendered " + actual.getSample(x, y, band) + ")";
                    }
                }
            }
        }
        assertTrue(worst <= tolerance, referenceName + ": " + offLimit + " samples differ by more than "
                + tolerance + ", largest " + worst + worstPixel);
    }
}
