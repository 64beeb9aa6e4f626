package org.radassist.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.testsupport.Corpus;

class ImageKeyTest {

    /** Output of {@code sha256sum assets/samples/chest-ct-nema-ct1.dcm}. */
    private static final String SAMPLE_CT_SHA256 = "b8010576858ca64dcba6f2c2e1884fde7eeeb263ccf808f866540c7ce34d61b1";

    @TempDir
    Path directory;

    @Test
    void of_isSha256OfFileAndFrame() throws Exception {
        assertEquals(SAMPLE_CT_SHA256 + "-0", ImageKey.of(Corpus.SAMPLE_CT, 0).value());
        assertEquals(SAMPLE_CT_SHA256 + "-7", ImageKey.of(Corpus.SAMPLE_CT, 7).value());
    }

    @Test
    void cachedOf_matchesUncachedKey() throws Exception {
        assertEquals(ImageKey.of(Corpus.SAMPLE_CT, 3), ImageKey.cachedOf(Corpus.SAMPLE_CT, 3));
        assertEquals(ImageKey.of(Corpus.SAMPLE_CT, 4), ImageKey.cachedOf(Corpus.SAMPLE_CT, 4));
    }

    @Test
    void cachedOf_rehashesChangedFile() throws Exception {
        Path file = directory.resolve("image.bin");
        Files.write(file, new byte[] {1, 2, 3});
        ImageKey first = ImageKey.cachedOf(file, 0);
        Files.write(file, new byte[] {1, 2, 4});
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));

        ImageKey second = ImageKey.cachedOf(file, 0);

        assertNotEquals(first, second);
        assertEquals(ImageKey.of(file, 0), second);
    }

    @Test
    void isKey_acceptsOnlyKeyForm() {
        assertTrue(ImageKey.isKey(SAMPLE_CT_SHA256 + "-12"));
        assertFalse(ImageKey.isKey(SAMPLE_CT_SHA256));
        assertFalse(ImageKey.isKey(SAMPLE_CT_SHA256.toUpperCase() + "-0"));
        assertFalse(ImageKey.isKey("session.json"));
    }

    @Test
    void of_negativeFrameRejected() {
        assertThrows(IllegalArgumentException.class, () -> ImageKey.of(Corpus.SAMPLE_CT, -1));
    }
}
