package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Streaming, retries, notes and the thinking toggle in the main view-model, without the toolkit. */
class MainViewModelStreamingTest {

    private final Localization english = new Localization(Localization.loadBundle(Locale.ENGLISH));

    /** Sends the scripted progress events, records the view-model's state after each, then returns the stub's outcome. */
    private static class ScriptedService extends StubWorkbenchService {
        MainViewModel viewModel;
        AnalysisProgress lastProgress;
        final List<String> streamedSeen = new ArrayList<>();
        final List<String> activitySeen = new ArrayList<>();

        @Override
        public AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel, AnalysisProgress progress)
                throws WorkbenchException {
            lastProgress = progress;
            progress.onNotice("The image was reduced to fit.");
            progress.onRetry(1, 2, 503, 2000);
            record();
            progress.onDelta("<unused94>thought\nThe lungs look");
            record();
            progress.onDelta(" clear.<unused95>DIAGNOSIS: No acute");
            record();
            progress.onDelta(" findings");
            record();
            return analyze(input, cancel);
        }

        private void record() {
            streamedSeen.add(viewModel.streamedAnswerProperty().get());
            activitySeen.add(viewModel.activityProperty().get());
        }
    }

    private MainViewModel openedViewModel(ScriptedService service) {
        MainViewModel viewModel = new MainViewModel(service, english, TaskExecutor.direct());
        service.viewModel = viewModel;
        viewModel.initialize();
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);
        return viewModel;
    }

    @Test
    void analyze_streamsAnswerWithoutThought() {
        ScriptedService service = new ScriptedService();
        MainViewModel viewModel = openedViewModel(service);

        viewModel.analyze();

        assertEquals(List.of("", "", "DIAGNOSIS: No acute", "DIAGNOSIS: No acute findings"), service.streamedSeen);
        assertEquals("HTTP 503: retry 1 of 2 in 2.0 s…", service.activitySeen.get(0));
        assertEquals("The model is thinking…", service.activitySeen.get(1));
        assertEquals("Receiving the answer…", service.activitySeen.get(2));
        assertEquals("", viewModel.streamedAnswerProperty().get(), "the parsed findings replace the streamed text");
        assertEquals(WorkbenchState.DONE, viewModel.stateProperty().get());
        assertEquals("The image was reduced to fit.", viewModel.analysisNoteProperty().get());
    }

    @Test
    void progressAfterAnalysisEnds_isDropped() {
        ScriptedService service = new ScriptedService();
        MainViewModel viewModel = openedViewModel(service);
        viewModel.analyze();

        service.lastProgress.onDelta("late text");
        service.lastProgress.onRetry(2, 2, 429, 4000);

        assertEquals("", viewModel.streamedAnswerProperty().get());
        assertTrue(viewModel.activityProperty().get().startsWith("Answer from"), viewModel.activityProperty().get());
    }

    @Test
    void analyze_passesThinkingToggle() {
        ScriptedService service = new ScriptedService();
        MainViewModel viewModel = openedViewModel(service);

        viewModel.thinkingProperty().set(true);
        viewModel.analyze();

        assertTrue(service.lastInput.thinking());
    }

    @Test
    void visibleAnswer_hidesOpenAndClosedThought() {
        assertEquals("DIAGNOSIS: x", StreamingProgress.visibleAnswer("DIAGNOSIS: x"));
        assertEquals("", StreamingProgress.visibleAnswer("<unused94>thought\nstill thinking"));
        assertEquals("DIAGNOSIS: x", StreamingProgress.visibleAnswer("<unused94>thought\nhmm<unused95>\nDIAGNOSIS: x"));
        assertEquals("", StreamingProgress.visibleAnswer("<unused94>thought\nhmm<unused95>"));
    }

    @Test
    void initialize_showsInsecureHttpWarning() {
        ScriptedService service = new ScriptedService() {
            @Override
            public String insecureHttpWarning() {
                return "Profile lab uses plain http to 10.0.0.5: the image and the clinical history travel unencrypted.";
            }
        };
        MainViewModel viewModel = openedViewModel(service);

        assertEquals("Profile lab uses plain http to 10.0.0.5: the image and the clinical history travel unencrypted.",
                viewModel.insecureWarningProperty().get());
    }
}
