package org.radassist.ui;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The choice of slices that the next analysis sends: the slice on screen, the slices the user
 * marked, or N slices sampled evenly along the series (MedGemma 1.5 multi-slice form). A choice
 * with more images than the active profile's max images is rejected before anything is sent.
 */
public final class SliceSelection {

    private static final Logger LOG = LoggerFactory.getLogger(SliceSelection.class);

    /** Part of the series that the next analysis sends. */
    public enum Mode {
        /** The slice on screen, in a one-image request. */
        CURRENT,
        /** The marked slices in series order. */
        MARKED,
        /** {@link #sampleCountProperty()} slices sampled evenly along the series. */
        EVEN
    }

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    private final SeriesNavigation navigation;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.CURRENT);
    private final ObservableList<Integer> marked = FXCollections.observableArrayList();
    private final IntegerProperty sampleCount = new SimpleIntegerProperty(this, "sampleCount", 1);
    private final IntegerProperty maxImages = new SimpleIntegerProperty(this, "maxImages", 1);
    private final IntegerBinding imageCount;
    private final BooleanBinding currentMarked;
    private final StringBinding markedText;
    private final StringBinding notEvaluatedWarning;

    SliceSelection(WorkbenchService service, Localization text, TaskExecutor executor, SeriesNavigation navigation) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        // Marks are slice numbers of one series, so another series starts without any.
        navigation.selectedSeriesProperty().addListener((observable, old, selected) -> marked.clear());
        imageCount = Bindings.createIntegerBinding(this::countImages, mode, marked, sampleCount,
                navigation.sliceCountProperty());
        currentMarked = Bindings.createBooleanBinding(() -> marked.contains(navigation.sliceIndexProperty().get()),
                marked, navigation.sliceIndexProperty());
        markedText = Bindings.createStringBinding(this::describeMarks, marked);
        notEvaluatedWarning = Bindings.createStringBinding(
                () -> imageCount.get() > 1 ? text.get("slices.notEvaluated") : "", imageCount);
    }

    /** Reads the active profile's max images in the background, at start-up and after the settings change. */
    public void refresh() {
        BackgroundTask.wrap(cancel -> service.maxImages())
                .onSuccess(maxImages::set)
                .onFailure(error -> LOG.warn("Reading the profile's max images failed", error))
                .executeWith(executor);
    }

    /** Marks the slice on screen, or removes its mark when it has one. */
    public void toggleMark() {
        int index = navigation.sliceIndexProperty().get();
        if (index < 0 || navigation.sliceCountProperty().get() < 2) {
            return;
        }
        TreeSet<Integer> sorted = new TreeSet<>(marked);
        if (!sorted.remove(index)) {
            sorted.add(index);
        }
        marked.setAll(sorted);
    }

    private int countImages() {
        return switch (mode.get()) {
            case CURRENT -> 1;
            case MARKED -> marked.size();
            case EVEN -> Math.min(sampleCount.get(), Math.max(1, navigation.sliceCountProperty().get()));
        };
    }

    private String describeMarks() {
        if (marked.isEmpty()) {
            return "";
        }
        List<String> numbers = marked.stream().map(index -> String.valueOf(index + 1)).toList();
        return text.format("slices.marked", marked.size(), String.join(", ", numbers));
    }

    /**
     * Returns the multi-slice request of the current choice, or null when the slice on screen is
     * sent alone.
     *
     * @throws WorkbenchException with reason TOO_MANY_IMAGES when the choice exceeds the profile's
     *     max images, or NOT_AN_IMAGE when no slice is marked
     */
    public SliceRequest request() throws WorkbenchException {
        SeriesRef series = navigation.selectedSeriesProperty().get();
        // A single image has no slice controls on screen, so it is sent alone whatever the mode.
        if (mode.get() == Mode.CURRENT || series == null || navigation.sliceCountProperty().get() < 2) {
            return null;
        }
        if (mode.get() == Mode.MARKED && marked.isEmpty()) {
            throw new WorkbenchException(WorkbenchException.Reason.NOT_AN_IMAGE, text.get("slices.noneMarked"));
        }
        int count = imageCount.get();
        if (count > maxImages.get()) {
            throw new WorkbenchException(WorkbenchException.Reason.TOO_MANY_IMAGES,
                    text.format("slices.tooMany", count, maxImages.get()));
        }
        return mode.get() == Mode.MARKED
                ? new SliceRequest(series, List.copyOf(marked), 0)
                : new SliceRequest(series, List.of(), count);
    }

    /**
     * Sends the choice: the slice on screen through {@link WorkbenchService#analyze}, or the
     * multi-slice request through {@link WorkbenchService#analyzeSlices}. Runs on a background thread.
     */
    AnalysisOutcome analyze(SliceRequest slices, AnalysisInput input, CancelHandle cancel, AnalysisProgress progress)
            throws WorkbenchException {
        return slices == null
                ? service.analyze(input, cancel, progress)
                : service.analyzeSlices(input, slices, cancel, progress);
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Returns the marked slices, 0-based in series order. */
    public ObservableList<Integer> marked() {
        return marked;
    }

    /** Returns the number of slices to sample evenly in {@link Mode#EVEN}. */
    public IntegerProperty sampleCountProperty() {
        return sampleCount;
    }

    /** Returns the active profile's maximum number of images per request. */
    public IntegerProperty maxImagesProperty() {
        return maxImages;
    }

    /** Returns the number of images the current choice sends. */
    public IntegerBinding imageCountBinding() {
        return imageCount;
    }

    /** Returns whether the slice on screen is marked. */
    public BooleanBinding currentMarkedBinding() {
        return currentMarked;
    }

    /** Returns the marked slices as the view lists them, for example "Marked (3): 2, 5, 9"; empty when none. */
    public StringBinding markedTextBinding() {
        return markedText;
    }

    /** Returns the model card's caution about multi-image use while more than one image is chosen, else "". */
    public StringBinding notEvaluatedWarningBinding() {
        return notEvaluatedWarning;
    }
}
