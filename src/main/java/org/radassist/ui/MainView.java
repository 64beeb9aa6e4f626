package org.radassist.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The main window's content: loads {@code MainView.fxml}, binds its controls to a
 * {@link MainViewModel} and handles the menu, the file chooser and drag-and-drop.
 */
public final class MainView {

    static final String STYLESHEET = "/org/radassist/ui/radassist.css";

    private final MainViewModel viewModel;
    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    private File lastDirectory;
    private MainViewFeatures features;
    private ReviewSetup review;

    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private ComboBox<WindowPreset> presetCombo;
    @FXML private ImageViewport viewport;
    @FXML private StackPane imageArea;
    @FXML private Label sliceLabel;
    @FXML private VBox sliceSelectionBox;
    @FXML private ListView<SeriesRef> seriesList;
    @FXML private TitledPane problemsPane;
    @FXML private ListView<String> problemsList;
    @FXML private Label imagePlaceholder;
    @FXML private Label imageSummaryLabel;
    @FXML private TextArea historyArea;
    @FXML private ComboBox<PromptTemplateChoice> templateCombo;
    @FXML private TextArea promptArea;
    @FXML private Button analyzeButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator progressIndicator;
    @FXML private Label demoBanner;
    @FXML private Label truncatedWarning;
    @FXML private VBox errorBox;
    @FXML private Label errorHeadline;
    @FXML private Label errorDetail;
    @FXML private Label findingsPlaceholder;
    @FXML private VBox findingsPane;
    @FXML private VBox resultBox;
    @FXML private Label diagnosisLabel;
    @FXML private ListView<String> findingsList;
    @FXML private Label impressionLabel;
    @FXML private VBox recommendationsBox;
    @FXML private Label recommendationsLabel;
    @FXML private Label unstructuredNote;
    @FXML private TitledPane rawPane;
    @FXML private TextArea rawArea;
    @FXML private TitledPane thoughtPane;
    @FXML private TextArea thoughtArea;
    @FXML private CheckBox thinkingCheck;
    @FXML private Label insecureBanner;
    @FXML private Label analysisNoteLabel;
    @FXML private VBox streamingBox;
    @FXML private TextArea streamingArea;
    @FXML private Label statusLabel;
    @FXML private Label activityLabel;

    /** Loads the view; call on the JavaFX thread. */
    public MainView(WorkbenchService service, Localization text, TaskExecutor executor) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.viewModel = new MainViewModel(service, text, executor);

        URL fxml = MainView.class.getResource("MainView.fxml");
        FXMLLoader loader = new FXMLLoader(fxml, text.bundle());
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Loading " + fxml + " failed", e);
        }
        root.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource(STYLESHEET)).toExternalForm());
        viewModel.initialize();
        features = new MainViewFeatures(this, service, text, executor, loader.getNamespace());
    }

    /** Returns the tag browser, templates, start screen, shortcuts and theme wiring of this window. */
    MainViewFeatures features() {
        return features;
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** Cancels running tasks and writes the review's pending changes; call when the window closes. */
    public void dispose() {
        viewModel.dispose();
        features.dispose();
        review.close();
    }

    ReviewSetup review() {
        return review;
    }

    /**
     * Opens a file, a folder or a DICOMDIR, as the command line, the menu and drag-and-drop do;
     * callable from any thread.
     */
    public void open(Path file) {
        if (Platform.isFxApplicationThread()) {
            features.recordOpenRequest(file);
            viewModel.open(file);
        } else {
            Platform.runLater(() -> open(file));
        }
    }

    @FXML
    private void initialize() {
        bindImageSide();
        bindSeries();
        bindRequestSide();
        bindFindings();
        statusLabel.textProperty().bind(viewModel.endpointStatusProperty());
        activityLabel.textProperty().bind(viewModel.activityProperty());
        root.setOnDragOver(this::acceptFileDrag);
        root.setOnDragDropped(this::openDroppedFile);
        new ViewerSetup(text, executor, service, viewModel, viewport, imageArea, menuBar);
        review = new ReviewSetup(service, text, executor, viewModel, viewport, findingsPane, root);
    }

    private void bindImageSide() {
        presetCombo.setItems(viewModel.presets());
        presetCombo.valueProperty().bindBidirectional(viewModel.selectedPresetProperty());
        presetCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(WindowPreset window) {
                OpenedImage image = viewModel.imageProperty().get();
                WindowPreset preset = WindowLabels.shown(window, image == null ? null : image.details());
                return preset == null ? "" : text.format("preset.format",
                        text.labelFor(preset.name(), "preset."), preset.center(), preset.width());
            }

            @Override
            public WindowPreset fromString(String string) {
                return null;
            }
        });
        presetCombo.disableProperty().bind(Bindings.isEmpty(viewModel.presets()));

        viewModel.displayPixelsProperty().addListener((observable, old, pixels) -> viewport.setPixels(pixels));
        viewport.setPixels(viewModel.displayPixelsProperty().get());
        show(imagePlaceholder, viewModel.imageProperty().isNull());
        imageSummaryLabel.textProperty().bind(viewModel.imageSummaryProperty());
    }

    private void bindSeries() {
        SeriesNavigation navigation = viewModel.navigation();
        seriesList.setItems(navigation.series());
        seriesList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SeriesRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : navigation.label(item, viewModel.hideIdentifiersProperty().get()));
            }
        });
        viewModel.hideIdentifiersProperty().addListener((observable, old, hidden) -> seriesList.refresh());
        seriesList.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                navigation.selectedSeriesProperty().set(selected);
            }
        });
        navigation.selectedSeriesProperty().addListener((observable, old, selected) -> {
            if (seriesList.getSelectionModel().getSelectedItem() != selected) {
                seriesList.getSelectionModel().select(selected);
            }
        });
        show(seriesList, Bindings.size(navigation.series()).greaterThan(1));

        problemsList.setItems(navigation.problems());
        problemsPane.textProperty().bind(Bindings.createStringBinding(
                () -> text.format("problems.title", navigation.problems().size()), navigation.problems()));
        show(problemsPane, Bindings.isNotEmpty(navigation.problems()));

        new SliceSelectionView(viewModel.slices(), navigation, text).install(sliceSelectionBox, sliceLabel, root);
        show(sliceLabel, navigation.sliceCountProperty().greaterThan(1));

        imageArea.setOnMouseClicked(event -> imageArea.requestFocus());
        imageArea.setOnScroll(event -> {
            if (event.getDeltaY() < 0) {
                navigation.step(1);
            } else if (event.getDeltaY() > 0) {
                navigation.step(-1);
            }
            event.consume();
        });
        // A handler, not a filter: text areas, lists and the scroll pane keep their own keys.
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::navigateSlices);
    }

    /** Moves through the slices with Up/Down, Page Up/Page Down, Home and End. */
    private void navigateSlices(KeyEvent event) {
        SeriesNavigation navigation = viewModel.navigation();
        if (navigation.sliceCountProperty().get() < 2) {
            return;
        }
        switch (event.getCode()) {
            case UP -> navigation.step(-1);
            case DOWN -> navigation.step(1);
            case PAGE_UP -> navigation.page(-1);
            case PAGE_DOWN -> navigation.page(1);
            case HOME -> navigation.first();
            case END -> navigation.last();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void bindRequestSide() {
        historyArea.textProperty().bindBidirectional(viewModel.historyProperty());
        templateCombo.setItems(viewModel.templates());
        templateCombo.valueProperty().bindBidirectional(viewModel.selectedTemplateProperty());
        templateCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(PromptTemplateChoice template) {
                return template == null ? "" : text.labelFor(template.name(), "template.");
            }

            @Override
            public PromptTemplateChoice fromString(String string) {
                return null;
            }
        });
        promptArea.textProperty().bindBidirectional(viewModel.promptTextProperty());
        thinkingCheck.selectedProperty().bindBidirectional(viewModel.thinkingProperty());

        analyzeButton.disableProperty().bind(viewModel.canAnalyzeBinding().not());
        cancelButton.disableProperty().bind(viewModel.analyzingBinding().not());
        show(progressIndicator, Bindings.createBooleanBinding(
                () -> viewModel.stateProperty().get() == WorkbenchState.ANALYZING
                        || viewModel.stateProperty().get() == WorkbenchState.LOADING,
                viewModel.stateProperty()));
    }

    private void bindFindings() {
        FindingsModel findings = viewModel.findings();
        show(demoBanner, findings.demoProperty());
        show(truncatedWarning, findings.truncatedProperty());
        show(errorBox, viewModel.errorHeadlineProperty().isNotEmpty());
        errorHeadline.textProperty().bind(viewModel.errorHeadlineProperty());
        errorDetail.textProperty().bind(viewModel.errorDetailProperty());
        show(findingsPlaceholder, findings.presentProperty().not().and(viewModel.errorHeadlineProperty().isEmpty())
                .and(viewModel.streamedAnswerProperty().isEmpty()));
        show(insecureBanner, viewModel.insecureWarningProperty().isNotEmpty());
        insecureBanner.textProperty().bind(viewModel.insecureWarningProperty());
        show(analysisNoteLabel, viewModel.analysisNoteProperty().isNotEmpty());
        analysisNoteLabel.textProperty().bind(viewModel.analysisNoteProperty());
        show(streamingBox, viewModel.streamedAnswerProperty().isNotEmpty());
        streamingArea.textProperty().bind(viewModel.streamedAnswerProperty());

        show(resultBox, findings.presentProperty());
        diagnosisLabel.textProperty().bind(findings.diagnosisProperty());
        findingsList.setItems(findings.findings());
        findingsList.setCellFactory(list -> new WrappingCell());
        impressionLabel.textProperty().bind(findings.impressionProperty());
        show(recommendationsBox, findings.recommendationsProperty().isNotEmpty());
        recommendationsLabel.textProperty().bind(findings.recommendationsProperty());
        show(unstructuredNote, findings.structuredProperty().not());
        rawArea.textProperty().bind(findings.rawContentProperty());
        show(thoughtPane, findings.thoughtProperty().isNotEmpty());
        thoughtArea.textProperty().bind(findings.thoughtProperty());

        // An unstructured response leaves the sections above the expander empty, so expand the full text.
        findings.presentProperty().addListener((observable, old, present) -> {
            if (present) {
                rawPane.setExpanded(!findings.structuredProperty().get());
            }
        });
    }

    private static void show(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("chooser.dicom"), "*.dcm", "*.DCM", "*.dicom", "*.DICOM"),
                new FileChooser.ExtensionFilter(text.get("chooser.png"), "*.png", "*.PNG"),
                new FileChooser.ExtensionFilter(text.get("chooser.all"), "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            lastDirectory = file.getParentFile();
            open(file.toPath());
        }
    }

    @FXML
    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("chooser.folderTitle"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File folder = chooser.showDialog(window());
        if (folder != null) {
            lastDirectory = folder.getParentFile();
            open(folder.toPath());
        }
    }

    @FXML
    private void openSettings() {
        EndpointSettingsDialog dialog = new EndpointSettingsDialog(service, text, executor, window());
        dialog.showAndWait();
        // Choosing, adding or deleting a profile takes effect at once, also when the dialog is closed without Save.
        viewModel.refreshEndpoint();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void showAuditLog() {
        new AuditLogDialog(service, text, executor, window()).show();
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window());
        about.setTitle(text.get("about.title"));
        about.setHeaderText(text.get("about.header"));
        about.setContentText(text.get("about.text") + "\n\n" + text.get("findings.caution"));
        about.showAndWait();
    }

    @FXML
    private void analyze() {
        viewModel.analyze();
    }

    @FXML
    private void cancelAnalysis() {
        viewModel.cancelAnalysis();
    }

    private void acceptFileDrag(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void openDroppedFile(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        boolean opened = !files.isEmpty();
        if (opened) {
            open(files.get(0).toPath());
        }
        event.setDropCompleted(opened);
        event.consume();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** A list cell that wraps long findings instead of cutting them off. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
        }
    }
}
