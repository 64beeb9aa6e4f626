package org.radassist.app;

import org.radassist.inference.PromptTemplate;
import org.radassist.inference.PromptTemplates;

/**
 * The text side shared by every request of a batch. Each image gets the prompt template of its
 * modality unless a template or a prompt text is fixed for the whole batch.
 *
 * @param templateId prompt template for every image, or null to choose by modality
 * @param promptText prompt text replacing the template's, or null
 * @param clinicalHistory text sent with every image; never logged
 * @param systemPrompt system message, or null for none
 * @param thinking whether to enable MedGemma 1.5 thinking
 * @param maxTokens {@code max_tokens}; 0 selects the default
 * @param model model name overriding the endpoint's, or null
 */
public record BatchQuestion(String templateId, String promptText, String clinicalHistory, String systemPrompt,
                            boolean thinking, int maxTokens, String model) {

    /** Returns the question for an image of the given modality. */
    public Question forModality(String modality) {
        PromptTemplate template = templateId == null ? PromptTemplates.forModality(modality)
                : PromptTemplates.byId(templateId);
        String text = promptText != null ? promptText : template.text();
        return new Question(text, promptText != null ? "custom" : template.id(), clinicalHistory, systemPrompt,
                thinking, maxTokens, model);
    }
}
