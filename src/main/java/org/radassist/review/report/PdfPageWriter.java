package org.radassist.review.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Flows wrapped text and images down A4 pages, starting a new page when the next line or image
 * does not fit. Lines break at spaces and between CJK characters.
 */
final class PdfPageWriter implements Closeable {

    static final float MARGIN = 50;
    static final float BODY_SIZE = 10.5f;
    static final float HEADING_SIZE = 13;
    static final float TITLE_SIZE = 17;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDRectangle pageSize = PDRectangle.A4;
    private PDPageContentStream stream;
    private float y;

    PdfPageWriter(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    float contentWidth() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    void title(String text) throws IOException {
        paragraph(text, TITLE_SIZE, 0);
        gap(6);
    }

    void heading(String text) throws IOException {
        gap(8);
        paragraph(text, HEADING_SIZE, 0);
        gap(2);
    }

    void body(String text) throws IOException {
        paragraph(text, BODY_SIZE, 0);
    }

    /** Writes text indented by {@code indent} points; each line of {@code text} starts a new line. */
    void paragraph(String text, float size, float indent) throws IOException {
        float leading = size * 1.35f;
        for (String sourceLine : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').split("\n", -1)) {
            for (String line : wrap(sourceLine, size, contentWidth() - indent)) {
                ensureSpace(leading);
                y -= leading;
                stream.beginText();
                stream.newLineAtOffset(MARGIN + indent, y + (leading - size) / 2);
                for (PdfFonts.Run run : fonts.runs(line)) {
                    stream.setFont(run.font(), size);
                    stream.showText(run.text());
                }
                stream.endText();
            }
        }
    }

    /** Draws the image scaled to fit the content width and {@code maxHeight}, keeping its aspect ratio. */
    void image(PDImageXObject image, float maxHeight) throws IOException {
        float scale = Math.min(contentWidth() / image.getWidth(), maxHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        ensureSpace(height + 6);
        y -= height + 6;
        stream.drawImage(image, MARGIN, y, width, height);
    }

    void gap(float points) {
        y -= points;
    }

    private void ensureSpace(float height) throws IOException {
        if (stream == null || y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = pageSize.getHeight() - MARGIN;
    }

    /** Breaks one line of text into lines no wider than {@code width}. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line + token;
            if (line.length() > 0 && fonts.width(candidate.stripTrailing(), size) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                if (token.isBlank()) {
                    continue;
                }
            }
            if (fonts.width(token, size) > width) {
                // A word wider than the page is broken between characters.
                for (int offset = 0; offset < token.length(); ) {
                    int codePoint = token.codePointAt(offset);
                    String character = new String(Character.toChars(codePoint));
                    if (line.length() > 0 && fonts.width(line + character, size) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(character);
                    offset += Character.charCount(codePoint);
                }
                continue;
            }
            line.append(token);
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** Splits text into runs of spaces, single CJK characters and other words. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            boolean space = Character.isWhitespace(codePoint);
            boolean cjk = isCjk(codePoint);
            boolean wordIsSpace = word.length() > 0 && Character.isWhitespace(word.codePointAt(0));
            if (word.length() > 0 && (cjk || space != wordIsSpace)) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (cjk) {
                tokens.add(new String(Character.toChars(codePoint)));
            } else {
                word.appendCodePoint(codePoint);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
