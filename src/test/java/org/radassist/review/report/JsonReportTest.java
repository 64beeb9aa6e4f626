package org.radassist.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.review.ReviewSession;
import org.radassist.review.SessionFixtures;

class JsonReportTest {

    @TempDir
    Path directory;

    private static ReportInput input(ReviewSession session, boolean hide) {
        return new ReportInput(session, null, new PatientIdentifiers("Doe^Jane", "P-123"), hide,
                ReportMessages.forLocale(Locale.ENGLISH), "2026-12-04T23:00:00Z");
    }

    @Test
    void json_roundTripKeepsDocument() throws Exception {
        ReviewSession session = SessionFixtures.complete("/data/chest-ct-nema-ct1.dcm");
        Path file = directory.resolve("report.json");

        JsonReport.write(input(session, false), file);
        ReportDocument read = JsonReport.read(file);

        assertEquals(JsonReport.document(input(session, false)), read);
        assertEquals(session, read.session());
        assertEquals(ReportDocument.CURRENT_VERSION, read.schemaVersion());
        assertEquals("P-123", read.patient().id());
    }

    @Test
    void json_hiddenIdentifiersLeaveOutPatientAndSource() throws Exception {
        ReviewSession session = SessionFixtures.complete("/data/Doe_Jane/chest.dcm");
        Path file = directory.resolve("report.json");

        JsonReport.write(input(session, true), file);

        String json = Files.readString(file);
        assertFalse(json.contains("Doe"), json);
        assertFalse(json.contains("P-123"), json);
        ReportDocument read = JsonReport.read(file);
        assertNull(read.patient());
        assertEquals("", read.session().sourcePath());
        assertEquals("", read.session().sourceFileName());
        assertEquals(session.annotations(), read.session().annotations());
    }

    @Test
    void json_namesTemplateAndKeepsId() throws Exception {
        ReviewSession session = SessionFixtures.complete("/data/chest-ct-nema-ct1.dcm");
        Path file = directory.resolve("report.json");

        JsonReport.write(input(session, false), file);
        ReportDocument read = JsonReport.read(file);

        assertEquals("CT", read.promptTemplate());
        assertEquals("ct", read.session().request().promptTemplateId());
    }

    @Test
    void templateName_userTemplateKeepsOwnName() {
        ReportMessages messages = ReportMessages.forLocale(Locale.SIMPLIFIED_CHINESE);

        assertEquals("胸部 CT 随访", messages.templateName("user-1", "胸部 CT 随访"));
        assertEquals(messages.get("template.chest_xray"), messages.templateName("chest_xray", "template.chest_xray"));
        assertEquals(messages.get("template.mr"), messages.templateName("mr", null));
        assertEquals(messages.get("template.chest_xray"), messages.templateName("chest-xray", null));
        assertEquals(messages.get("template.general"), messages.templateName("generic", null));
        assertEquals("user-2", messages.templateName("user-2", null));
    }
}
