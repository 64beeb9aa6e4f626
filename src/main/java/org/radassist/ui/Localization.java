package org.radassist.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Access to the UI's message bundle {@code org/radassist/i18n/messages}. The files are UTF-8,
 * which {@link java.util.PropertyResourceBundle} reads by default since Java 9.
 */
public final class Localization {

    public static final String BUNDLE_NAME = "org/radassist/i18n/messages";

    private final ResourceBundle bundle;

    public Localization(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Loads the bundle for a locale. Without a matching translation it falls back to English
     * (the base file), not to the JVM's default locale, so {@code Locale.ENGLISH} always gives
     * English.
     */
    public static ResourceBundle loadBundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** Formats the entry with {@link MessageFormat}, so its single quotes must be doubled. */
    /** Returns whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(bundle.getString(key), bundle.getLocale());
        return format.format(arguments);
    }

    /**
     * Returns the bundle entry when {@code name} is a key starting with {@code keyPrefix}, such as
     * {@code template.ct}, and otherwise {@code name} itself, so names from the service that are
     * not keys show unchanged.
     */
    public String labelFor(String name, String keyPrefix) {
        if (name == null) {
            return "";
        }
        if (!name.startsWith(keyPrefix) || !bundle.containsKey(name)) {
            return name;
        }
        return bundle.getString(name);
    }
}
