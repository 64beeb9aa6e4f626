package org.radassist.review.report;

import java.util.List;
import org.radassist.review.Annotation;
import org.radassist.review.RequestSummary;
import org.radassist.review.ReviewSession;
import org.radassist.review.SessionFindings;
import org.radassist.review.Verdict;
import org.radassist.review.Verdicts;
import org.radassist.review.WindowSetting;
import org.radassist.review.report.PdfReport.Blocks;
import org.radassist.review.report.PdfReport.PdfBlock;

/** The text of the PDF report in reading order, localised, with identifiers left out when hidden. */
final class ReportContent {

    private ReportContent() {
    }

    static List<PdfBlock> blocks(ReportInput input) {
        ReportMessages messages = input.messages();
        MeasurementLabels labels = new MeasurementLabels(messages);
        ReviewSession session = input.session();
        Blocks blocks = new Blocks();

        blocks.add(PdfBlock.title(messages.get("review.report.title")));
        blocks.add(PdfBlock.body(messages.get("findings.caution")));
        blocks.add(PdfBlock.heading(messages.get("review.report.details")));
        field(blocks, messages, "review.report.date", input.generatedAt());
        PatientIdentifiers patient = input.shownPatient();
        if (patient != null) {
            field(blocks, messages, "review.report.patientName", patient.displayName());
            field(blocks, messages, "review.report.patientId", patient.id());
        }
        if (!input.hideIdentifiers()) {
            field(blocks, messages, "review.report.source",
                    messages.format("review.report.sourceFrame", session.sourceFileName(), session.frameIndex() + 1));
        }
        field(blocks, messages, "review.report.modality", session.modality());
        field(blocks, messages, "review.report.reviewer", session.reviewer());
        RequestSummary request = session.request();
        if (request != null) {
            field(blocks, messages, "review.report.model", request.model());
            field(blocks, messages, "review.report.endpoint", request.endpointHost());
            field(blocks, messages, "review.report.template",
                    messages.templateName(request.promptTemplateId(), request.promptTemplateName()));
            field(blocks, messages, "review.report.profile", request.profile());
            field(blocks, messages, "review.report.requestTime", request.time());
        }
        WindowSetting window = session.window();
        field(blocks, messages, "review.report.window", window == null
                ? messages.get("review.report.defaultWindow")
                : messages.format("review.report.windowValues", window.center(), window.width()));

        if (input.image() != null) {
            blocks.add(PdfBlock.image());
        }

        blocks.add(PdfBlock.heading(messages.get("review.report.history")));
        blocks.add(PdfBlock.body(orNone(messages, session.clinicalHistory())));

        blocks.add(PdfBlock.heading(messages.get("review.report.findings")));
        SessionFindings findings = session.findings();
        if (findings == null) {
            blocks.add(PdfBlock.body(messages.get("review.report.noAnalysis")));
        } else {
            Verdicts verdicts = session.verdicts();
            judged(blocks, labels, messages, messages.format("review.report.diagnosis", findings.diagnosis()),
                    verdicts.diagnosis());
            for (int i = 0; i < findings.findings().size(); i++) {
                judged(blocks, labels, messages,
                        messages.format("review.report.finding", i + 1, findings.findings().get(i)),
                        verdicts.finding(i));
            }
            judged(blocks, labels, messages, messages.format("review.report.impression", findings.impression()),
                    verdicts.impression());
            if (!findings.recommendations().isEmpty()) {
                blocks.add(PdfBlock.body(messages.format("review.report.recommendations", findings.recommendations())));
            }
        }

        blocks.add(PdfBlock.heading(messages.get("review.report.overallNote")));
        blocks.add(PdfBlock.body(orNone(messages, session.overallNote())));

        if (!session.annotations().isEmpty()) {
            blocks.add(PdfBlock.heading(messages.get("review.report.annotations")));
            int number = 1;
            for (Annotation annotation : session.annotations()) {
                String label = labels.label(annotation);
                blocks.add(PdfBlock.body(label.isEmpty()
                        ? messages.format("review.report.annotation", number, labels.kind(annotation))
                        : messages.format("review.report.annotationLabel", number, labels.kind(annotation), label)));
                number++;
            }
        }
        return blocks.list();
    }

    private static void field(Blocks blocks, ReportMessages messages, String key, String value) {
        blocks.add(PdfBlock.body(messages.format("review.report.field", messages.get(key),
                value == null || value.isBlank() ? "—" : value)));
    }

    private static void judged(Blocks blocks, MeasurementLabels labels, ReportMessages messages, String text,
                               Verdict verdict) {
        blocks.add(PdfBlock.body(text));
        blocks.add(PdfBlock.indented(messages.format("review.report.verdict",
                labels.verdict(verdict == null ? null : verdict.kind()))));
        if (verdict != null && verdict.correctedText() != null) {
            blocks.add(PdfBlock.indented(messages.format("review.report.corrected", verdict.correctedText())));
        }
    }

    private static String orNone(ReportMessages messages, String text) {
        return text == null || text.isBlank() ? messages.get("review.report.none") : text;
    }
}
