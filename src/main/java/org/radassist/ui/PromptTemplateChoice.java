package org.radassist.ui;

/**
 * A prompt template offered in the template list.
 *
 * @param id the stable id, passed back in {@link AnalysisInput#templateId()}
 * @param name the name to show, or a bundle key starting with {@code template.} that the UI
 *     localises; a name without a bundle entry is shown as it is
 * @param text the prompt text put into the editable prompt area when the template is chosen
 */
public record PromptTemplateChoice(String id, String name, String text) {
}
