package org.radassist.ui;

import java.util.Objects;

/**
 * The user's request to the model: the image, the clinical history and the prompt.
 *
 * @param image the image to send
 * @param clinicalHistory the clinical history as typed, possibly empty; never logged
 * @param templateId the id of the selected {@link PromptTemplateChoice}, or {@code null}
 * @param promptText the prompt as shown to the user, including any edits of the template text
 * @param thinking whether to enable MedGemma 1.5 thinking (official system prefix, at least 1500 max tokens)
 */
public record AnalysisInput(OpenedImage image, String clinicalHistory, String templateId, String promptText,
                            boolean thinking) {

    /** Input without thinking. */
    public AnalysisInput(OpenedImage image, String clinicalHistory, String templateId, String promptText) {
        this(image, clinicalHistory, templateId, promptText, false);
    }

    public AnalysisInput {
        Objects.requireNonNull(image, "image");
        clinicalHistory = clinicalHistory == null ? "" : clinicalHistory;
        promptText = promptText == null ? "" : promptText;
    }
}
