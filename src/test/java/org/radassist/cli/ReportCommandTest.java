package org.radassist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.review.ImageKey;
import org.radassist.review.ReviewSession;
import org.radassist.review.ReviewWorkspace;
import org.radassist.review.SessionFixtures;
import org.radassist.review.SessionStore;
import org.radassist.review.report.JsonReport;
import org.radassist.review.report.ReportDocument;
import org.radassist.testsupport.Corpus;

/** The report command on sessions of the sample CT saved in the data directory. */
class ReportCommandTest {

    @TempDir
    Path home;

    private CliRunner.Result run(String... args) {
        return new CliRunner(home).run(args);
    }

    private SessionStore store() {
        return new SessionStore(ReviewWorkspace.sessionsDirectory(home.resolve("data")));
    }

    /** Saves the fixture session under the real key of {@code image} and returns it. */
    private ReviewSession saveSessionFor(Path image) throws Exception {
        ImageKey key = ImageKey.of(image, 0);
        ReviewSession fixture = SessionFixtures.complete(image.toAbsolutePath().toString());
        ReviewSession session = new ReviewSession(key.value(), image.getFileName().toString(),
                image.toAbsolutePath().toString(), 0, "CT", fixture.window(), fixture.clinicalHistory(),
                fixture.request(), fixture.findings(), fixture.verdicts(), fixture.overallNote(), fixture.reviewer(),
                fixture.annotations());
        store().save(session);
        return session;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void reportByKey_writesPdfWithoutHiddenIdentifiers() throws Exception {
        ReviewSession session = saveSessionFor(Corpus.SAMPLE_CT);
        Path pdf = home.resolve("report.pdf");

        CliRunner.Result result = run("report", session.imageKey(), "--out", pdf.toString(), "--hide-identifiers");

        assertEquals(ExitCodes.OK, result.status(), result.err());
        String text = pdfText(pdf);
        assertTrue(text.contains("Lungs are clear."), text);
        assertTrue(text.contains("Small left pleural effusion."), text);
        assertFalse(text.contains("CompressedSamples"), text);
        assertFalse(text.contains("1CT1"), text);
        assertFalse(text.contains("chest-ct-nema-ct1"), text);
    }

    @Test
    void reportByKey_showsIdentifiersByDefault() throws Exception {
        ReviewSession session = saveSessionFor(Corpus.SAMPLE_CT);
        Path pdf = home.resolve("report.pdf");

        CliRunner.Result result = run("report", session.imageKey(), "--out", pdf.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        assertTrue(pdfText(pdf).contains("1CT1"));
    }

    @Test
    void reportByFile_writesJsonWithSession() throws Exception {
        ReviewSession session = saveSessionFor(Corpus.SAMPLE_CT);
        Path json = home.resolve("report.json");
        Path sessionFile = store().fileFor(new ImageKey(session.imageKey()));

        CliRunner.Result result = run("report", sessionFile.toString(), "--out", json.toString());

        assertEquals(ExitCodes.OK, result.status(), result.err());
        ReportDocument document = JsonReport.read(json);
        assertEquals(session, document.session());
        assertEquals("1CT1", document.patient().id());
    }

    @Test
    void report_otherExtensionIsUsageError() throws Exception {
        ReviewSession session = saveSessionFor(Corpus.SAMPLE_CT);

        CliRunner.Result result = run("report", session.imageKey(), "--out", home.resolve("report.txt").toString());

        assertEquals(ExitCodes.USAGE, result.status());
        assertTrue(result.err().contains("must end in .pdf or .json"), result.err());
    }

    @Test
    void report_unknownKeyIsUnreadableInput() {
        CliRunner.Result result = run("report", "0".repeat(64) + "-0", "--out", home.resolve("r.pdf").toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status());
        assertTrue(result.err().contains("No review session for image key"), result.err());
    }

    @Test
    void report_damagedSessionMovedAsideAndFails() throws Exception {
        Path sessionFile = home.resolve("broken.json");
        Files.writeString(sessionFile, "{ not json");

        CliRunner.Result result = run("report", sessionFile.toString(), "--out", home.resolve("r.json").toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status());
        assertTrue(result.err().contains("could not be read"), result.err());
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.filter(file -> file.getFileName().toString().startsWith("broken.damaged-")).count());
        }
    }

    @Test
    void reportPdf_changedImageIsRejected() throws Exception {
        Path copy = home.resolve("ct.dcm");
        Files.copy(Corpus.SAMPLE_CT, copy);
        ReviewSession session = saveSessionFor(copy);
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length - 1] ^= 1;
        Files.write(copy, bytes);

        CliRunner.Result result = run("report", session.imageKey(), "--out", home.resolve("r.pdf").toString());

        assertEquals(ExitCodes.INPUT_UNREADABLE, result.status());
        assertTrue(result.err().contains("SHA-256 differs"), result.err());
    }
}
