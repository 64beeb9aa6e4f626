package org.radassist.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

/**
 * Applies a {@link Theme}: AtlantaFX's Primer Light or Primer Dark as the application's user
 * agent stylesheet, which every window and dialog uses, and the style class {@code theme-dark} on
 * the main window, under which {@code radassist.css} keeps its warning and error colours readable.
 */
public final class Themes {

    static final String DARK_STYLE_CLASS = "theme-dark";

    private Themes() {
    }

    /** Returns the user agent stylesheet of the theme. */
    static String stylesheet(Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
    }

    /** Sets the theme for every window of the application and marks {@code root} for it; call on the JavaFX thread. */
    public static void apply(Theme theme, Parent root) {
        Application.setUserAgentStylesheet(stylesheet(theme));
        if (root != null) {
            root.getStyleClass().remove(DARK_STYLE_CLASS);
            if (theme == Theme.DARK) {
                root.getStyleClass().add(DARK_STYLE_CLASS);
            }
        }
    }
}
