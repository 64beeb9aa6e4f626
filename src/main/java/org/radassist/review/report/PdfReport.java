package org.radassist.review.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.radassist.review.AtomicFiles;

/**
 * Writes the PDF report of a review session with Apache PDFBox: the image with its annotations,
 * the request facts, the history, the findings with their verdicts, the overall note, the
 * measurements and the model card's caution.
 *
 * <p>With {@link ReportInput#hideIdentifiers()} the report contains no patient name or ID and no
 * source file name, neither in the text nor in the document information; the document
 * information never contains identifiers.
 */
public final class PdfReport {

    /** Maximum height of the image on the page, in points (a bit over half of A4). */
    static final float IMAGE_MAX_HEIGHT = 430;

    private PdfReport() {
    }

    public static void write(ReportInput input, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(input));
    }

    public static byte[] toBytes(ReportInput input) throws IOException {
        List<PdfBlock> blocks = ReportContent.blocks(input);
        StringBuilder allText = new StringBuilder();
        for (PdfBlock block : blocks) {
            allText.append(block.text()).append('\n');
        }

        try (PDDocument document = new PDDocument();
             PdfFonts fonts = PdfFonts.load(document, allText.toString())) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(input.messages().get("review.report.title"));
            information.setCreator("RadAssist");

            try (PdfPageWriter writer = new PdfPageWriter(document, fonts)) {
                for (PdfBlock block : blocks) {
                    draw(document, writer, block, input);
                }
                if (fonts.replacedCharacters()) {
                    writer.gap(8);
                    writer.body(input.messages().get("review.report.missingGlyphs"));
                }
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            document.save(output);
            return output.toByteArray();
        }
    }

    private static void draw(PDDocument document, PdfPageWriter writer, PdfBlock block, ReportInput input)
            throws IOException {
        switch (block.kind()) {
            case TITLE -> writer.title(block.text());
            case HEADING -> writer.heading(block.text());
            case BODY -> writer.paragraph(block.text(), PdfPageWriter.BODY_SIZE, block.indent());
            case IMAGE -> {
                BufferedImage annotated = new AnnotationPainter(new MeasurementLabels(input.messages()))
                        .paint(input.image(), input.session().annotations());
                PDImageXObject image = LosslessFactory.createFromImage(document, annotated);
                writer.image(image, IMAGE_MAX_HEIGHT);
            }
            default -> throw new IllegalStateException("Unknown block " + block.kind());
        }
    }

    /** One element of the report in reading order. */
    record PdfBlock(Kind kind, String text, float indent) {

        enum Kind { TITLE, HEADING, BODY, IMAGE }

        static PdfBlock title(String text) {
            return new PdfBlock(Kind.TITLE, text, 0);
        }

        static PdfBlock heading(String text) {
            return new PdfBlock(Kind.HEADING, text, 0);
        }

        static PdfBlock body(String text) {
            return new PdfBlock(Kind.BODY, text, 0);
        }

        static PdfBlock indented(String text) {
            return new PdfBlock(Kind.BODY, text, 16);
        }

        static PdfBlock image() {
            return new PdfBlock(Kind.IMAGE, "", 0);
        }
    }

    /** Blocks appended in order; used by {@link ReportContent}. */
    static final class Blocks {
        private final List<PdfBlock> list = new ArrayList<>();

        Blocks add(PdfBlock block) {
            list.add(block);
            return this;
        }

        List<PdfBlock> list() {
            return list;
        }
    }
}
