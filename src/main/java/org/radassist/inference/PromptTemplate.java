package org.radassist.inference;

/**
 * A named prompt text.
 *
 * @param id stable identifier stored in settings, for example {@code chest-xray}
 * @param title short English name for menus
 * @param text the instruction sent before the clinical history
 */
public record PromptTemplate(String id, String title, String text) {
}
