package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** View-model tests without the JavaFX toolkit: tasks run on the test thread or a plain executor. */
class MainViewModelTest {

    private final Localization english = new Localization(Localization.loadBundle(Locale.ENGLISH));
    private StubWorkbenchService service;

    @BeforeEach
    void createService() {
        service = new StubWorkbenchService();
    }

    private MainViewModel directViewModel() {
        MainViewModel viewModel = new MainViewModel(service, english, TaskExecutor.direct());
        viewModel.initialize();
        return viewModel;
    }

    @Test
    void initialize_loadsTemplatesAndEndpointSummary() {
        MainViewModel viewModel = directViewModel();

        assertEquals(StubWorkbenchService.TEMPLATES, viewModel.templates());
        assertEquals("general", viewModel.selectedTemplateProperty().get().id());
        assertEquals("Describe the image.", viewModel.promptTextProperty().get());
        assertEquals("Endpoint: Profile demo: demo endpoint (recorded answers, not model output)", viewModel.endpointStatusProperty().get());
        assertEquals(WorkbenchState.IDLE, viewModel.stateProperty().get());
        assertFalse(viewModel.canAnalyzeBinding().get());
    }

    @Test
    void open_png_showsImageAndPresets() {
        MainViewModel viewModel = directViewModel();

        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        assertEquals(WorkbenchState.READY, viewModel.stateProperty().get());
        OpenedImage image = viewModel.imageProperty().get();
        assertNotNull(image);
        assertEquals("cxr_nih_00000001_000_8bit.png", image.fileName());
        DisplayPixels pixels = viewModel.displayPixelsProperty().get();
        assertEquals(512, pixels.width());
        assertEquals(512, pixels.height());
        assertEquals(List.of(StubWorkbenchService.FULL_RANGE, StubWorkbenchService.NARROW), viewModel.presets());
        assertEquals(StubWorkbenchService.FULL_RANGE, viewModel.selectedPresetProperty().get());
        assertEquals("PNG, 512 × 512, 8 bits", viewModel.imageSummaryProperty().get());
        assertEquals("Opened cxr_nih_00000001_000_8bit.png", viewModel.activityProperty().get());
        assertTrue(viewModel.canAnalyzeBinding().get());
    }

    @Test
    void open_rendersOnceWithDefaultWindow() {
        MainViewModel viewModel = directViewModel();

        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        assertEquals(1, service.renderCount.get());
        assertNull(service.lastRenderedPreset);
    }

    @Test
    void open_selectsTemplateForModality() {
        MainViewModel viewModel = directViewModel();

        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        assertEquals("chest_xray", viewModel.selectedTemplateProperty().get().id());
        assertEquals(StubWorkbenchService.TEMPLATES.get(1).text(), viewModel.promptTextProperty().get());
    }

    @Test
    void open_missingFile_showsHeadlineAndKeepsHistory() {
        MainViewModel viewModel = directViewModel();
        viewModel.historyProperty().set("Cough for three weeks.");

        viewModel.open(Path.of("src/test/resources/testdata/missing.dcm"));

        assertEquals(WorkbenchState.ERROR, viewModel.stateProperty().get());
        assertEquals("The file cannot be read", viewModel.errorHeadlineProperty().get());
        assertEquals("src/test/resources/testdata/missing.dcm: file not found", viewModel.errorDetailProperty().get());
        assertEquals("Cough for three weeks.", viewModel.historyProperty().get());
        assertNull(viewModel.imageProperty().get());
    }

    @Test
    void open_failureKeepsPreviousImage() {
        MainViewModel viewModel = directViewModel();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);
        OpenedImage first = viewModel.imageProperty().get();

        viewModel.open(Path.of("src/test/resources/testdata/README.md"));

        assertEquals(WorkbenchState.ERROR, viewModel.stateProperty().get());
        assertEquals("This file type or encoding is not supported", viewModel.errorHeadlineProperty().get());
        assertEquals("README.md: not a PNG file", viewModel.errorDetailProperty().get());
        assertSame(first, viewModel.imageProperty().get());
        assertTrue(viewModel.canAnalyzeBinding().get());
    }

    @Test
    void presetChange_rendersWithSelectedWindow() {
        MainViewModel viewModel = directViewModel();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        viewModel.selectedPresetProperty().set(StubWorkbenchService.NARROW);

        assertEquals(2, service.renderCount.get());
        assertEquals(StubWorkbenchService.NARROW, service.lastRenderedPreset);
    }

    @Test
    void templateChange_replacesPromptText() {
        MainViewModel viewModel = directViewModel();

        viewModel.selectedTemplateProperty().set(StubWorkbenchService.TEMPLATES.get(2));

        assertEquals("Custom prompt text.", viewModel.promptTextProperty().get());
    }

    @Test
    void analyze_sendsHistoryTemplateAndEditedPrompt() {
        MainViewModel viewModel = directViewModel();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);
        viewModel.historyProperty().set("58-year-old smoker, fever.");
        viewModel.promptTextProperty().set("Edited prompt.");

        viewModel.analyze();

        AnalysisInput input = service.lastInput;
        assertSame(viewModel.imageProperty().get(), input.image());
        assertEquals("58-year-old smoker, fever.", input.clinicalHistory());
        assertEquals("chest_xray", input.templateId());
        assertEquals("Edited prompt.", input.promptText());
    }

    @Test
    void analyze_success_showsFindings() {
        MainViewModel viewModel = directViewModel();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        viewModel.analyze();

        FindingsModel findings = viewModel.findings();
        assertEquals(WorkbenchState.DONE, viewModel.stateProperty().get());
        assertTrue(findings.presentProperty().get());
        assertEquals("Right upper lobe pneumonia", findings.diagnosisProperty().get());
        assertEquals(List.of("Consolidation in the right upper lobe", "No pleural effusion"), findings.findings());
        assertEquals("Findings consistent with pneumonia.", findings.impressionProperty().get());
        assertEquals("", findings.recommendationsProperty().get());
        assertEquals("", findings.thoughtProperty().get());
        assertFalse(findings.truncatedProperty().get());
        assertFalse(findings.demoProperty().get());
        assertEquals("Endpoint: Profile demo: demo endpoint (recorded answers, not model output) · Model: google/medgemma-4b-it",
                viewModel.endpointStatusProperty().get());
        assertEquals("Answer from 127.0.0.1 · image sent: 896 × 896 JPEG, 123,456 bytes · finish reason: stop (complete)",
                viewModel.activityProperty().get());
    }

    @Test
    void analyze_truncatedDemoOutcome_setsFlags() {
        service.outcome = StubWorkbenchService.outcome("Cardiomegaly", true, true);
        MainViewModel viewModel = directViewModel();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        viewModel.analyze();

        assertTrue(viewModel.findings().truncatedProperty().get());
        assertTrue(viewModel.findings().demoProperty().get());
    }

    @Test
    void analyze_endpointFailure_showsHeadlineAndKeepsHistory() {
        service.analysisFailure = new WorkbenchException(WorkbenchException.Reason.ENDPOINT_FAILED,
                "127.0.0.1:9: connection refused");
        MainViewModel viewModel = directViewModel();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);
        viewModel.historyProperty().set("Fever and cough.");

        viewModel.analyze();

        assertEquals(WorkbenchState.ERROR, viewModel.stateProperty().get());
        assertEquals("The analysis request failed", viewModel.errorHeadlineProperty().get());
        assertEquals("127.0.0.1:9: connection refused", viewModel.errorDetailProperty().get());
        assertEquals("Fever and cough.", viewModel.historyProperty().get());
        assertFalse(viewModel.findings().presentProperty().get());
        assertTrue(viewModel.canAnalyzeBinding().get());
    }

    @Test
    void analyze_afterError_clearsErrorAndShowsFindings() {
        service.analysisFailure = new WorkbenchException(WorkbenchException.Reason.ENDPOINT_FAILED, "timed out");
        MainViewModel viewModel = directViewModel();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);
        viewModel.analyze();

        service.analysisFailure = null;
        viewModel.analyze();

        assertEquals(WorkbenchState.DONE, viewModel.stateProperty().get());
        assertEquals("", viewModel.errorHeadlineProperty().get());
        assertEquals("", viewModel.errorDetailProperty().get());
    }

    @Test
    void analyze_unexpectedException_showsOneLineDetail() {
        WorkbenchService failing = new StubWorkbenchService() {
            @Override
            public AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel) {
                throw new IllegalStateException("parser failed\n  at line 3");
            }
        };
        MainViewModel viewModel = new MainViewModel(failing, english, TaskExecutor.direct());
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        viewModel.analyze();

        assertEquals("An unexpected error occurred", viewModel.errorHeadlineProperty().get());
        assertEquals("IllegalStateException: parser failed at line 3", viewModel.errorDetailProperty().get());
    }

    @Test
    void analyze_secondRequestCancelsFirst() {
        QueuedExecutorService background = new QueuedExecutorService();
        MainViewModel viewModel = new MainViewModel(service, english, new TaskExecutor(background, Runnable::run));
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);
        background.runAll();
        viewModel.historyProperty().set("first history");
        viewModel.analyze();

        viewModel.historyProperty().set("second history");
        viewModel.analyze();
        background.runAll();

        assertEquals(1, service.analyzeCount.get());
        assertEquals("second history", service.lastInput.clinicalHistory());
        assertEquals(WorkbenchState.DONE, viewModel.stateProperty().get());
        assertEquals(0, background.size());
    }

    @Test
    void cancelAnalysis_abortsCallAndReturnsToReady() throws Exception {
        service.analysisGate = new CountDownLatch(1);
        ExecutorService background = Executors.newSingleThreadExecutor();
        MainViewModel viewModel = new MainViewModel(service, english, new TaskExecutor(background, Runnable::run));
        OpenedImage image = service.open(StubWorkbenchService.CHEST_XRAY_PNG);
        viewModel.imageProperty().set(image);
        viewModel.historyProperty().set("Chest pain.");

        viewModel.analyze();
        service.analysisStarted.await();
        viewModel.cancelAnalysis();
        service.analysisGate.countDown();
        background.shutdown();
        assertTrue(background.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(1, service.cancelActionsRun.get());
        assertEquals(WorkbenchState.READY, viewModel.stateProperty().get());
        assertEquals("Analysis cancelled", viewModel.activityProperty().get());
        assertEquals("", viewModel.errorHeadlineProperty().get());
        assertFalse(viewModel.findings().presentProperty().get());
        assertEquals("Chest pain.", viewModel.historyProperty().get());
    }

    @Test
    void open_duringAnalysis_cancelsAnalysis() {
        QueuedExecutorService background = new QueuedExecutorService();
        MainViewModel viewModel = new MainViewModel(service, english, new TaskExecutor(background, Runnable::run));
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);
        background.runAll();
        viewModel.analyze();

        viewModel.open(StubWorkbenchService.CHECKER_PNG);
        background.runAll();

        assertEquals(WorkbenchState.READY, viewModel.stateProperty().get());
        assertEquals("L22_checker_1px_512.png", viewModel.imageProperty().get().fileName());
        assertFalse(viewModel.findings().presentProperty().get());
        assertNull(service.lastInput);
    }
}
