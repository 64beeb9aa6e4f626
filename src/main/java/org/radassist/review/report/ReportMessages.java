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

    /** Formats the entry with {@link MessageFormat}, so its single quotes are doubled in the bundle. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
