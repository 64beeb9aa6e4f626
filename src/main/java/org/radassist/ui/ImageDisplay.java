package org.radassist.ui;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The image in the main window: the opened slice, its rendered pixels, its window presets and its
 * summary. Selecting another preset renders the image again as a {@link BackgroundTask}.
 */
final class ImageDisplay {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDisplay.class);

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    /** The main window's status line, which shows a rendering failure. */
    private final StringProperty activity;

    private final ObjectProperty<OpenedImage> image = new SimpleObjectProperty<>(this, "image");
    private final ObjectProperty<DisplayPixels> displayPixels = new SimpleObjectProperty<>(this, "displayPixels");
    private final ObservableList<WindowPreset> presets = FXCollections.observableArrayList();
    private final ObjectProperty<WindowPreset> selectedPreset = new SimpleObjectProperty<>(this, "selectedPreset");
    private final StringProperty imageSummary = new SimpleStringProperty(this, "imageSummary", "");

    private boolean applyingImage;
    private BackgroundTask<?> renderTask;

    ImageDisplay(WorkbenchService service, Localization text, TaskExecutor executor, StringProperty activity) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.activity = Objects.requireNonNull(activity, "activity");

        selectedPreset.addListener((observable, old, preset) -> {
            if (!applyingImage && image.get() != null) {
                render(image.get(), preset);
            }
        });
    }

    /** Shows a newly opened image with its default window. */
    void show(OpenedImage opened, DisplayPixels pixels) {
        applyingImage = true;
        try {
            image.set(opened);
            presets.setAll(opened.presets());
            selectedPreset.set(opened.defaultPreset());
        } finally {
            applyingImage = false;
        }
        displayPixels.set(pixels);
        imageSummary.set(opened.summary());
    }

    /**
     * Shows a slice of the open study set. Within a series the selected window stays, and a new
     * series starts with its slice's default window.
     */
    void showSlice(OpenedImage opened, DisplayPixels pixels, boolean newSeries) {
        cancelRender();
        applyingImage = true;
        try {
            WindowPreset currentPreset = selectedPreset.get();
            image.set(opened);
            if (!presets.equals(opened.presets())) {
                // Replacing the items can clear the combo box's value, which is bound to selectedPreset.
                presets.setAll(opened.presets());
            }
            selectedPreset.set(newSeries ? opened.defaultPreset() : currentPreset);
        } finally {
            applyingImage = false;
        }
        displayPixels.set(pixels);
        imageSummary.set(opened.summary());
    }

    /** Cancels the background rendering that a preset change started, if it still runs. */
    void cancelRender() {
        if (renderTask != null) {
            renderTask.cancel();
        }
    }

    private void render(OpenedImage current, WindowPreset preset) {
        cancelRender();
        renderTask = BackgroundTask.wrap(cancel -> DisplayPixels.from(service.render(current, preset)))
                .onSuccess(pixels -> {
                    if (image.get() == current) {
                        displayPixels.set(pixels);
                    }
                })
                .onFailure(error -> {
                    LOG.warn("Rendering {} failed", current.fileName(), error);
                    activity.set(text.format("status.renderFailed", MainViewModel.oneLine(error)));
                })
                .executeWith(executor);
    }

    ObjectProperty<OpenedImage> imageProperty() {
        return image;
    }

    ObjectProperty<DisplayPixels> displayPixelsProperty() {
        return displayPixels;
    }

    ObservableList<WindowPreset> presets() {
        return presets;
    }

    ObjectProperty<WindowPreset> selectedPresetProperty() {
        return selectedPreset;
    }

    StringProperty imageSummaryProperty() {
        return imageSummary;
    }
}
