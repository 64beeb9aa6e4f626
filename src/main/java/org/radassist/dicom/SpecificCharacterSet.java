package org.radassist.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decoder for text values (SH, LO, ST, LT, UT, PN, UC) under a Specific Character Set (0008,0005).
 * It covers the single-byte ISO 8859 sets, UTF-8, GB18030 and GBK. It also follows the ISO 2022
 * escape sequences of PS3.5 section 6.1.2.5 for Japanese (IR 13, IR 87), Korean (IR 149) and
 * Chinese (IR 58); JIS X 0212 (IR 159) is not decoded.
 */
public final class SpecificCharacterSet {

    /**
     * The default repertoire. It decodes as ISO-8859-1 so that stray bytes above 0x7F in files
     * without (0008,0005) stay visible instead of turning into replacement characters.
     */
    public static final SpecificCharacterSet DEFAULT =
            new SpecificCharacterSet("", StandardCharsets.ISO_8859_1, null, false);

    private static final byte ESC = 0x1B;
    private static final Charset JIS_X0201 = Charset.forName("JIS_X0201");
    /** Marker for G0 = JIS X 0208, decoded through ISO-2022-JP. */
    private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    private final String term;
    private final Charset initialG0;
    private final Charset initialG1;
    private final boolean codeExtensions;

    private SpecificCharacterSet(String term, Charset initialG0, Charset initialG1, boolean codeExtensions) {
        this.term = term;
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.codeExtensions = codeExtensions;
    }

    /**
     * Returns the character set for the values of (0008,0005). The first value selects the
     * initial character set; any value starting with "ISO 2022" turns on escape sequence handling.
     * An unknown term falls back to the default repertoire.
     */
    static SpecificCharacterSet of(String[] values) {
        if (values.length == 0) {
            return DEFAULT;
        }
        boolean extensions = false;
        StringBuilder term = new StringBuilder();
        for (String value : values) {
            String normalized = value.trim().toUpperCase(Locale.ROOT);
            extensions |= normalized.startsWith("ISO 2022");
            if (term.length() > 0) {
                term.append('\\');
            }
            term.append(normalized);
        }
        String first = values[0].trim().toUpperCase(Locale.ROOT);
        Charset g0 = StandardCharsets.US_ASCII;
        Charset g1 = null;
        switch (first.replace("ISO 2022 ", "ISO_")) {
            case "", "ISO_IR 6" -> g0 = extensions ? StandardCharsets.US_ASCII : StandardCharsets.ISO_8859_1;
            case "ISO_IR 13" -> {
                g0 = JIS_X0201;
                g1 = JIS_X0201;
            }
            default -> {
                Charset charset = singleCharset(first.replace("ISO 2022 ", "ISO_"));
                if (charset == null) {
                    return DEFAULT;
                }
                if (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("GB")) {
                    return new SpecificCharacterSet(term.toString(), charset, null, false);
                }
                g1 = charset;
            }
        }
        return new SpecificCharacterSet(term.toString(), g0, g1, extensions);
    }

    private static Charset singleCharset(String term) {
        return switch (term) {
            case "ISO_IR 100" -> StandardCharsets.ISO_8859_1;
            case "ISO_IR 101" -> Charset.forName("ISO-8859-2");
            case "ISO_IR 109" -> Charset.forName("ISO-8859-3");
            case "ISO_IR 110" -> Charset.forName("ISO-8859-4");
            case "ISO_IR 144" -> Charset.forName("ISO-8859-5");
            case "ISO_IR 127" -> Charset.forName("ISO-8859-6");
            case "ISO_IR 126" -> Charset.forName("ISO-8859-7");
            case "ISO_IR 138" -> Charset.forName("ISO-8859-8");
            case "ISO_IR 148" -> Charset.forName("ISO-8859-9");
            case "ISO_IR 203" -> Charset.forName("ISO-8859-15");
            case "ISO_IR 166" -> Charset.forName("TIS-620");
            case "ISO_IR 192" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            case "GBK" -> Charset.forName("GBK");
            default -> null;
        };
    }

    /** Returns the defined terms as stored, e.g. {@code ISO_IR 192}; empty for the default. */
    public String term() {
        return term;
    }

    /**
     * Decodes a multi-valued text element: splits the bytes at backslashes, then decodes each
     * value from the initial character sets. GB18030 and GBK are decoded first and split after,
     * because their second bytes can be 0x5C.
     */
    public String[] decodeValues(byte[] bytes, int offset, int length) {
        if (initialG0.name().startsWith("GB")) {
            return decode(bytes, offset, length).split("\\\\", -1);
        }
        List<String> values = new ArrayList<>();
        int start = offset;
        int end = offset + length;
        for (int at = offset; at <= end; at++) {
            if (at == end || bytes[at] == '\\') {
                values.add(decode(bytes, start, at - start));
                start = at + 1;
            }
        }
        return values.toArray(new String[0]);
    }

    /** Decodes the text bytes of one value, or of a whole single-valued element. */
    public String decode(byte[] bytes, int offset, int length) {
        if (!codeExtensions) {
            Charset charset = initialG1 != null ? initialG1 : initialG0;
            return new String(bytes, offset, length, charset);
        }
        return decodeWithEscapes(bytes, offset, length);
    }

    /**
     * Decodes ISO 2022 text: each escape sequence switches the G0 (bytes below 0x80) or G1 (bytes
     * from 0x80) character set, and each run between escapes is decoded with the sets in force.
     */
    private String decodeWithEscapes(byte[] bytes, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        Charset g0 = initialG0;
        Charset g1 = initialG1;
        int end = offset + length;
        int runStart = offset;
        int at = offset;
        while (at <= end) {
            if (at < end && bytes[at] != ESC) {
                at++;
                continue;
            }
            appendRun(text, bytes, runStart, at, g0, g1);
            if (at == end) {
                break;
            }
            int escapeLength = escapeLength(bytes, at, end);
            Designation designation = designation(bytes, at, escapeLength);
            if (designation != null) {
                if (designation.g1()) {
                    g1 = designation.charset();
                } else {
                    g0 = designation.charset();
                }
            } else {
                text.append('\uFFFD');
            }
            at += escapeLength;
            runStart = at;
        }
        return text.toString();
    }

    private record Designation(Charset charset, boolean g1) {
    }

    private static int escapeLength(byte[] bytes, int at, int end) {
        int length = 1;
        // Intermediate bytes 0x20..0x2F, then one final byte 0x30..0x7E (ISO/IEC 2022 section 13.1).
        while (at + length < end && bytes[at + length] >= 0x20 && bytes[at + length] <= 0x2F) {
            length++;
        }
        return Math.min(length + 1, end - at);
    }

    private static Designation designation(byte[] bytes, int at, int length) {
        String sequence = new String(bytes, at + 1, length - 1, StandardCharsets.US_ASCII);
        return switch (sequence) {
            case "(B" -> new Designation(StandardCharsets.US_ASCII, false);
            case "(J" -> new Designation(JIS_X0201, false);
            case ")I" -> new Designation(JIS_X0201, true);
            case "$B", "$@" -> new Designation(ISO_2022_JP, false);
            case "$)C" -> new Designation(Charset.forName("EUC-KR"), true);
            case "$)A" -> new Designation(Charset.forName("GB2312"), true);
            case "-A" -> new Designation(StandardCharsets.ISO_8859_1, true);
            case "-B" -> new Designation(Charset.forName("ISO-8859-2"), true);
            case "-C" -> new Designation(Charset.forName("ISO-8859-3"), true);
            case "-D" -> new Designation(Charset.forName("ISO-8859-4"), true);
            case "-L" -> new Designation(Charset.forName("ISO-8859-5"), true);
            case "-G" -> new Designation(Charset.forName("ISO-8859-6"), true);
            case "-F" -> new Designation(Charset.forName("ISO-8859-7"), true);
            case "-H" -> new Designation(Charset.forName("ISO-8859-8"), true);
            case "-M" -> new Designation(Charset.forName("ISO-8859-9"), true);
            case "-T" -> new Designation(Charset.forName("TIS-620"), true);
            case "-b" -> new Designation(Charset.forName("ISO-8859-15"), true);
            default -> null;
        };
    }

    private static void appendRun(StringBuilder text, byte[] bytes, int start, int end, Charset g0, Charset g1) {
        if (start >= end) {
            return;
        }
        if (g0 == ISO_2022_JP) {
            // JIS X 0208 bytes are 7-bit pairs; ISO-2022-JP decodes them after its own escape.
            ByteArrayOutputStream run = new ByteArrayOutputStream(end - start + 3);
            run.writeBytes(new byte[] {ESC, '$', 'B'});
            run.write(bytes, start, end - start);
            text.append(new String(run.toByteArray(), ISO_2022_JP));
            return;
        }
        // The G1 sets in the table above are ASCII-compatible below 0x80, so one charset decodes the run.
        Charset charset = g1 != null ? g1 : g0;
        text.append(new String(bytes, start, end - start, charset));
    }

    @Override
    public String toString() {
        return term.isEmpty() ? "default repertoire" : term;
    }
}
