package org.radassist.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.review.ReviewSession;
import org.radassist.review.SessionFixtures;
import org.radassist.testsupport.Corpus;

/** PDF reports of a complete session on the sample CT, read back with PDFBox's text extraction. */
class PdfReportTest {

    private static final String PATIENT_NAME_PART = "CompressedSamples";
    private static final String PATIENT_ID = "1CT1";
    private static final String GENERATED_AT = "2026-12-04T23:00:00Z";

    private static StudyImage ct;
    private static BufferedImage rendered;

    @BeforeAll
    static void render() throws Exception {
        ct = ImageLoader.load(Corpus.SAMPLE_CT);
        rendered = DisplayRenderer.render(ct, new Window(40, 400, ""));
    }

    private static ReportInput input(boolean hideIdentifiers, Locale locale, ReviewSession session) {
        return new ReportInput(session, rendered, PatientIdentifiers.of(ct), hideIdentifiers,
                ReportMessages.forLocale(locale), GENERATED_AT);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Line breaks of the layout become single spaces, so sentences can be searched whole.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void pdf_containsFindingsVerdictsAndCaution() throws Exception {
        ReviewSession session = SessionFixtures.complete(Corpus.SAMPLE_CT.toAbsolutePath().toString());

        String text = text(PdfReport.toBytes(input(false, Locale.ENGLISH, session)));

        assertTrue(text.contains("RadAssist review report"), text);
        assertTrue(text.contains("Diagnosis: No acute abnormality"), text);
        assertTrue(text.contains("Finding 1: Lungs are clear."), text);
        assertTrue(text.contains("Finding 2: Heart size is normal."), text);
        assertTrue(text.contains("Finding 3: No pleural effusion."), text);
        assertTrue(text.contains("Verdict: Agree"), text);
        assertTrue(text.contains("Verdict: Disagree"), text);
        assertTrue(text.contains("Verdict: Edited"), text);
        assertTrue(text.contains("Corrected text: Small left pleural effusion."), text);
        assertTrue(text.contains("Overall note"), text);
        assertTrue(text.contains("Agree overall; one finding corrected."), text);
        assertTrue(text.contains("Reviewer: Dr. Li Wei"), text);
        assertTrue(text.contains("Model: medgemma-4b-it"), text);
        assertTrue(text.contains("Endpoint host: 127.0.0.1"), text);
        assertTrue(text.contains("Prompt template: CT"), text);
        assertTrue(text.contains("Exported: " + GENERATED_AT), text);
        assertTrue(text.contains("65-year-old with cough and fever for five days."), text);
        assertTrue(text.contains("33.1 mm"), text);
        assertTrue(text.contains(ReportMessages.forLocale(Locale.ENGLISH).get("findings.caution")), text);
        assertTrue(text.contains("Patient name: CompressedSamples CT1"), text);
        assertTrue(text.contains("Patient ID: " + PATIENT_ID), text);
        assertTrue(text.contains("chest-ct-nema-ct1.dcm"), text);
    }

    @Test
    void pdf_hiddenIdentifiersAppearNowhere() throws Exception {
        ReviewSession session = SessionFixtures.complete(Corpus.SAMPLE_CT.toAbsolutePath().toString());

        byte[] pdf = PdfReport.toBytes(input(true, Locale.ENGLISH, session));

        String text = text(pdf);
        assertFalse(text.contains(PATIENT_NAME_PART), text);
        assertFalse(text.contains(PATIENT_ID), text);
        assertFalse(text.contains("chest-ct-nema-ct1"), text);
        assertTrue(text.contains("Verdict: Agree"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation information = document.getDocumentInformation();
            for (String key : information.getMetadataKeys()) {
                String value = String.valueOf(information.getCustomMetadataValue(key));
                assertFalse(value.contains(PATIENT_NAME_PART), key + " = " + value);
                assertFalse(value.contains(PATIENT_ID), key + " = " + value);
            }
            assertEquals(null, document.getDocumentCatalog().getMetadata());
        }
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(PATIENT_NAME_PART));
    }

    @Test
    void pdf_containsAnnotatedImageAtFullSize() throws Exception {
        ReviewSession session = SessionFixtures.complete("/data/chest-ct-nema-ct1.dcm");

        byte[] pdf = PdfReport.toBytes(input(false, Locale.ENGLISH, session));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertEquals(1, images.size());
            BufferedImage image = images.get(0).getImage();
            assertEquals(512, image.getWidth());
            assertEquals(512, image.getHeight());
            // The arrow runs from (10, 20) to (60, 80): its middle pixel is drawn in the line colour.
            assertEquals(AnnotationPainter.LINE_COLOUR.getRGB() & 0xFFFFFF, image.getRGB(35, 50) & 0xFFFFFF);
        }
    }

    @Test
    void pdf_chineseTextUsesCjkFont() throws Exception {
        Assumptions.assumeTrue(PdfFonts.CJK_CANDIDATES.stream().anyMatch(Files::isRegularFile),
                "no CJK font installed");
        ReviewSession session = SessionFixtures.complete("/data/chest-ct-nema-ct1.dcm")
                .withClinicalHistory("65岁，咳嗽发热五天。")
                .withOverallNote("同意，右下肺需随访。");

        String text = text(PdfReport.toBytes(input(false, Locale.SIMPLIFIED_CHINESE, session)));

        assertTrue(text.contains("临床病史"), text);
        assertTrue(text.contains("65岁，咳嗽发热五天。"), text);
        assertTrue(text.contains("同意，右下肺需随访。"), text);
        assertTrue(text.contains("结论：同意"), text);
        assertTrue(text.contains(ReportMessages.forLocale(Locale.SIMPLIFIED_CHINESE).get("findings.caution")), text);
        assertFalse(text.contains("?"), text);
    }

    @Test
    void wrap_breaksLongLinesWithinWidth() throws Exception {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, "x")) {
            PdfPageWriter writer = new PdfPageWriter(document, fonts);
            String sentence = "The lungs are clear without consolidation, effusion or pneumothorax. ".repeat(4);

            List<String> lines = writer.wrap(sentence, 10.5f, 200);

            assertTrue(lines.size() > 1, lines.toString());
            for (String line : lines) {
                assertTrue(fonts.width(line, 10.5f) <= 200, line);
            }
            assertEquals(sentence.strip().replaceAll("\\s+", " "), String.join(" ", lines).strip());
        }
    }
}
