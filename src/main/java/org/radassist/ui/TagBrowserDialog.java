package org.radassist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tag browser: the whole data set of one DICOM file as a tree table (tag, VR, keyword, name,
 * value, length) with a search field and Copy value. The file is read in the background. While
 * {@code hideIdentifiers} is true, identifying values show as "hidden", cannot be copied and do
 * not match a search.
 */
public final class TagBrowserDialog {

    private static final Logger LOG = LoggerFactory.getLogger(TagBrowserDialog.class);
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final Localization text;
    private final ObservableBooleanValue hideIdentifiers;
    private final Stage stage = new Stage();
    private final TextField searchField = new TextField();
    private final TreeTableView<TagRow> table = new TreeTableView<>();
    private final Label statusLabel = new Label();
    private final BackgroundTask<List<TagNode>> loading;
    private List<TagNode> nodes = List.of();

    /**
     * Creates the window and starts reading {@code file}; call on the JavaFX thread.
     *
     * @param hideIdentifiers whether identifying values are hidden; the tree follows its changes
     */
    public TagBrowserDialog(WorkbenchService service, Localization text, TaskExecutor executor, Window owner,
            Path file, ObservableBooleanValue hideIdentifiers) {
        this.text = Objects.requireNonNull(text, "text");
        this.hideIdentifiers = Objects.requireNonNull(hideIdentifiers, "hideIdentifiers");
        stage.initOwner(owner);
        stage.setTitle(text.format("tags.title", Objects.toString(file.getFileName(), file.toString())));

        searchField.setId("tagSearchField");
        searchField.setPromptText(text.get("tags.search"));
        HBox.setHgrow(searchField, Priority.ALWAYS);
        HBox top = new HBox(6, new Label(text.get("tags.searchLabel")), searchField);
        top.setPadding(new Insets(8));
        table.setId("tagTable");
        table.setShowRoot(false);
        table.setPlaceholder(new Label(text.get("tags.loading")));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumns();
        installCopy();
        statusLabel.setId("tagStatus");
        statusLabel.setPadding(new Insets(4, 8, 4, 8));
        statusLabel.setWrapText(true);

        BorderPane root = new BorderPane(table, top, null, statusLabel, null);
        Scene scene = new Scene(root, 1000, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
        }
        stage.setScene(scene);
        // Escape closes the browser from any control, and typing goes to the search field at once.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                stage.close();
            }
        });
        stage.setOnShown(event -> searchField.requestFocus());

        searchField.textProperty().addListener((observable, old, query) -> rebuild());
        // The window's lifetime is shorter than the property's, so the listener goes when it closes.
        ChangeListener<Boolean> hideListener = (observable, old, hide) -> rebuild();
        hideIdentifiers.addListener(hideListener);
        stage.setOnHidden(event -> {
            hideIdentifiers.removeListener(hideListener);
            cancel();
        });
        loading = BackgroundTask.wrap(cancel -> service.readTags(file))
                .onSuccess(this::show)
                .onFailure(this::showError)
                .executeWith(executor);
    }

    public void show() {
        stage.show();
    }

    /** Stops reading the file if it is still being read. */
    public void cancel() {
        loading.cancel();
    }

    Stage stage() {
        return stage;
    }

    private void addColumns() {
        table.getColumns().add(column("tags.column.tag", 110, row -> row.node().tag()));
        table.getColumns().add(column("tags.column.vr", 50, row -> row.node().vr()));
        table.getColumns().add(column("tags.column.keyword", 220, row -> row.node().keyword()));
        table.getColumns().add(column("tags.column.name", 220, row -> row.nameText(text)));
        table.getColumns().add(column("tags.column.value", 300, row -> row.valueText(text, hideIdentifiers.get())));
        table.getColumns().add(column("tags.column.length", 70, row -> Long.toString(row.node().length())));
    }

    private TreeTableColumn<TagRow, String> column(String key, double width,
            Function<TagRow, String> cellText) {
        TreeTableColumn<TagRow, String> column = new TreeTableColumn<>(text.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : cellText.apply(cell.getValue().getValue())));
        return column;
    }

    private void installCopy() {
        MenuItem copy = new MenuItem(text.get("tags.copy"));
        copy.setAccelerator(COPY);
        copy.setOnAction(event -> copySelectedValue());
        table.setContextMenu(new ContextMenu(copy));
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copySelectedValue();
                event.consume();
            }
        });
    }

    /** Puts the selected element's value on the clipboard; returns whether there was one to copy. */
    boolean copySelectedValue() {
        TreeItem<TagRow> selected = table.getSelectionModel().getSelectedItem();
        String value = selected == null || selected.getValue() == null ? null
                : selected.getValue().copyValue(hideIdentifiers.get());
        if (value == null) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    private void show(List<TagNode> loaded) {
        nodes = loaded;
        table.setPlaceholder(new Label(text.get("tags.noMatch")));
        rebuild();
    }

    private void showError(Throwable error) {
        LOG.warn("Reading the tags failed: {}", error.getMessage());
        String headline = error instanceof WorkbenchException workbenchError
                ? text.get("error." + workbenchError.reason().name()) : text.get("error.UNEXPECTED");
        table.setPlaceholder(new Label(headline));
        statusLabel.setText(MainViewModel.oneLine(error));
    }

    /** Rebuilds the tree for the current search; matching branches are expanded. */
    private void rebuild() {
        TagTreeFilter filter = new TagTreeFilter(searchField.getText(), hideIdentifiers.get());
        TreeItem<TagRow> root = new TreeItem<>();
        int[] matchCount = {0};
        for (TagNode node : nodes) {
            TreeItem<TagRow> item = build(new TagRow(node, 0), filter, false, matchCount);
            if (item != null) {
                root.getChildren().add(item);
            }
        }
        table.setRoot(root);
        statusLabel.setText(filter.isBlank() ? text.format("tags.count", matchCount[0])
                : text.format("tags.matches", matchCount[0]));
    }

    /**
     * Returns the tree item for the row, or {@code null} when neither it nor a descendant matches.
     * Below a matching node every descendant is kept, collapsed.
     */
    private static TreeItem<TagRow> build(TagRow row, TagTreeFilter filter, boolean ancestorMatched, int[] matchCount) {
        boolean matched = ancestorMatched || filter.matches(row.node());
        TreeItem<TagRow> item = new TreeItem<>(row);
        boolean childMatched = false;
        int number = 0;
        for (TagNode child : row.node().children()) {
            number++;
            int itemNumber = child.kind() == TagNode.Kind.ITEM || child.kind() == TagNode.Kind.FRAGMENT ? number : 0;
            TreeItem<TagRow> childItem = build(new TagRow(child, itemNumber), filter, matched, matchCount);
            if (childItem != null) {
                item.getChildren().add(childItem);
                childMatched |= childItem.isExpanded() || filter.matches(child);
            }
        }
        if (!matched && item.getChildren().isEmpty()) {
            return null;
        }
        if (!filter.isBlank() && childMatched) {
            item.setExpanded(true);
        }
        if (filter.isBlank() || filter.matches(row.node())) {
            matchCount[0]++;
        }
        return item;
    }
}
