package org.radassist.review.report;

import java.io.IOException;
import java.nio.file.Path;
import org.radassist.review.AtomicFiles;
import org.radassist.review.RequestSummary;
import org.radassist.review.ReviewJson;

/** Writes and reads the JSON report ({@link ReportDocument}). */
public final class JsonReport {

    private JsonReport() {
    }

    public static ReportDocument document(ReportInput input) {
        RequestSummary request = input.session().request();
        String template = request == null ? null
                : input.messages().templateName(request.promptTemplateId(), request.promptTemplateName());
        return new ReportDocument(ReportDocument.CURRENT_VERSION, "RadAssist", input.generatedAt(),
                input.messages().get("findings.caution"), template, input.shownPatient(), input.shownSession());
    }

    public static byte[] toBytes(ReportInput input) throws IOException {
        return ReviewJson.mapper().writeValueAsBytes(document(input));
    }

    public static void write(ReportInput input, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(input));
    }

    public static ReportDocument read(Path file) throws IOException {
        return ReviewJson.mapper().readValue(file.toFile(), ReportDocument.class);
    }
}
