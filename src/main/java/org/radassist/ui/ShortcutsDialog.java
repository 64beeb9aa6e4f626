package org.radassist.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts: a table of every menu accelerator (with the menu path as its action)
 * followed by the shortcuts registered in {@link Shortcuts}.
 */
final class ShortcutsDialog {

    /** One row: the keys as shown and what they do. */
    record Row(String keys, String action) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TableView<Row> table = new TableView<>();

    ShortcutsDialog(Localization text, Window owner, MenuBar menuBar) {
        dialog.initOwner(owner);
        dialog.setTitle(text.get("shortcuts.title"));
        dialog.setResizable(true);
        table.setId("shortcutTable");
        table.setItems(FXCollections.observableArrayList(rows(text, menuBar)));
        TableColumn<Row, String> keys = new TableColumn<>(text.get("shortcuts.keys"));
        keys.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().keys()));
        keys.setPrefWidth(200);
        TableColumn<Row, String> action = new TableColumn<>(text.get("shortcuts.action"));
        action.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().action()));
        action.setPrefWidth(380);
        table.getColumns().add(keys);
        table.getColumns().add(action);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(600, 420);
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(text.get("audit.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    void show() {
        dialog.show();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Returns the menu accelerators in menu order, then the registered shortcuts. */
    static List<Row> rows(Localization text, MenuBar menuBar) {
        List<Row> rows = new ArrayList<>();
        if (menuBar != null) {
            for (Menu menu : menuBar.getMenus()) {
                addAccelerators(rows, menu, menu.getText());
            }
        }
        for (Shortcuts.Shortcut shortcut : Shortcuts.registered()) {
            rows.add(new Row(text.labelFor(shortcut.keys(), "shortcut."), text.get(shortcut.descriptionKey())));
        }
        return rows;
    }

    private static void addAccelerators(List<Row> rows, Menu menu, String path) {
        for (MenuItem item : menu.getItems()) {
            String itemPath = path + " → " + item.getText();
            if (item instanceof Menu submenu) {
                addAccelerators(rows, submenu, itemPath);
            } else if (item.getAccelerator() != null) {
                rows.add(new Row(item.getAccelerator().getDisplayText(), itemPath));
            }
        }
    }
}
