package org.radassist.cli;

import java.nio.file.Path;
import java.util.Map;
import org.radassist.testsupport.Corpus;

/**
 * Corpus files whose pixel data RadAssist cannot decode, with their transfer syntax's standard
 * name and UID: JPEG-LS and 12-bit lossy JPEG have no decoder on Maven Central, and HTJ2K has none
 * in RadAssist's dependencies.
 */
final class UnsupportedFiles {

    /** Transfer syntax name and UID, as the error message must give them. */
    record Syntax(String name, String uid) {
    }

    private static final Syntax JPEG_LS_LOSSLESS =
            new Syntax("JPEG-LS Lossless Image Compression", "1.2.840.10008.1.2.4.80");
    private static final Syntax JPEG_LS_NEAR_LOSSLESS =
            new Syntax("JPEG-LS Lossy (Near-Lossless) Image Compression", "1.2.840.10008.1.2.4.81");
    private static final Syntax JPEG_EXTENDED =
            new Syntax("JPEG Extended (Process 2 & 4)", "1.2.840.10008.1.2.4.51");
    private static final Syntax HTJ2K_LOSSLESS =
            new Syntax("High-Throughput JPEG 2000 Image Compression (Lossless Only)", "1.2.840.10008.1.2.4.201");

    /** Paths relative to the corpus root, with their syntax. */
    static final Map<String, Syntax> BY_PATH = Map.of(
            "real/dicom/ct1_jpegls_lossless.dcm", JPEG_LS_LOSSLESS,
            "real/dicom/mr2_jpegls_nearlossless_rescale.dcm", JPEG_LS_NEAR_LOSSLESS,
            "real/dicom/nm_jpeg_extended_12bit.dcm", JPEG_EXTENDED,
            "real/dicom/rgb_htj2k_lossless.dcm", HTJ2K_LOSSLESS,
            "codecs/ct_s16_jls_dcmtk.dcm", JPEG_LS_LOSSLESS,
            "codecs/ct_s16_jls_gdcm.dcm", JPEG_LS_LOSSLESS,
            "codecs/ct_u12_jls_dcmtk.dcm", JPEG_LS_LOSSLESS,
            "codecs/ct_u12_jpext_dcmtk.dcm", JPEG_EXTENDED);

    private UnsupportedFiles() {
    }

    static Path path(String relative) {
        return Corpus.ROOT.resolve(relative);
    }
}
