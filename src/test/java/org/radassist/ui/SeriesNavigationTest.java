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
 * Slice navigation of the view-model without the JavaFX toolkit, against a stub study set: a
 * series of five slices (the chest X-ray PNG under five names), a series of two checkerboard
 * slices and a series with only a non-image object.
 */
class SeriesNavigationTest {

    private final Localization english = new Localization(Localization.loadBundle(Locale.ENGLISH));
    private StudyStub service;
    private MainViewModel viewModel;
    private SeriesNavigation navigation;

    /** Serves a fixed study set; slice {@code i} of a series is its image renamed "slice{i}". */
    private static final class StudyStub extends StubWorkbenchService {
        final List<String> openedSlices = new ArrayList<>();
        volatile WorkbenchException sliceFailure;
        SeriesRef chest;
        SeriesRef checker;
        SeriesRef report;

        @Override
        public OpenedStudySet openStudySet(Path path) throws WorkbenchException {
            chest = new SeriesRef("Chest", 1, "DX", "PA", 5, 0, open(CHEST_XRAY_PNG));
            checker = new SeriesRef("Chest", 2, "OT", "Checker", 2, 0, open(CHECKER_PNG));
            report = new SeriesRef("Chest", 3, "SR", "Report", 0, 1, null);
            return new OpenedStudySet(path, List.of(chest, checker, report), List.of("notes.txt: not DICOM"), 9);
        }

        @Override
        public OpenedImage openSlice(SeriesRef series, int index) throws WorkbenchException {
            WorkbenchException failure = sliceFailure;
            if (failure != null) {
                throw failure;
            }
            OpenedImage image = (OpenedImage) series.handle();
            openedSlices.add(series.description() + " " + index);
            return new OpenedImage(image.path(), "slice" + index, image.modality(), image.width(), image.height(),
                    image.presets(), image.defaultPreset(), image.summary(), image.handle());
        }
    }

    @BeforeEach
    void openStudy() {
        service = new StudyStub();
        viewModel = new MainViewModel(service, english, TaskExecutor.direct());
        viewModel.initialize();
        viewModel.open(Path.of("study"));
        navigation = viewModel.navigation();
    }

    @Test
    void open_showsFirstSliceOfFirstSeries() {
        assertEquals(WorkbenchState.READY, viewModel.stateProperty().get());
        assertEquals("slice0", viewModel.imageProperty().get().fileName());
        assertEquals("Slice 1 of 5", navigation.slicePositionProperty().get());
        assertEquals(3, navigation.series().size());
        assertSame(service.chest, navigation.selectedSeriesProperty().get());
        assertEquals(List.of("notes.txt: not DICOM"), navigation.problems());
        assertEquals("Opened study: 3 series, 1 files skipped", viewModel.activityProperty().get());
    }

    @Test
    void step_movesAndStopsAtEnds() {
        navigation.step(-1);
        assertEquals(0, navigation.sliceIndexProperty().get());

        navigation.step(1);
        assertEquals("slice1", viewModel.imageProperty().get().fileName());
        assertEquals("Slice 2 of 5", navigation.slicePositionProperty().get());

        navigation.step(10);
        assertEquals(4, navigation.sliceIndexProperty().get());
        assertEquals("Slice 5 of 5", navigation.slicePositionProperty().get());
    }

    @Test
    void firstLastAndPage_jump() {
        navigation.last();
        assertEquals(4, navigation.sliceIndexProperty().get());

        navigation.first();
        assertEquals(0, navigation.sliceIndexProperty().get());

        // A tenth of five slices rounds down to zero, so a page is one slice.
        navigation.page(1);
        assertEquals(1, navigation.sliceIndexProperty().get());
        navigation.page(-1);
        assertEquals(0, navigation.sliceIndexProperty().get());
    }

    @Test
    void step_keepsPresetWithinSeries() {
        viewModel.selectedPresetProperty().set(StubWorkbenchService.NARROW);

        navigation.step(1);

        assertSame(StubWorkbenchService.NARROW, viewModel.selectedPresetProperty().get());
        assertEquals(StubWorkbenchService.NARROW, service.lastRenderedPreset);
    }

    @Test
    void selectSeries_startsAtFirstSliceWithDefaultPreset() {
        viewModel.selectedPresetProperty().set(StubWorkbenchService.NARROW);
        navigation.step(2);

        navigation.selectedSeriesProperty().set(service.checker);

        assertEquals("Slice 1 of 2", navigation.slicePositionProperty().get());
        assertEquals("Checker 0", service.openedSlices.get(service.openedSlices.size() - 1));
        assertEquals(StubWorkbenchService.FULL_RANGE, viewModel.selectedPresetProperty().get());
        assertNull(service.lastRenderedPreset, "a new series renders with its default window");
    }

    @Test
    void selectNonImageSeries_keepsSliceAndShowsError() {
        navigation.step(1);

        navigation.selectedSeriesProperty().set(service.report);

        assertEquals("slice1", viewModel.imageProperty().get().fileName());
        assertEquals("Slice 2 of 5", navigation.slicePositionProperty().get());
        assertEquals(WorkbenchState.READY, viewModel.stateProperty().get());
        assertEquals("The file contains no image", viewModel.errorHeadlineProperty().get());
        assertEquals("Chest / #3 SR Report (1 objects without images, not analysable): this series contains no "
                + "images, so it cannot be shown or analysed.", viewModel.errorDetailProperty().get());
    }

    @Test
    void sliceFailure_keepsPositionAndNextStepRetries() {
        service.sliceFailure = new WorkbenchException(WorkbenchException.Reason.UNSUPPORTED_FILE,
                "slice1: JPEG-LS is not supported");

        navigation.step(1);

        assertEquals(0, navigation.sliceIndexProperty().get());
        assertEquals("slice1: JPEG-LS is not supported", viewModel.errorDetailProperty().get());
        assertEquals(WorkbenchState.READY, viewModel.stateProperty().get());

        service.sliceFailure = null;
        navigation.step(1);

        assertEquals(1, navigation.sliceIndexProperty().get());
        assertEquals("", viewModel.errorHeadlineProperty().get());
    }

    @Test
    void analyze_sendsCurrentSlice() {
        navigation.step(3);

        viewModel.analyze();

        assertEquals("slice3", service.lastInput.image().fileName());
    }
}
