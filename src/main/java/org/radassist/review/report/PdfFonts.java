package org.radassist.review.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of a PDF report, tried in order for each character. The first is a system TrueType
 * font for Latin text (DejaVu Sans, else Arial). The second, loaded only when the text needs it,
 * is a system font with Chinese glyphs. The last is the standard Helvetica, which covers WinAnsi
 * only. A character no font covers
 * is written as "?" and {@link #replacedCharacters()} turns true, so the report can add a note.
 *
 * <p>PDFBox 3.0.8 can embed only TrueType outlines: the Noto Sans CJK collection that Debian ships
 * has CFF outlines ("OTF fonts do not have a glyf table"), so a collection member with CFF outlines
 * is skipped and the next candidate, such as Droid Sans Fallback, is used.
 */
final class PdfFonts implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    static final List<Path> LATIN_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("C:\\Windows\\Fonts\\arial.ttf"),
            Path.of("/Library/Fonts/Arial.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial.ttf"));

    static final List<Path> CJK_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("C:\\Windows\\Fonts\\msyh.ttc"),
            Path.of("C:\\Windows\\Fonts\\simsun.ttc"),
            Path.of("/System/Library/Fonts/STHeiti Light.ttc"));

    private static final int SAMPLE_HAN = '中';

    private final List<Entry> entries = new ArrayList<>();
    private final List<Closeable> openFiles = new ArrayList<>();
    private boolean replacedCharacters;
    private boolean standardFontAdded;

    private record Entry(PDFont font, TrueTypeFont trueType, Map<Integer, Boolean> coverage) {
    }

    /** One stretch of text that a single font draws. */
    record Run(PDFont font, String text) {
    }

    /** Loads the fonts that {@code text} needs into {@code document}. */
    static PdfFonts load(PDDocument document, String text) {
        PdfFonts fonts = new PdfFonts();
        fonts.addFirstUsable(document, LATIN_CANDIDATES, 'A');
        if (fonts.needsMore(text)) {
            fonts.addFirstUsable(document, CJK_CANDIDATES, SAMPLE_HAN);
        }
        return fonts;
    }

    boolean replacedCharacters() {
        return replacedCharacters;
    }

    /** Splits the text into runs of one font each; characters without a font become "?". */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            PDFont font = fontFor(codePoint);
            if (font == null) {
                replacedCharacters = true;
                codePoint = '?';
                font = fontFor('?');
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** Returns the width of the text in PDF points at {@code size}. */
    float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** Returns whether the loaded TrueType fonts miss a character of the text. */
    private boolean needsMore(String text) {
        return text.codePoints().anyMatch(codePoint -> !Character.isWhitespace(codePoint)
                && entries.stream().noneMatch(entry -> covers(entry, codePoint)));
    }

    private PDFont fontFor(int codePoint) {
        for (Entry entry : entries) {
            if (entry.coverage().computeIfAbsent(codePoint, point -> covers(entry, point))) {
                return entry.font();
            }
        }
        if (!standardFontAdded) {
            // Added only when needed: PDFBox looks for a system substitute of Helvetica and builds its font cache.
            standardFontAdded = true;
            entries.add(new Entry(new PDType1Font(Standard14Fonts.FontName.HELVETICA), null, new HashMap<>()));
            return fontFor(codePoint);
        }
        return null;
    }

    private static boolean covers(Entry entry, int codePoint) {
        try {
            if (entry.trueType() != null) {
                return entry.trueType().getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            }
            entry.font().encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void addFirstUsable(PDDocument document, List<Path> candidates, int requiredCodePoint) {
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                TrueTypeFont font = open(candidate, requiredCodePoint);
                if (font != null) {
                    entries.add(new Entry(PDType0Font.load(document, font, true), font, new HashMap<>()));
                    log.debug("Report font {}", candidate);
                    return;
                }
            } catch (IOException e) {
                log.warn("Report font {} could not be loaded: {}", candidate, e.getMessage());
            }
        }
    }

    /** Opens a TrueType font or the first collection member with TrueType outlines that has the code point. */
    private TrueTypeFont open(Path file, int requiredCodePoint) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            openFiles.add(collection);
            List<TrueTypeFont> usable = new ArrayList<>();
            collection.processAllFonts(font -> {
                if (usable.isEmpty() && embeddable(font, requiredCodePoint)) {
                    usable.add(font);
                }
            });
            return usable.isEmpty() ? null : usable.get(0);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        openFiles.add(font);
        return embeddable(font, requiredCodePoint) ? font : null;
    }

    private static boolean embeddable(TrueTypeFont font, int requiredCodePoint) throws IOException {
        if (font instanceof OpenTypeFont openType && openType.isPostScript()) {
            return false;
        }
        return font.getUnicodeCmapLookup().getGlyphId(requiredCodePoint) > 0;
    }

    /** Closes the font files; call after the document was saved. */
    @Override
    public void close() throws IOException {
        for (Closeable file : openFiles) {
            file.close();
        }
        openFiles.clear();
    }
}
