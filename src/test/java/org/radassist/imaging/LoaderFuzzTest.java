package org.radassist.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.DicomException;

/**
 * Mutates corpus files with a fixed seed (byte changes, truncation, element and item lengths set
 * to large values) and loads, renders and prepares each mutant as the application does. Every
 * mutant must end in an image or the declared {@link ImageLoadException} (which wraps the reader's
 * {@link DicomException}) naming the file in one line, never in another throwable. Each case
 * runs under a generous timeout that only detects hangs; it is not a speed check.
 */
class LoaderFuzzTest {

    private static final long SEED = 20261204L;
    private static final int ITERATIONS = 2000;
    private static final Duration HANG_LIMIT = Duration.ofSeconds(30);

    /** Seeds of different encodings, most of them small so that many mutants fit in the time. */
    private static final List<String> SEEDS = List.of(
            "real/dicom/mr_small_evrle.dcm",
            "real/dicom/mr_small_evrbe.dcm",
            "real/dicom/mr_small_j2k_lossless.dcm",
            "real/dicom/ct_small_evrle_ri1024_nowin.dcm",
            "real/dicom/ot_deflated_8bit.dcm",
            "real/dicom/sc_jpeg_baseline_ybr_full.dcm",
            "real/dicom/sc_ybr_full_422_unc.dcm",
            "real/dicom/sc_rgb_3x3_odd.dcm",
            "real/dicom/seg_1bit_512.dcm",
            "real/dicom/mr_acrnema_ba12_nometa.dcm",
            "real/dicom/ot_voilut_seq_8bit.dcm",
            "real/dicom/sr_no_pixels.dcm",
            "cases/L08_no_preamble_implicit.dcm",
            "cases/L10_odd_length_8bit_3x3.dcm",
            "cases/L13_rle_grey8.dcm",
            "cases/L11a_rgb_quadrants_jpeg_baseline_ybr422.dcm");

    /** VRs whose explicit VR header has 2 reserved bytes and a 4-byte length. */
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
            "UR", "UT", "UV");
    private static final Set<String> SHORT_VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS",
            "LO", "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US");
    private static final long[] LARGE_LENGTHS = {0xFFFFFFFFL, 0xFFFFFFFEL, 0xFFFFFFF0L, 0x80000000L, 0x7FFFFFFFL,
        0x10000000L};

    enum Mutation {
        CHANGE_BYTES,
        TRUNCATE,
        LARGE_LENGTH
    }

    @TempDir
    Path folder;

    @Test
    void mutatedCorpus_endsInImageOrDeclaredException() throws IOException {
        Random random = new Random(SEED);
        List<byte[]> seeds = new ArrayList<>();
        for (String seed : SEEDS) {
            seeds.add(Files.readAllBytes(TestData.file(seed)));
        }
        Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class);

        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            int seedIndex = random.nextInt(seeds.size());
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] mutant = mutate(seeds.get(seedIndex), mutation, random);
            Path file = folder.resolve("mutant.dcm");
            Files.write(file, mutant);
            String context = "iteration " + iteration + " (" + mutation + " of " + SEEDS.get(seedIndex) + ", seed "
                    + SEED + ")";

            boolean loaded = assertTimeoutPreemptively(HANG_LIMIT, () -> loadRenderAndPrepare(file, context), context);

            outcomes.computeIfAbsent(mutation, key -> new int[2])[loaded ? 0 : 1]++;
        }

        int total = 0;
        for (int[] counts : outcomes.values()) {
            total += counts[0] + counts[1];
            assertTrue(counts[1] > 0, "every mutation kind must produce some rejected files: " + outcomes);
        }
        assertEquals(ITERATIONS, total);
    }

    /** Returns true when the mutant loaded and rendered, false when it was rejected as declared. */
    private static boolean loadRenderAndPrepare(Path file, String context) {
        try {
            StudyImage image = ImageLoader.load(file);
            DisplayRenderer.render(image);
            ModelInputBuilder.prepare(image, ModelInputOptions.defaults());
            return true;
        } catch (ImageLoadException e) {
            String message = e.getMessage();
            assertTrue(message != null, context + ": message missing");
            assertTrue(message.startsWith("mutant.dcm: "), context + ": " + message);
            assertEquals(-1, message.indexOf('\n'), context + ": message on one line: " + message);
            return false;
        } catch (IOException | RuntimeException | Error e) {
            fail(context + ": " + e, e);
            return false;
        }
    }

    private static byte[] mutate(byte[] original, Mutation mutation, Random random) {
        switch (mutation) {
            case CHANGE_BYTES:
                return changeBytes(original, random);
            case TRUNCATE:
                return java.util.Arrays.copyOf(original, random.nextInt(original.length));
            case LARGE_LENGTH:
                return largeLength(original, random);
            default:
                throw new AssertionError(mutation);
        }
    }

    /** Sets 1 to 8 bytes to random values, half of the time within the first 2048 bytes (the header). */
    private static byte[] changeBytes(byte[] original, Random random) {
        byte[] mutant = original.clone();
        int changes = 1 + random.nextInt(8);
        int range = random.nextBoolean() ? Math.min(2048, mutant.length) : mutant.length;
        for (int i = 0; i < changes; i++) {
            mutant[random.nextInt(range)] = (byte) random.nextInt(256);
        }
        return mutant;
    }

    /**
     * Sets the length of a random element or item to a large value. The field is the 4-byte length
     * of an item (FFFE,E000) or of an explicit VR element with a long VR, or the 2-byte length of
     * one with a short VR. Files without such headers get 4 bytes after a random even offset.
     */
    private static byte[] largeLength(byte[] original, Random random) {
        byte[] mutant = original.clone();
        List<int[]> fields = lengthFields(original);
        if (fields.isEmpty()) {
            int at = random.nextInt(Math.max(1, Math.min(original.length, 2048) - 8)) & ~1;
            writeUint32(mutant, at + 4, LARGE_LENGTHS[random.nextInt(LARGE_LENGTHS.length)]);
            return mutant;
        }
        int[] field = fields.get(random.nextInt(fields.size()));
        if (field[1] == 2) {
            mutant[field[0]] = (byte) 0xFF;
            mutant[field[0] + 1] = (byte) (0xF0 + random.nextInt(16));
        } else {
            writeUint32(mutant, field[0], LARGE_LENGTHS[random.nextInt(LARGE_LENGTHS.length)]);
        }
        return mutant;
    }

    /** Returns {offset, size} of length fields found by their explicit VR or item tag pattern. */
    private static List<int[]> lengthFields(byte[] bytes) {
        List<int[]> fields = new ArrayList<>();
        for (int i = 0; i + 12 <= bytes.length; i += 2) {
            if ((bytes[i] & 0xFF) == 0xFE && (bytes[i + 1] & 0xFF) == 0xFF && (bytes[i + 2] & 0xFF) == 0x00
                    && (bytes[i + 3] & 0xFF) == 0xE0) {
                fields.add(new int[] {i + 4, 4});
                continue;
            }
            String vr = new String(bytes, i + 4, 2, StandardCharsets.US_ASCII);
            if (LONG_VRS.contains(vr) && bytes[i + 6] == 0 && bytes[i + 7] == 0) {
                fields.add(new int[] {i + 8, 4});
            } else if (SHORT_VRS.contains(vr)) {
                fields.add(new int[] {i + 6, 2});
            }
        }
        return fields;
    }

    private static void writeUint32(byte[] bytes, int at, long value) {
        for (int i = 0; i < 4 && at + i < bytes.length; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
