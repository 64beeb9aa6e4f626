package org.radassist.dicom;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decoder for text values (SH, LO, ST, LT, UT, PN, UC) under a Specific Character Set (0008,0005).
 */
public final class SpecificCharacterSet {

    /**
     * The default repertoire. It decodes as ISO-8859-1 so that stray bytes above 0x7F in files
     * without (0008,0005) stay visible instead of turning into replacement characters.
     */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet("", StandardCharsets.ISO_8859_1);

    private final String term;
    private final Charset charset;

    private SpecificCharacterSet(String term, Charset charset) {
        this.term = term;
        this.charset = charset;
    }

    /**
     * Returns the character set for the values of (0008,0005). The first non-empty value
     * selects the charset.
     */
    static SpecificCharacterSet of(String[] values) {
        for (String value : values) {
            String term = value.trim().toUpperCase(Locale.ROOT);
            if (!term.isEmpty()) {
                Charset charset = charsetFor(term);
                return charset == null ? DEFAULT : new SpecificCharacterSet(term, charset);
            }
        }
        return DEFAULT;
    }

    private static Charset charsetFor(String term) {
        String base = term.replace("ISO 2022 ", "ISO_").replace("ISO_IR", "ISO_IR");
        switch (base) {
            case "ISO_IR 6", "ISO_IR 100", "ISO_100":
                return StandardCharsets.ISO_8859_1;
            case "ISO_IR 192":
                return StandardCharsets.UTF_8;
            case "ISO_IR 101":
                return Charset.forName("ISO-8859-2");
            case "ISO_IR 109":
                return Charset.forName("ISO-8859-3");
            case "ISO_IR 110":
                return Charset.forName("ISO-8859-4");
            case "ISO_IR 144":
                return Charset.forName("ISO-8859-5");
            case "ISO_IR 127":
                return Charset.forName("ISO-8859-6");
            case "ISO_IR 126":
                return Charset.forName("ISO-8859-7");
            case "ISO_IR 138":
                return Charset.forName("ISO-8859-8");
            case "ISO_IR 148":
                return Charset.forName("ISO-8859-9");
            case "ISO_IR 203":
                return Charset.forName("ISO-8859-15");
            case "ISO_IR 166":
                return Charset.forName("TIS-620");
            case "ISO_IR 13":
                return Charset.forName("JIS_X0201");
            case "GB18030":
                return Charset.forName("GB18030");
            case "GBK":
                return Charset.forName("GBK");
            default:
                return null;
        }
    }

    /** Returns the defined term, e.g. {@code ISO_IR 192}, or an empty string for the default. */
    public String term() {
        return term;
    }

    /** Decodes text bytes of a value. */
    public String decode(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, charset);
    }

    @Override
    public String toString() {
        return term.isEmpty() ? "default repertoire" : term;
    }
}
