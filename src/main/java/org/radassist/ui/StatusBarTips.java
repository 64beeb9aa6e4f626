package org.radassist.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * Tooltips for the labels of the status bar. A long endpoint or activity line, such as the summary
 * after an analysis, is elided in a narrow window; its tooltip carries the full text.
 */
final class StatusBarTips {

    private StatusBarTips() {
    }

    /** Elides each label at the end and gives it a tooltip with its full text while it has any. */
    static void install(Label... labels) {
        for (Label label : labels) {
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            Tooltip tooltip = new Tooltip();
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(600);
            tooltip.textProperty().bind(label.textProperty());
            label.tooltipProperty().bind(Bindings.when(label.textProperty().isEmpty())
                    .then((Tooltip) null).otherwise(tooltip));
        }
    }
}
