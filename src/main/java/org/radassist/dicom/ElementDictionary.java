package org.radassist.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Keyword, name and VR of the common standard tags, loaded from {@code dictionary.tsv}. Implicit
 * VR data sets need the VR of each tag to read binary values and sequences, so a tag missing from
 * this table is read as UN.
 */
public final class ElementDictionary {

    private record Entry(VR vr, String keyword) {
    }

    private static final Map<Integer, Entry> ENTRIES = load();

    private ElementDictionary() {
    }

    private static Map<Integer, Entry> load() {
        Map<Integer, Entry> entries = new HashMap<>();
        try (InputStream in = ElementDictionary.class.getResourceAsStream("dictionary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource org/radassist/dicom/dictionary.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                entries.put((int) Long.parseLong(fields[0], 16), new Entry(VR.valueOf(fields[1]), fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read the DICOM element dictionary", e);
        }
        return entries;
    }

    private static Entry lookup(int tag) {
        Entry entry = ENTRIES.get(tag);
        if (entry == null && (tag >>> 24) == 0x60 && ((tag >>> 16) & 1) == 0) {
            entry = ENTRIES.get(tag & 0xFF00FFFF);
        }
        return entry;
    }

    /**
     * Returns the VR of a tag: the dictionary's VR, UL for group lengths, LO for private creators,
     * and UN for anything else.
     */
    public static VR vrOf(int tag) {
        Entry entry = lookup(tag);
        if (entry != null) {
            return entry.vr();
        }
        int element = tag & 0xFFFF;
        if (element == 0) {
            return VR.UL;
        }
        if (Tag.isPrivate(tag) && element >= 0x0010 && element <= 0x00FF) {
            return VR.LO;
        }
        return VR.UN;
    }

    /**
     * Returns the PS3.6 keyword, e.g. {@code Rows}, from this table or else from the full standard
     * dictionary, or {@code null} for a private or unknown tag.
     */
    public static String keywordOf(int tag) {
        Entry entry = lookup(tag);
        if (entry != null) {
            return entry.keyword();
        }
        DictionaryEntry standard = StandardDictionary.lookup(tag);
        return standard == null ? null : standard.keyword();
    }

    /**
     * Returns the full dictionary entry of a standard tag (VR as PS3.6 writes it, keyword, name,
     * VM, retired status), or {@code null} for a private or unknown tag.
     */
    public static DictionaryEntry entryOf(int tag) {
        return StandardDictionary.lookup(tag);
    }

    /** Acronyms that PS3.6 names keep together as one word. */
    private static final String[] ACRONYMS = {"VOI", "LUT", "SOP", "UID", "ROI", "ICC", "KVP", "URL", "RT", "ID"};

    /**
     * Returns a readable name built from the keyword, e.g. "VOI LUT Function", or {@code null}
     * for a tag not in the table. The result can differ from PS3.6 in capitalisation, such as
     * "Referenced SOP Class UID In File" for PS3.6's "... in File".
     */
    public static String nameOf(int tag) {
        return nameOfKeyword(keywordOf(tag));
    }

    /** Returns a readable name built from a keyword as {@link #nameOf} does, or {@code null} for null. */
    static String nameOfKeyword(String keyword) {
        if (keyword == null) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        int at = 0;
        while (at < keyword.length()) {
            int end = wordEnd(keyword, at);
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(keyword, at, end);
            at = end;
        }
        return name.toString();
    }

    private static int wordEnd(String keyword, int start) {
        for (String acronym : ACRONYMS) {
            int end = start + acronym.length();
            if (keyword.startsWith(acronym, start)
                    && (end == keyword.length() || !Character.isLowerCase(keyword.charAt(end)))) {
                return end;
            }
        }
        int end = start + 1;
        while (end < keyword.length() && !Character.isUpperCase(keyword.charAt(end))) {
            end++;
        }
        return end;
    }
}
