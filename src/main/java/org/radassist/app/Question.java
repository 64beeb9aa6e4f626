package org.radassist.app;

/**
 * The text side of an analysis request.
 *
 * @param promptText the instruction (a prompt template's text, possibly edited)
 * @param templateId the prompt template's id, for the record of what was sent
 * @param clinicalHistory the clinician's text; it is sent to the endpoint and never logged
 * @param systemPrompt system message text, or null for none (the default)
 * @param thinking whether to enable MedGemma 1.5 thinking (system prefix, 1500 max tokens)
 * @param maxTokens {@code max_tokens}; 0 selects 500, or 1500 with thinking
 * @param model model name overriding the endpoint's, or null
 */
public record Question(String promptText, String templateId, String clinicalHistory, String systemPrompt,
                       boolean thinking, int maxTokens, String model) {
}
