package org.radassist.review;

import java.util.ArrayList;
import java.util.List;

/** Review sessions with every kind of content, for the store and report tests. */
public final class SessionFixtures {

    public static final String KEY = "ab".repeat(32) + "-0";

    private SessionFixtures() {
    }

    /** Returns a session with findings, verdicts of every kind, a note and one annotation of each kind. */
    public static ReviewSession complete(String sourcePath) {
        RoiStatistics statistics = new RoiStatistics(200, 35.25, 12.5, 2, 71, 87.5,
                LengthMeasurement.LengthUnit.MM, "HU");
        List<Annotation> annotations = List.of(
                new ArrowAnnotation("arrow-1", new ImagePoint(10, 20), new ImagePoint(60, 80)),
                new LineAnnotation("line-1", new ImagePoint(100, 100), new ImagePoint(130, 140),
                        new LengthMeasurement(33.0734, LengthMeasurement.LengthUnit.MM, false, "PixelSpacing")),
                new EllipseAnnotation("ellipse-1", new ImageBounds(200, 220, 40, 30), statistics),
                new RectangleAnnotation("rectangle-1", new ImageBounds(300, 310, 20, 10), null),
                new TextAnnotation("text-1", new ImagePoint(50, 400), "check this area"));
        SessionFindings findings = new SessionFindings("No acute abnormality",
                List.of("Lungs are clear.", "Heart size is normal.", "No pleural effusion."),
                "No acute cardiopulmonary abnormality.", "", "DIAGNOSIS: No acute abnormality ...", null, false);
        RequestSummary request = new RequestSummary("demo", "127.0.0.1", "medgemma-4b-it", "chat", "ct",
                896, 896, "JPEG", 123456, "2026-12-04T22:15:30Z", false);
        Verdicts verdicts = Verdicts.none()
                .withDiagnosis(Verdict.agree())
                .withFinding(0, Verdict.agree())
                .withFinding(1, Verdict.disagree())
                .withFinding(2, Verdict.edited("Small left pleural effusion."))
                .withImpression(Verdict.edited("Small left pleural effusion, otherwise normal."));
        return ReviewSession.start(new ImageKey(KEY), "chest-ct-nema-ct1.dcm", sourcePath, 0, "CT")
                .withWindow(new WindowSetting(40, 400))
                .withClinicalHistory("65-year-old with cough and fever for five days.")
                .withAnalysis(request, findings)
                .withVerdicts(verdicts)
                .withOverallNote("Agree overall; one finding corrected.")
                .withReviewer("Dr. Li Wei")
                .withAnnotations(annotations);
    }

    /** Returns the session with {@code count} arrows and {@code note} as overall note, for large writes. */
    public static ReviewSession large(int count, String note) {
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            annotations.add(new ArrowAnnotation("arrow-" + i, new ImagePoint(i, i), new ImagePoint(i + 5, i + 7)));
        }
        return complete("/data/chest-ct-nema-ct1.dcm").withAnnotations(annotations).withOverallNote(note);
    }
}
