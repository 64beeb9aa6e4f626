package org.radassist.review;

import java.util.List;
import java.util.Objects;

/**
 * Everything a reviewer did on one image: the clinical history, what was sent, the model's
 * findings, a verdict per finding, the overall note, the annotations and the window used. It is
 * immutable; each {@code with…} method returns an updated copy. It contains no patient identifier
 * (the report reads those from the source file when asked to show them), but the clinical history
 * is free text: never log it.
 *
 * @param imageKey the {@link ImageKey} value
 * @param sourceFileName file name of the image, without directories
 * @param sourcePath absolute path of the image when the session was last saved
 * @param frameIndex 0-based frame of the source file
 * @param modality Modality (0008,0060), "" for PNG
 * @param window the VOI window shown, or {@code null} for the image's default window
 * @param clinicalHistory the history as typed, "" when none
 * @param request what was sent for {@code findings}, or {@code null} before an analysis
 * @param findings the model's answer, or {@code null} before an analysis
 * @param verdicts the reviewer's verdicts on {@code findings}
 * @param overallNote the reviewer's overall note, "" when none
 * @param reviewer the reviewer's name, "" when not set
 * @param annotations the annotations in drawing order
 */
public record ReviewSession(
        String imageKey,
        String sourceFileName,
        String sourcePath,
        int frameIndex,
        String modality,
        WindowSetting window,
        String clinicalHistory,
        RequestSummary request,
        SessionFindings findings,
        Verdicts verdicts,
        String overallNote,
        String reviewer,
        List<Annotation> annotations) {

    public ReviewSession {
        Objects.requireNonNull(imageKey, "imageKey");
        sourceFileName = Objects.requireNonNullElse(sourceFileName, "");
        sourcePath = Objects.requireNonNullElse(sourcePath, "");
        modality = Objects.requireNonNullElse(modality, "");
        clinicalHistory = Objects.requireNonNullElse(clinicalHistory, "");
        verdicts = Objects.requireNonNullElse(verdicts, Verdicts.none());
        overallNote = Objects.requireNonNullElse(overallNote, "");
        reviewer = Objects.requireNonNullElse(reviewer, "");
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** Starts an empty session for an image. */
    public static ReviewSession start(ImageKey key, String sourceFileName, String sourcePath, int frameIndex,
                                      String modality) {
        return new ReviewSession(key.value(), sourceFileName, sourcePath, frameIndex, modality, null, "", null, null,
                Verdicts.none(), "", "", List.of());
    }

    public ReviewSession withSource(String fileName, String path) {
        return new ReviewSession(imageKey, fileName, path, frameIndex, modality, window, clinicalHistory, request,
                findings, verdicts, overallNote, reviewer, annotations);
    }

    public ReviewSession withWindow(WindowSetting newWindow) {
        return new ReviewSession(imageKey, sourceFileName, sourcePath, frameIndex, modality, newWindow,
                clinicalHistory, request, findings, verdicts, overallNote, reviewer, annotations);
    }

    public ReviewSession withClinicalHistory(String history) {
        return new ReviewSession(imageKey, sourceFileName, sourcePath, frameIndex, modality, window, history, request,
                findings, verdicts, overallNote, reviewer, annotations);
    }

    /** Stores a new analysis; the verdicts on the previous findings no longer apply and are cleared. */
    public ReviewSession withAnalysis(RequestSummary newRequest, SessionFindings newFindings) {
        return new ReviewSession(imageKey, sourceFileName, sourcePath, frameIndex, modality, window, clinicalHistory,
                newRequest, newFindings, Verdicts.none(), overallNote, reviewer, annotations);
    }

    public ReviewSession withVerdicts(Verdicts newVerdicts) {
        return new ReviewSession(imageKey, sourceFileName, sourcePath, frameIndex, modality, window, clinicalHistory,
                request, findings, newVerdicts, overallNote, reviewer, annotations);
    }

    public ReviewSession withOverallNote(String note) {
        return new ReviewSession(imageKey, sourceFileName, sourcePath, frameIndex, modality, window, clinicalHistory,
                request, findings, verdicts, note, reviewer, annotations);
    }

    public ReviewSession withReviewer(String name) {
        return new ReviewSession(imageKey, sourceFileName, sourcePath, frameIndex, modality, window, clinicalHistory,
                request, findings, verdicts, overallNote, name, annotations);
    }

    public ReviewSession withAnnotations(List<Annotation> newAnnotations) {
        return new ReviewSession(imageKey, sourceFileName, sourcePath, frameIndex, modality, window, clinicalHistory,
                request, findings, verdicts, overallNote, reviewer, newAnnotations);
    }

    @Override
    public String toString() {
        // The history and the note are free text that may name the patient, so they stay out of logs.
        return "ReviewSession[" + imageKey + " " + sourceFileName + " frame " + frameIndex + ", "
                + annotations.size() + " annotations]";
    }
}
