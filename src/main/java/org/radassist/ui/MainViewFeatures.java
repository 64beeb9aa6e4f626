package org.radassist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's tag browser, template editor, reasoning warning, findings actions, start
 * screen with recent files, shortcuts help and themes. {@link MainView} creates it after loading
 * its FXML and passes the FXML namespace, from which this class takes the nodes it wires.
 */
final class MainViewFeatures {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewFeatures.class);
    static final KeyCombination TAG_BROWSER_KEYS = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SHORTCUTS_KEYS = new KeyCodeCombination(KeyCode.F1);

    private final MainView view;
    private final MainViewModel viewModel;
    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    private final Map<String, Object> namespace;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final Object saveLock = new Object();
    private final StartScreen startScreen;
    private volatile UiPreferences preferences;
    private Path pendingOpen;

    MainViewFeatures(MainView view, WorkbenchService service, Localization text, TaskExecutor executor,
            Map<String, Object> namespace) {
        this.view = view;
        this.viewModel = view.viewModel();
        this.service = service;
        this.text = text;
        this.executor = executor;
        this.namespace = namespace;
        this.preferences = service.uiPreferences();
        theme.set(preferences.theme());

        installMenus();
        installRequestSide();
        installFindingsActions();
        StatusBarTips.install(node("statusLabel"), node("activityLabel"));
        startScreen = installStartScreen();
        trackOpenedFiles();
        theme.addListener((observable, old, chosen) -> {
            Themes.apply(chosen, view.root());
            LOG.info("Theme changed to {}", chosen);
            savePreferences(preferences.withTheme(chosen));
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T node(String id) {
        return (T) Objects.requireNonNull(namespace.get(id), () -> "MainView.fxml has no fx:id " + id);
    }

    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private void installMenus() {
        MenuBar menuBar = node("menuBar");
        Menu viewMenu = menuBar.getMenus().stream().filter(menu -> "viewMenu".equals(menu.getId())).findFirst()
                .orElseGet(() -> {
                    Menu created = new Menu(text.get("menu.view"));
                    created.setId("viewMenu");
                    menuBar.getMenus().add(Math.max(0, menuBar.getMenus().size() - 1), created);
                    return created;
                });
        MenuItem tags = new MenuItem(text.get("menu.tags"));
        tags.setId("tagsMenuItem");
        tags.setAccelerator(TAG_BROWSER_KEYS);
        tags.disableProperty().bind(viewModel.imageProperty().isNull());
        tags.setOnAction(event -> openTagBrowser());
        Menu themeMenu = new Menu(text.get("menu.theme"));
        themeMenu.setId("themeMenu");
        ToggleGroup themes = new ToggleGroup();
        for (Theme choice : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(text.get("theme." + choice.name()));
            item.setId("theme" + choice.name() + "MenuItem");
            item.setToggleGroup(themes);
            item.setSelected(choice == theme.get());
            item.setOnAction(event -> theme.set(choice));
            themeMenu.getItems().add(item);
        }
        theme.addListener((observable, old, chosen) -> themes.getToggles().forEach(toggle ->
                toggle.setSelected(((RadioMenuItem) toggle).getId().equals("theme" + chosen.name() + "MenuItem"))));
        if (!viewMenu.getItems().isEmpty()) {
            viewMenu.getItems().add(new SeparatorMenuItem());
        }
        viewMenu.getItems().addAll(tags, themeMenu);

        Menu helpMenu = menuBar.getMenus().get(menuBar.getMenus().size() - 1);
        MenuItem shortcuts = new MenuItem(text.get("menu.shortcuts"));
        shortcuts.setId("shortcutsMenuItem");
        shortcuts.setAccelerator(SHORTCUTS_KEYS);
        shortcuts.setOnAction(event -> new ShortcutsDialog(text, window(), menuBar).show());
        helpMenu.getItems().add(0, shortcuts);
    }

    private void installRequestSide() {
        Button editTemplates = node("editTemplatesButton");
        editTemplates.setOnAction(event -> openTemplateEditor());
        Label warning = node("reasoningWarning");
        show(warning, Bindings.createBooleanBinding(
                () -> ReasoningRequest.in(viewModel.promptTextProperty().get(), viewModel.historyProperty().get()),
                viewModel.promptTextProperty(), viewModel.historyProperty()));
    }

    private void installFindingsActions() {
        Button copy = node("copyFindingsButton");
        copy.setOnAction(event -> copyFindings());
        Button again = node("analyzeAgainButton");
        again.disableProperty().bind(viewModel.canAnalyzeBinding().not());
        again.setOnAction(event -> viewModel.analyze());
    }

    /** Puts the findings as plain text on the clipboard and returns the text. */
    String copyFindings() {
        String plain = FindingsText.of(viewModel.findings(), text);
        ClipboardContent content = new ClipboardContent();
        content.putString(plain);
        Clipboard.getSystemClipboard().setContent(content);
        return plain;
    }

    private StartScreen installStartScreen() {
        StackPane imageArea = node("imageArea");
        Node hint = node("imagePlaceholder");
        imageArea.getChildren().remove(hint);
        StartScreen screen = new StartScreen(service, text, executor, hint, view::open);
        show(screen.root(), viewModel.imageProperty().isNull());
        imageArea.getChildren().add(screen.root());
        loadSamplesWhenShown(screen);
        screen.showRecent(preferences.recentFiles());
        return screen;
    }

    /**
     * Renders the sample thumbnails once the start screen is on screen with no open in progress.
     * A file opened at start-up hides the screen, so its thumbnails (two more decodes) then wait
     * and no longer compete with that file's first paint.
     */
    private void loadSamplesWhenShown(StartScreen screen) {
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (screen.root().isVisible() && viewModel.stateProperty().get() != WorkbenchState.LOADING) {
                    screen.root().visibleProperty().removeListener(this);
                    viewModel.stateProperty().removeListener(this);
                    screen.loadSamples();
                }
            }
        };
        screen.root().visibleProperty().addListener(check);
        viewModel.stateProperty().addListener(check);
        // Later, so that an open requested right after the window is built (the command line's file) counts.
        Platform.runLater(() -> check.invalidated(null));
    }

    /** Notes the path the user asked to open, so that it joins the recent files once it opens. */
    void recordOpenRequest(Path path) {
        pendingOpen = path;
    }

    private void trackOpenedFiles() {
        viewModel.stateProperty().addListener((observable, old, state) -> {
            if (old != WorkbenchState.LOADING || pendingOpen == null) {
                return;
            }
            if (state == WorkbenchState.READY) {
                UiPreferences updated = preferences.withRecentFile(pendingOpen);
                startScreen.showRecent(updated.recentFiles());
                savePreferences(updated);
            }
            pendingOpen = null;
        });
    }

    /** Saves in the background; concurrent saves write the latest preferences last. */
    private void savePreferences(UiPreferences updated) {
        preferences = updated;
        BackgroundTask.wrap(cancel -> {
                    synchronized (saveLock) {
                        service.saveUiPreferences(preferences);
                    }
                    return null;
                })
                .onFailure(error -> LOG.warn("Saving the window preferences failed: {}", error.getMessage()))
                .executeWith(executor);
    }

    private void openTagBrowser() {
        OpenedImage image = viewModel.imageProperty().get();
        if (image != null) {
            new TagBrowserDialog(service, text, executor, window(), image.path(), viewModel.hideIdentifiersProperty()).show();
        }
    }

    private void openTemplateEditor() {
        List<PromptTemplateChoice> current = List.copyOf(viewModel.templates());
        PromptTemplateChoice selected = viewModel.selectedTemplateProperty().get();
        BackgroundTask.wrap(cancel -> service.builtInTemplates())
                .onSuccess(builtIn -> {
                    TemplateEditorDialog editor = new TemplateEditorDialog(service, text, executor, window(), current,
                            builtIn, this::applyTemplates);
                    editor.select(selected == null ? null : selected.id());
                    editor.show();
                })
                .onFailure(error -> LOG.warn("Loading the built-in templates failed", error))
                .executeWith(executor);
    }

    /** Shows the saved templates and keeps the selected one, now with its saved text. */
    private void applyTemplates(List<PromptTemplateChoice> saved) {
        PromptTemplateChoice selected = viewModel.selectedTemplateProperty().get();
        viewModel.templates().setAll(saved);
        String id = selected == null ? null : selected.id();
        PromptTemplateChoice match = saved.stream().filter(template -> template.id().equals(id)).findFirst()
                .orElse(saved.isEmpty() ? null : saved.get(0));
        viewModel.selectedTemplateProperty().set(match);
        LOG.info("Prompt templates saved: {}", saved.size());
    }

    void dispose() {
        startScreen.cancel();
    }

    private Window window() {
        return view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
