package org.radassist.dicom;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Transfer syntax of a data set: byte order, VR encoding, deflate and pixel data compression,
 * with the names from DICOM PS3.6 annex A.
 */
public final class TransferSyntax {

    /** Decoder family that reads the pixel data of a transfer syntax. */
    enum Codec {
        NATIVE, ENCAPSULATED_UNCOMPRESSED, RLE, JPEG, JPEG_LOSSLESS, JPEG_2000, NONE
    }

    private static final String RAW_HINT = "gdcmconv --raw";
    private static final Map<String, TransferSyntax> KNOWN = new LinkedHashMap<>();

    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN = register("1.2.840.10008.1.2",
            "Implicit VR Little Endian", false, false, false, Codec.NATIVE, null);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN = register("1.2.840.10008.1.2.1",
            "Explicit VR Little Endian", true, false, false, Codec.NATIVE, null);
    public static final TransferSyntax ENCAPSULATED_UNCOMPRESSED = register(
            "1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian", true,
            false, false, Codec.ENCAPSULATED_UNCOMPRESSED, null);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = register(
            "1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true,
            Codec.NATIVE, null);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN = register("1.2.840.10008.1.2.2",
            "Explicit VR Big Endian", true, true, false, Codec.NATIVE, null);
    public static final TransferSyntax JPEG_BASELINE = register("1.2.840.10008.1.2.4.50",
            "JPEG Baseline (Process 1)", true, false, false, Codec.JPEG, "dcmdjpeg or " + RAW_HINT);
    public static final TransferSyntax JPEG_EXTENDED = register("1.2.840.10008.1.2.4.51",
            "JPEG Extended (Process 2 & 4)", true, false, false, Codec.JPEG,
            "dcmdjpeg or " + RAW_HINT);
    public static final TransferSyntax JPEG_LOSSLESS = register("1.2.840.10008.1.2.4.57",
            "JPEG Lossless, Non-Hierarchical (Process 14)", true, false, false,
            Codec.JPEG_LOSSLESS, "dcmdjpeg or " + RAW_HINT);
    public static final TransferSyntax JPEG_LOSSLESS_SV1 = register("1.2.840.10008.1.2.4.70",
            "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
            true, false, false, Codec.JPEG_LOSSLESS, "dcmdjpeg or " + RAW_HINT);
    public static final TransferSyntax JPEG_LS_LOSSLESS = register("1.2.840.10008.1.2.4.80",
            "JPEG-LS Lossless Image Compression", true, false, false, Codec.NONE,
            "dcmdjpls or " + RAW_HINT);
    public static final TransferSyntax JPEG_LS_NEAR_LOSSLESS = register("1.2.840.10008.1.2.4.81",
            "JPEG-LS Lossy (Near-Lossless) Image Compression", true, false, false, Codec.NONE,
            "dcmdjpls or " + RAW_HINT);
    public static final TransferSyntax JPEG_2000_LOSSLESS = register("1.2.840.10008.1.2.4.90",
            "JPEG 2000 Image Compression (Lossless Only)", true, false, false, Codec.JPEG_2000,
            RAW_HINT);
    public static final TransferSyntax JPEG_2000 = register("1.2.840.10008.1.2.4.91",
            "JPEG 2000 Image Compression", true, false, false, Codec.JPEG_2000, RAW_HINT);
    public static final TransferSyntax RLE_LOSSLESS = register("1.2.840.10008.1.2.5",
            "RLE Lossless", true, false, false, Codec.RLE, "dcmdrle or " + RAW_HINT);

    static {
        String[][] unsupported = {
            {"1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"},
            {"1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"},
            {"1.2.840.10008.1.2.4.94", "JPIP Referenced"},
            {"1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"},
            {"1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"},
            {"1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level"},
            {"1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"},
            {"1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"},
            {"1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"},
            {"1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"},
            {"1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"},
            {"1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1"},
            {"1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1"},
            {"1.2.840.10008.1.2.4.110", "JPEG XL Lossless"},
            {"1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression"},
            {"1.2.840.10008.1.2.4.112", "JPEG XL"},
            {"1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"},
            {"1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"},
            {"1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"},
        };
        for (String[] entry : unsupported) {
            register(entry[0], entry[1], true, false, false, Codec.NONE, RAW_HINT);
        }
    }

    private final String uid;
    private final String name;
    private final boolean explicitVr;
    private final boolean bigEndian;
    private final boolean deflated;
    private final Codec codec;
    private final String conversionHint;

    private TransferSyntax(String uid, String name, boolean explicitVr, boolean bigEndian,
            boolean deflated, Codec codec, String conversionHint) {
        this.uid = uid;
        this.name = name;
        this.explicitVr = explicitVr;
        this.bigEndian = bigEndian;
        this.deflated = deflated;
        this.codec = codec;
        this.conversionHint = conversionHint == null ? RAW_HINT : conversionHint;
    }

    private static TransferSyntax register(String uid, String name, boolean explicitVr,
            boolean bigEndian, boolean deflated, Codec codec, String conversionHint) {
        TransferSyntax syntax = new TransferSyntax(uid, name, explicitVr, bigEndian, deflated,
                codec, conversionHint);
        KNOWN.put(uid, syntax);
        return syntax;
    }

    /**
     * Returns the transfer syntax for a UID. An unknown UID gets an encapsulated explicit VR
     * little endian syntax without a decoder, named "Unknown transfer syntax".
     */
    public static TransferSyntax forUid(String uid) {
        String trimmed = uid == null ? "" : uid.trim();
        TransferSyntax known = KNOWN.get(trimmed);
        if (known != null) {
            return known;
        }
        String name = trimmed.startsWith("1.2.840.10008.1.2.4.")
                ? "Retired or unknown JPEG transfer syntax" : "Unknown transfer syntax";
        return new TransferSyntax(trimmed, name, true, false, false, Codec.NONE, null);
    }

    /** Returns the UID, e.g. {@code 1.2.840.10008.1.2.1}. */
    public String uid() {
        return uid;
    }

    /** Returns the name from DICOM PS3.6, e.g. "JPEG-LS Lossless Image Compression". */
    public String name() {
        return name;
    }

    public boolean bigEndian() {
        return bigEndian;
    }

    public boolean explicitVr() {
        return explicitVr;
    }

    /** Returns whether the data set after the file meta information is raw deflate data. */
    public boolean deflated() {
        return deflated;
    }

    /** Returns whether pixel data is stored as fragments in items rather than as one value. */
    public boolean encapsulated() {
        return codec != Codec.NATIVE;
    }

    /** Returns whether RadAssist has a decoder for the pixel data of this transfer syntax. */
    public boolean decodable() {
        return codec != Codec.NONE;
    }

    Codec codec() {
        return codec;
    }

    String conversionHint() {
        return conversionHint;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransferSyntax && ((TransferSyntax) other).uid.equals(uid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid);
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}
