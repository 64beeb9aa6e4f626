package org.radassist.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Sizing of table columns to their content, so short values such as times and hosts show whole. */
final class ColumnWidths {

    /** Room for the cell padding and the header's sort arrow, in pixels. */
    static final double PADDING = 28;
    /** Upper limit of a fitted column, so one long error text does not push the others out of sight. */
    static final double MAX_WIDTH = 420;

    private ColumnWidths() {
    }

    /**
     * Sets the preferred width of a column to its widest text among the header (measured bold)
     * and the cell texts, in the default font, plus padding, at most {@link #MAX_WIDTH}.
     */
    static <S> void fit(TableColumn<S, ?> column, List<S> rows, Function<S, String> cellText) {
        Font regular = Font.getDefault();
        Font bold = Font.font(regular.getFamily(), FontWeight.BOLD, regular.getSize());
        double widest = width(column.getText(), bold);
        for (S row : rows) {
            widest = Math.max(widest, width(cellText.apply(row), regular));
        }
        column.setPrefWidth(Math.min(MAX_WIDTH, Math.ceil(widest + PADDING)));
    }

    /** Returns the width of a text on one line in a font, in pixels. */
    static double width(String value, Font font) {
        Text text = new Text(value == null ? "" : value);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
