package org.radassist.findings;

import java.util.regex.Pattern;

/** Cleans model text before a terminal or a label shows it. */
public final class ModelText {

    /** ANSI CSI sequence such as {@code ESC[31m}: ESC, '[', parameter and intermediate bytes, a final byte. */
    private static final Pattern CSI_SEQUENCE = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");

    private ModelText() {
    }

    /**
     * Removes ANSI CSI sequences, the C0 and C1 control characters except line feed and tab, and the
     * Unicode bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to
     * U+2069), so model text cannot recolour a terminal or reorder the characters shown.
     * Returns null for null.
     */
    public static String stripControlCharacters(String text) {
        if (text == null) {
            return null;
        }
        String withoutSequences = CSI_SEQUENCE.matcher(text).replaceAll("");
        StringBuilder clean = new StringBuilder(withoutSequences.length());
        for (int i = 0; i < withoutSequences.length(); i++) {
            char c = withoutSequences.charAt(i);
            if (!isStripped(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean isStripped(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        boolean c0 = c < 0x20 || c == 0x7F;
        boolean c1 = c >= 0x80 && c <= 0x9F;
        boolean bidiEmbeddingOrOverride = c >= '\u202A' && c <= '\u202E';
        boolean bidiIsolate = c >= '\u2066' && c <= '\u2069';
        return c0 || c1 || bidiEmbeddingOrOverride || bidiIsolate;
    }
}
