package org.radassist.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * summary. Selecting another window renders the image again as a {@link BackgroundTask}; while
 * one rendering runs, only the newest requested window waits, so a window/level drag shows every
 * finished frame and never queues stale ones.
 */
final class ImageDisplay {

    private static final Logger LOG = LoggerFactory.getLogger(ImageDisplay.class);
    /** Name of a window set by dragging, a bundle key like the built-in presets. */
    static final String CUSTOM_WINDOW = "preset.custom";

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

    /** The viewer's presets per modality (upper case), offered after the image's own windows. */
    private Map<String, List<WindowPreset>> modalityPresets = Map.of();
    private boolean applyingImage;
    private BackgroundTask<?> renderTask;
    private RenderRequest pendingRender;
    private boolean rendering;

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
        loadModalityPresets();
    }

    /** Reads the viewer's window presets in the background and offers them with the image on screen. */
    void loadModalityPresets() {
        BackgroundTask.wrap(cancel -> service.windowPresets())
                .onSuccess(this::setModalityPresets)
                .onFailure(error -> LOG.warn("Loading the window presets failed: {}", MainViewModel.oneLine(error)))
                .executeWith(executor);
    }

    /** Replaces the viewer's presets per modality and updates the list of the image on screen. */
    void setModalityPresets(Map<String, List<WindowPreset>> presetsByModality) {
        Map<String, List<WindowPreset>> copy = new HashMap<>();
        presetsByModality.forEach((modality, list) -> copy.put(modality.toUpperCase(Locale.ROOT), List.copyOf(list)));
        modalityPresets = Map.copyOf(copy);
        OpenedImage current = image.get();
        if (current != null) {
            applyingImage = true;
            try {
                WindowPreset selected = selectedPreset.get();
                presets.setAll(offeredPresets(current));
                if (selected != null && CUSTOM_WINDOW.equals(selected.name())) {
                    presets.add(selected);
                }
                selectedPreset.set(selected);
            } finally {
                applyingImage = false;
            }
        }
    }

    /** Returns the viewer's presets per modality, keys in upper case. */
    Map<String, List<WindowPreset>> modalityPresets() {
        return modalityPresets;
    }

    /** Returns the image's own windows followed by its modality's presets. */
    private List<WindowPreset> offeredPresets(OpenedImage opened) {
        List<WindowPreset> offered = new ArrayList<>(opened.presets());
        if (!offered.isEmpty() && opened.modality() != null) {
            offered.addAll(modalityPresets.getOrDefault(opened.modality().strip().toUpperCase(Locale.ROOT), List.of()));
        }
        return offered;
    }

    /** Returns the window on screen: the selected one, else the image's default; null for colour images. */
    WindowPreset currentWindow() {
        if (selectedPreset.get() != null) {
            return selectedPreset.get();
        }
        return image.get() == null ? null : image.get().defaultPreset();
    }

    /**
     * Shows the image through a window set by dragging or restored from a review session. The window
     * keeps applying to further slices of the series. A window equal to an offered preset selects
     * that preset, so a reopened session shows "Lung" rather than "Custom" with the same values.
     */
    void setWindow(double center, double width) {
        if (image.get() == null || image.get().defaultPreset() == null) {
            return;
        }
        double windowWidth = Math.max(1, width);
        for (WindowPreset preset : presets) {
            if (preset.center() == center && preset.width() == windowWidth) {
                selectedPreset.set(preset);
                return;
            }
        }
        WindowPreset custom = new WindowPreset(CUSTOM_WINDOW, center, windowWidth);
        offerCustom(custom);
        selectedPreset.set(custom);
    }

    /**
     * Puts {@code custom} at the end of the offered presets in place of an earlier custom window.
     * A combo box value that is not among its items can show as an empty field after its items
     * change (seen on X11 with a reopened session), so the custom window is always an item.
     */
    private void offerCustom(WindowPreset custom) {
        boolean wasApplying = applyingImage;
        applyingImage = true;
        try {
            presets.removeIf(preset -> CUSTOM_WINDOW.equals(preset.name()));
            presets.add(custom);
        } finally {
            applyingImage = wasApplying;
        }
    }

    /** Shows a newly opened image with its default window. */
    void show(OpenedImage opened, DisplayPixels pixels) {
        applyingImage = true;
        try {
            image.set(opened);
            presets.setAll(offeredPresets(opened));
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
            List<WindowPreset> offered = new ArrayList<>(offeredPresets(opened));
            if (!newSeries && currentPreset != null && CUSTOM_WINDOW.equals(currentPreset.name())) {
                offered.add(currentPreset);
            }
            if (!presets.equals(offered)) {
                // Replacing the items can clear the combo box's value, which is bound to selectedPreset.
                presets.setAll(offered);
            }
            selectedPreset.set(newSeries ? opened.defaultPreset() : currentPreset);
        } finally {
            applyingImage = false;
        }
        displayPixels.set(pixels);
        imageSummary.set(opened.summary());
    }

    /** Cancels the background rendering that a window change started, and the one waiting. */
    void cancelRender() {
        pendingRender = null;
        rendering = false;
        if (renderTask != null) {
            renderTask.cancel();
        }
    }

    private void render(OpenedImage current, WindowPreset preset) {
        pendingRender = new RenderRequest(current, preset);
        if (!rendering) {
            renderNext();
        }
    }

    private void renderNext() {
        RenderRequest request = pendingRender;
        pendingRender = null;
        if (request == null) {
            rendering = false;
            return;
        }
        rendering = true;
        renderTask = BackgroundTask.wrap(cancel -> service.renderPixels(request.image(), request.preset()))
                .onSuccess(pixels -> {
                    if (image.get() == request.image()) {
                        displayPixels.set(pixels);
                    }
                })
                .onFailure(error -> {
                    LOG.warn("Rendering {} failed", request.image().fileName(), error);
                    activity.set(text.format("status.renderFailed", MainViewModel.oneLine(error)));
                })
                .onFinished(this::renderNext)
                .executeWith(executor);
    }

    /** Returns whether a window change is being rendered or waits to be. */
    boolean rendering() {
        return rendering || pendingRender != null;
    }

    private record RenderRequest(OpenedImage image, WindowPreset preset) {
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
