package org.radassist.review.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The application's message bundle ({@code org/radassist/i18n/messages}) for reports, which are
 * written in the language of the interface. Without a translation for the locale it falls back to
 * English, the base file.
 */
public final class ReportMessages {

    private static final String BUNDLE_NAME = "org/radassist/i18n/messages";

    /** Prefix of the bundle keys that name the built-in prompt templates, such as {@code template.ct}. */
    private static final String TEMPLATE_PREFIX = "template.";

    private final ResourceBundle bundle;

    public ReportMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ReportMessages forLocale(Locale locale) {
        return new ReportMessages(ResourceBundle.getBundle(BUNDLE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * Returns the prompt template's name in the report's language: the bundle entry of a built-in
     * template ({@code template.<id>}), a user template's own name, or the id when neither is known.
     */
    public String templateName(String templateId, String templateName) {
        if (templateName != null && !templateName.isBlank()) {
            return templateName.startsWith(TEMPLATE_PREFIX) && bundle.containsKey(templateName)
                    ? bundle.getString(templateName) : templateName;
        }
        if (templateId == null) {
            return null;
        }
        // The built-in ids as TemplateStore names them: "generic" is "template.general", "chest-xray" is "template.chest_xray".
        String key = TEMPLATE_PREFIX + ("generic".equals(templateId) ? "general" : templateId.replace('-', '_'));
        return bundle.containsKey(key) ? bundle.getString(key) : templateId;
    }

    /** Formats the entry with {@link MessageFormat}, so its single quotes are doubled in the bundle. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
