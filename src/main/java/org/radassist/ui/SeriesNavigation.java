package org.radassist.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The series list and the slice position of the main window. Moving to another slice reads and
 * renders it in a {@link BackgroundTask}; a newer move cancels the older one, so fast scrolling
 * shows only the last slice reached.
 */
public final class SeriesNavigation {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesNavigation.class);

    /** The part of the main view-model that shows a slice once it is read and rendered. */
    @FunctionalInterface
    interface SliceDisplay {
        /**
         * Shows the slice. {@code newSeries} is true when the slice belongs to another series than
         * the one shown before, in which case the slice's default window replaces the current one.
         */
        void showSlice(OpenedImage image, DisplayPixels pixels, boolean newSeries);
    }

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    private final Supplier<WindowPreset> currentPreset;
    private final SliceDisplay display;
    private final Consumer<Throwable> failure;

    private final ObservableList<SeriesRef> series = FXCollections.observableArrayList();
    private final ObjectProperty<SeriesRef> selectedSeries = new SimpleObjectProperty<>(this, "selectedSeries");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final IntegerProperty sliceIndex = new SimpleIntegerProperty(this, "sliceIndex", -1);
    private final IntegerProperty sliceCount = new SimpleIntegerProperty(this, "sliceCount", 0);
    private final StringProperty slicePosition = new SimpleStringProperty(this, "slicePosition", "");

    private SeriesRef shownSeries;
    /** The series and slice requested last, which differ from those shown while a read runs. */
    private SeriesRef targetSeries;
    private int targetIndex;
    private boolean applying;
    private BackgroundTask<?> sliceTask;

    /**
     * @param currentPreset returns the window to render further slices of the current series with
     * @param display shows a slice once it is read and rendered
     * @param failure shows why a slice could not be read
     */
    SeriesNavigation(WorkbenchService service, Localization text, TaskExecutor executor,
            Supplier<WindowPreset> currentPreset, SliceDisplay display, Consumer<Throwable> failure) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.currentPreset = Objects.requireNonNull(currentPreset, "currentPreset");
        this.display = Objects.requireNonNull(display, "display");
        this.failure = Objects.requireNonNull(failure, "failure");
        selectedSeries.addListener((observable, old, selected) -> {
            if (!applying && selected != null && selected != targetSeries) {
                load(selected, 0);
            }
        });
    }

    /** Replaces the series list after a study set was opened and slice 0 of {@code current} is on screen. */
    void showStudySet(OpenedStudySet set, SeriesRef current) {
        cancel();
        applying = true;
        try {
            series.setAll(set.series());
            problems.setAll(set.problems());
            selectedSeries.set(current);
        } finally {
            applying = false;
        }
        shownSeries = current;
        targetSeries = current;
        targetIndex = 0;
        updatePosition(0, current.imageCount());
    }

    /** Moves by {@code delta} slices, stopping at the first and last slice. */
    public void step(int delta) {
        SeriesRef current = targetSeries;
        if (current == null || current.imageCount() == 0) {
            return;
        }
        int target = Math.max(0, Math.min(current.imageCount() - 1, targetIndex + delta));
        if (target != targetIndex) {
            load(current, target);
        }
    }

    /** Moves by a tenth of the series, at least one slice; {@code direction} is +1 or -1. */
    public void page(int direction) {
        SeriesRef current = targetSeries;
        if (current != null) {
            step(direction * Math.max(1, current.imageCount() / 10));
        }
    }

    public void first() {
        step(-targetIndex);
    }

    public void last() {
        SeriesRef current = targetSeries;
        if (current != null) {
            step(current.imageCount() - 1 - targetIndex);
        }
    }

    /** Moves to a 0-based slice of the current series, clamped to the first and last slice. */
    public void goTo(int index) {
        step(index - targetIndex);
    }

    /** Returns whether a slice is being read and is not on screen yet. */
    public boolean loading() {
        return sliceTask != null && (targetSeries != shownSeries || targetIndex != sliceIndex.get());
    }

    /** Cancels a slice that is being read; the slice on screen stays. */
    public void cancel() {
        if (sliceTask != null) {
            sliceTask.cancel();
            sliceTask = null;
        }
        targetSeries = shownSeries;
        targetIndex = Math.max(0, sliceIndex.get());
    }

    private void load(SeriesRef target, int index) {
        cancel();
        if (target.imageCount() == 0) {
            LOG.info("Series {} ({}) contains no images to show", target.seriesNumber(), target.modality());
            failure.accept(new WorkbenchException(WorkbenchException.Reason.NOT_AN_IMAGE,
                    text.format("series.noImages", label(target))));
            return;
        }
        boolean newSeries = target != shownSeries;
        targetSeries = target;
        targetIndex = index;
        WindowPreset preset = newSeries ? null : currentPreset.get();
        sliceTask = BackgroundTask.wrap(cancel -> {
                    OpenedImage image = service.openSlice(target, index);
                    return new LoadedSlice(image, service.renderPixels(image, preset));
                })
                .onSuccess(loaded -> {
                    shownSeries = target;
                    display.showSlice(loaded.image(), loaded.pixels(), newSeries);
                    updatePosition(index, target.imageCount());
                })
                .onFailure(error -> {
                    LOG.warn("Reading slice {} of series {} failed: {}", index + 1, target.seriesNumber(),
                            MainViewModel.oneLine(error));
                    targetSeries = shownSeries;
                    targetIndex = sliceIndex.get();
                    failure.accept(error);
                })
                .executeWith(executor);
    }

    private void updatePosition(int index, int count) {
        sliceIndex.set(index);
        sliceCount.set(count);
        slicePosition.set(count > 0 ? text.format("slice.position", index + 1, count) : "");
    }

    /** Returns the series as the list shows it, for example "#2 CT Chest 1.25 mm (120 images)". */
    String label(SeriesRef ref) {
        return label(ref, false);
    }

    /**
     * Returns the series as the list shows it; with {@code hideIdentifiers} the study description
     * (or study date) that can identify the patient is left out.
     */
    String label(SeriesRef ref, boolean hideIdentifiers) {
        String number = ref.seriesNumber() == null ? "" : "#" + ref.seriesNumber();
        String name = String.join(" ", number, ref.modality(), ref.description()).strip().replaceAll("\\s+", " ");
        String study = ref.studyDescription().isEmpty() || hideIdentifiers ? "" : ref.studyDescription() + " / ";
        if (ref.imageCount() > 0) {
            return text.format("series.images", study + name, ref.imageCount());
        }
        return text.format("series.objects", study + name, ref.nonImageCount());
    }

    private record LoadedSlice(OpenedImage image, DisplayPixels pixels) {
    }

    public ObservableList<SeriesRef> series() {
        return series;
    }

    public ObjectProperty<SeriesRef> selectedSeriesProperty() {
        return selectedSeries;
    }

    /** Returns the skipped files, one line each naming the file and the reason. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Returns the 0-based index of the slice on screen, -1 before the first study set. */
    public ReadOnlyIntegerProperty sliceIndexProperty() {
        return sliceIndex;
    }

    public ReadOnlyIntegerProperty sliceCountProperty() {
        return sliceCount;
    }

    /** Returns the localised position such as "Slice 3 of 40", or empty before the first study set. */
    public StringProperty slicePositionProperty() {
        return slicePosition;
    }
}
