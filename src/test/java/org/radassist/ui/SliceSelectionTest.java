package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marking slices and choosing what the next analysis sends, without the JavaFX toolkit, against a
 * stub series of nine slices and a profile that allows three images.
 */
class SliceSelectionTest {

    private static final String NOT_EVALUATED = "Several images in one request: the MedGemma model card states"
            + " that multi-image use is not evaluated, so check these findings with extra care.";

    private final Localization english = new Localization(Localization.loadBundle(Locale.ENGLISH));
    private SeriesStub service;
    private MainViewModel viewModel;
    private SliceSelection slices;
    private SeriesNavigation navigation;

    /** A study of three series (nine, two and one slices) whose profile allows three images per request. */
    private static final class SeriesStub extends StubWorkbenchService {
        final List<SliceRequest> sliceRequests = new ArrayList<>();
        SeriesRef ct;
        SeriesRef other;
        SeriesRef single;

        @Override
        public OpenedStudySet openStudySet(Path path) throws WorkbenchException {
            ct = new SeriesRef("Chest", 1, "CT", "Axial", 9, 0, open(CHEST_XRAY_PNG));
            other = new SeriesRef("Chest", 2, "CT", "Scout", 2, 0, open(CHECKER_PNG));
            single = new SeriesRef("Chest", 3, "CT", "Dose report", 1, 0, open(CHECKER_PNG));
            return new OpenedStudySet(path, List.of(ct, other, single), List.of(), 12);
        }

        @Override
        public OpenedImage openSlice(SeriesRef series, int index) {
            return (OpenedImage) series.handle();
        }

        @Override
        public int maxImages() {
            return 3;
        }

        @Override
        public AnalysisOutcome analyzeSlices(AnalysisInput input, SliceRequest request, CancelHandle cancel,
                AnalysisProgress progress) {
            sliceRequests.add(request);
            return outcome;
        }
    }

    @BeforeEach
    void openSeries() {
        service = new SeriesStub();
        viewModel = new MainViewModel(service, english, TaskExecutor.direct());
        viewModel.initialize();
        viewModel.open(Path.of("study"));
        slices = viewModel.slices();
        navigation = viewModel.navigation();
    }

    @Test
    void toggleMark_marksAndUnmarksCurrentSlice() {
        navigation.step(4);
        slices.toggleMark();
        navigation.step(-3);
        slices.toggleMark();

        assertEquals(List.of(1, 4), slices.marked());
        assertEquals("Marked (2): 2, 5", slices.markedTextBinding().get());
        assertEquals(true, slices.currentMarkedBinding().get());

        slices.toggleMark();

        assertEquals(List.of(4), slices.marked());
        assertEquals(false, slices.currentMarkedBinding().get());
    }

    @Test
    void otherSeries_clearsMarks() {
        slices.toggleMark();

        navigation.selectedSeriesProperty().set(service.other);

        assertEquals(List.of(), slices.marked());
        assertEquals("", slices.markedTextBinding().get());
    }

    @Test
    void analyzeMarked_sendsMarkedSlicesInOrder() {
        navigation.step(6);
        slices.toggleMark();
        navigation.first();
        slices.toggleMark();
        slices.modeProperty().set(SliceSelection.Mode.MARKED);

        viewModel.analyze();

        assertEquals(WorkbenchState.DONE, viewModel.stateProperty().get(), viewModel.errorDetailProperty().get());
        assertEquals(1, service.sliceRequests.size());
        SliceRequest sent = service.sliceRequests.get(0);
        assertSame(service.ct, sent.series());
        assertEquals(List.of(0, 6), sent.sliceIndices());
        assertEquals(0, sent.evenlySampled());
        assertEquals(0, service.analyzeCount.get(), "the one-image analysis must not run");
        assertEquals(NOT_EVALUATED, slices.notEvaluatedWarningBinding().get());
    }

    @Test
    void analyzeEven_sendsSampleCount() {
        slices.modeProperty().set(SliceSelection.Mode.EVEN);
        slices.sampleCountProperty().set(3);

        viewModel.analyze();

        assertEquals(1, service.sliceRequests.size());
        assertEquals(List.of(), service.sliceRequests.get(0).sliceIndices());
        assertEquals(3, service.sliceRequests.get(0).evenlySampled());
        assertEquals(3, slices.imageCountBinding().get());
    }

    @Test
    void analyzeCurrent_sendsOneImage() {
        slices.toggleMark();

        viewModel.analyze();

        assertEquals(1, service.analyzeCount.get());
        assertEquals(List.of(), service.sliceRequests);
        assertEquals("", slices.notEvaluatedWarningBinding().get());
    }

    @Test
    void overMaxImages_rejectedBeforeSending() {
        slices.modeProperty().set(SliceSelection.Mode.EVEN);
        slices.sampleCountProperty().set(5);

        viewModel.analyze();

        assertEquals(List.of(), service.sliceRequests);
        assertEquals(0, service.analyzeCount.get());
        assertEquals(WorkbenchState.ERROR, viewModel.stateProperty().get());
        assertEquals("Too many images for this endpoint profile", viewModel.errorHeadlineProperty().get());
        assertEquals("The request would have 5 images but the active profile allows at most 3 (Max images per"
                + " request): send fewer slices, or raise the limit in File > Settings….",
                viewModel.errorDetailProperty().get());
    }

    @Test
    void markedWithoutMarks_rejectedBeforeSending() {
        slices.modeProperty().set(SliceSelection.Mode.MARKED);

        viewModel.analyze();

        assertEquals(List.of(), service.sliceRequests);
        assertEquals("No slice is marked: press M (or Mark slice) on each slice to send, or choose This slice.",
                viewModel.errorDetailProperty().get());
    }

    @Test
    void singleImageSeries_evenMode_sendsOneImage() {
        slices.modeProperty().set(SliceSelection.Mode.EVEN);
        slices.sampleCountProperty().set(3);
        navigation.selectedSeriesProperty().set(service.single);

        viewModel.analyze();

        assertEquals(1, service.analyzeCount.get());
        assertEquals(List.of(), service.sliceRequests);
    }

    @Test
    void request_currentMode_isNull() throws Exception {
        assertNull(slices.request());
    }
}
