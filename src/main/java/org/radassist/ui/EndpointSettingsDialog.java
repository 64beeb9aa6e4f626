package org.radassist.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Modal dialog that manages the endpoint profiles (choose the active one, add, rename, delete) and
 * edits the active profile's settings. Only the fields that apply to the selected kind are enabled. Save runs {@link WorkbenchService#saveEndpoint} off the JavaFX thread; a rejected
 * form keeps the dialog open with the service's message under the fields.
 */
public final class EndpointSettingsDialog {

    private final EndpointSettingsViewModel viewModel;
    private final Localization text;
    private final Stage stage = new Stage();
    private boolean saved;

    @FXML private VBox root;
    @FXML private ComboBox<String> profileCombo;
    @FXML private Button addProfileButton;
    @FXML private Button renameProfileButton;
    @FXML private Button deleteProfileButton;
    @FXML private ComboBox<String> kindCombo;
    @FXML private TextField projectField;
    @FXML private TextField regionField;
    @FXML private TextField endpointIdField;
    @FXML private TextField projectNumberField;
    @FXML private TextField dedicatedDnsField;
    @FXML private Label dedicatedHint;
    @FXML private TextField baseUrlField;
    @FXML private TextField modelField;
    @FXML private ComboBox<String> authCombo;
    @FXML private TextField apiKeyEnvField;
    @FXML private TextField credentialsFileField;
    @FXML private Button credentialsBrowseButton;
    @FXML private CheckBox insecureCheck;
    @FXML private Label insecureWarning;
    @FXML private ComboBox<String> apiCombo;
    @FXML private TextField maxTokensField;
    @FXML private TextField maxContextField;
    @FXML private TextField maxPayloadBytesField;
    @FXML private TextField maxImagesField;
    @FXML private Label validationLabel;
    @FXML private Button saveButton;

    /** Builds the dialog and starts loading the current settings; call on the JavaFX thread. */
    public EndpointSettingsDialog(WorkbenchService service, Localization text, TaskExecutor executor, Window owner) {
        this.text = Objects.requireNonNull(text, "text");
        this.viewModel = new EndpointSettingsViewModel(service, executor);

        URL fxml = EndpointSettingsDialog.class.getResource("EndpointSettingsDialog.fxml");
        FXMLLoader loader = new FXMLLoader(fxml, text.bundle());
        loader.setController(this);
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Loading " + fxml + " failed", e);
        }

        Scene scene = new Scene(content);
        scene.getStylesheets().add(Objects.requireNonNull(
                EndpointSettingsDialog.class.getResource(MainView.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(text.get("settings.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        viewModel.load();
    }

    /** Shows the dialog and waits until it closes; returns whether the settings were saved. */
    public boolean showAndWait() {
        stage.showAndWait();
        return saved;
    }

    /** Shows the dialog without waiting, for tests. */
    public Stage show() {
        stage.show();
        return stage;
    }

    public EndpointSettingsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        profileCombo.setItems(viewModel.profiles());
        profileCombo.valueProperty().bindBidirectional(viewModel.activeProfileProperty());
        profileCombo.disableProperty().bind(viewModel.busyProperty());
        addProfileButton.disableProperty().bind(viewModel.busyProperty());
        renameProfileButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.demoProfileActive()));
        deleteProfileButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.demoProfileActive()));
        kindCombo.getItems().setAll(EndpointSettingsViewModel.KINDS);
        kindCombo.setConverter(keyConverter("settings.kind."));
        kindCombo.valueProperty().bindBidirectional(viewModel.kindProperty());
        authCombo.getItems().setAll(EndpointSettingsViewModel.AUTH_METHODS);
        authCombo.setConverter(keyConverter("settings.auth."));
        authCombo.valueProperty().bindBidirectional(viewModel.authProperty());

        projectField.textProperty().bindBidirectional(viewModel.projectProperty());
        regionField.textProperty().bindBidirectional(viewModel.regionProperty());
        endpointIdField.textProperty().bindBidirectional(viewModel.endpointIdProperty());
        projectNumberField.textProperty().bindBidirectional(viewModel.projectNumberProperty());
        dedicatedDnsField.textProperty().bindBidirectional(viewModel.dedicatedDnsProperty());
        baseUrlField.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        modelField.textProperty().bindBidirectional(viewModel.modelProperty());
        apiKeyEnvField.textProperty().bindBidirectional(viewModel.apiKeyEnvProperty());
        credentialsFileField.textProperty().bindBidirectional(viewModel.credentialsFileProperty());
        credentialsFileField.disableProperty().bind(viewModel.credentialsFileEnabled().not());
        credentialsBrowseButton.disableProperty().bind(viewModel.credentialsFileEnabled().not());
        insecureCheck.selectedProperty().bindBidirectional(viewModel.allowInsecureHttpProperty());
        apiCombo.getItems().setAll(EndpointForm.API_FORMATS);
        apiCombo.setConverter(keyConverter("settings.api."));
        apiCombo.valueProperty().bindBidirectional(viewModel.apiProperty());
        apiCombo.disableProperty().bind(viewModel.authEnabled().not());
        maxTokensField.textProperty().bindBidirectional(viewModel.maxTokensProperty());
        maxContextField.textProperty().bindBidirectional(viewModel.maxContextProperty());
        maxPayloadBytesField.textProperty().bindBidirectional(viewModel.maxPayloadBytesProperty());
        maxImagesField.textProperty().bindBidirectional(viewModel.maxImagesProperty());

        projectField.disableProperty().bind(viewModel.vertexFieldsEnabled().not());
        regionField.disableProperty().bind(viewModel.vertexFieldsEnabled().not());
        endpointIdField.disableProperty().bind(viewModel.vertexFieldsEnabled().not());
        projectNumberField.disableProperty().bind(viewModel.dedicatedFieldsEnabled().not());
        dedicatedDnsField.disableProperty().bind(viewModel.dedicatedFieldsEnabled().not());
        dedicatedHint.visibleProperty().bind(viewModel.dedicatedFieldsEnabled());
        dedicatedHint.managedProperty().bind(dedicatedHint.visibleProperty());
        baseUrlField.disableProperty().bind(viewModel.openAiFieldsEnabled().not());
        modelField.disableProperty().bind(viewModel.openAiFieldsEnabled().not());
        authCombo.disableProperty().bind(viewModel.authEnabled().not());
        apiKeyEnvField.disableProperty().bind(viewModel.apiKeyEnvEnabled().not());
        insecureCheck.disableProperty().bind(viewModel.openAiFieldsEnabled().not());
        insecureWarning.visibleProperty().bind(viewModel.insecureWarningVisible());
        insecureWarning.managedProperty().bind(insecureWarning.visibleProperty());

        validationLabel.textProperty().bind(viewModel.validationMessageProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());

        // The hint, the warning and the validation message change the content height, so the window is resized to fit.
        dedicatedHint.visibleProperty().addListener((observable, old, visible) -> resizeToContent());
        insecureWarning.visibleProperty().addListener((observable, old, visible) -> resizeToContent());
        validationLabel.textProperty().addListener((observable, old, message) -> resizeToContent());
    }

    private void resizeToContent() {
        Platform.runLater(stage::sizeToScene);
    }

    @FXML
    private void save() {
        viewModel.save(() -> {
            saved = true;
            stage.close();
        });
    }

    /** Lets the user pick the service-account key file; the check of its contents runs on Save. */
    @FXML
    private void browseCredentialsFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("settings.credentialsChooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("settings.credentialsJson"), "*.json", "*.JSON"),
                new FileChooser.ExtensionFilter(text.get("chooser.all"), "*"));
        File current = new File(viewModel.credentialsFileProperty().get().strip());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            viewModel.credentialsFileProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void addProfile() {
        askProfileName("").ifPresent(viewModel::addProfile);
    }

    @FXML
    private void renameProfile() {
        askProfileName(viewModel.activeProfileProperty().get()).ifPresent(viewModel::renameActiveProfile);
    }

    @FXML
    private void deleteProfile() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                text.format("settings.profileDeleteConfirm", viewModel.activeProfileProperty().get()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            viewModel.deleteActiveProfile();
        }
    }

    private java.util.Optional<String> askProfileName(String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(stage);
        dialog.setTitle(text.get("settings.profile"));
        dialog.setHeaderText(null);
        dialog.setContentText(text.get("settings.profileName"));
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    @FXML
    private void close() {
        stage.close();
    }

    private StringConverter<String> keyConverter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : text.labelFor(prefix + value, prefix);
            }

            @Override
            public String fromString(String string) {
                return null;
            }
        };
    }
}
