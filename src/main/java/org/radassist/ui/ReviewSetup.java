package org.radassist.ui;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.WindowEvent;
import org.radassist.review.RequestSummary;
import org.radassist.review.ReviewSession;
import org.radassist.review.SessionFindings;
import org.radassist.review.WindowSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the review to the main window: the annotation layer on the viewport and the review pane
 * under the findings. It keeps the session of the image on screen up to date with the history,
 * the findings, the window, the verdicts and the annotations. Reopening an image brings
 * its saved history, findings, window, verdicts and annotations back.
 */
final class ReviewSetup {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewSetup.class);

    private final WorkbenchService service;
    private final TaskExecutor executor;
    private final MainViewModel viewModel;
    private final ImageDisplay display;
    private final ReviewSessionModel model;
    private final AnnotationLayer layer;
    private final ReviewExport export;
    private final ReviewPane pane;
    /** True while a reopened session is copied into the main window, so the copies are not recorded again. */
    private boolean applying;

    /**
     * Installs the review.
     *
     * @param findingsPane the findings pane, which the review pane follows in its parent
     */
    ReviewSetup(WorkbenchService service, Localization text, TaskExecutor executor, MainViewModel viewModel,
                ImageViewport viewport, Node findingsPane, Parent root) {
        this.service = Objects.requireNonNull(service, "service");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.display = viewModel.display();
        this.model = new ReviewSessionModel(text, executor, service.reviewWorkspace());
        this.layer = new AnnotationLayer(viewport, model, text);
        this.export = new ReviewExport(service, text, executor, model, display::currentWindow,
                () -> viewModel.hideIdentifiersProperty().get());
        this.pane = new ReviewPane(text, model, layer, viewModel.viewer().toolProperty(),
                () -> export.chooseAndExport(root.getScene() == null ? null : root.getScene().getWindow()),
                export.messageProperty());

        Pane column = (Pane) findingsPane.getParent();
        column.getChildren().add(column.getChildren().indexOf(findingsPane) + 1, pane.node());

        display.imageProperty().addListener((observable, old, image) ->
                model.showImage(image, viewModel.historyProperty()::get, this::currentWindow, this::applyLoaded));
        viewModel.historyProperty().addListener((observable, old, history) -> {
            if (!applying) {
                model.update(session -> session.withClinicalHistory(history));
            }
        });
        viewModel.findings().outcomeProperty().addListener((observable, old, outcome) -> {
            if (outcome != null && !applying) {
                recordAnalysis(outcome);
            }
        });
        display.selectedPresetProperty().addListener((observable, old, preset) -> {
            if (!applying) {
                model.update(session -> session.withWindow(currentWindow()));
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, layer::handleKey);
        root.sceneProperty().addListener((observable, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> model.flush());
                    }
                });
            }
        });
        model.initialize();
    }

    ReviewSessionModel model() {
        return model;
    }

    AnnotationLayer layer() {
        return layer;
    }

    ReviewExport export() {
        return export;
    }

    /** Writes pending changes and stops autosaving; call when the main window goes away for good. */
    void close() {
        model.close();
    }

    /** Copies a reopened session into the main window. */
    private void applyLoaded(ReviewSession session, boolean reopened) {
        if (!reopened) {
            return;
        }
        applying = true;
        try {
            if (!session.clinicalHistory().isEmpty()) {
                viewModel.historyProperty().set(session.clinicalHistory());
            }
            if (session.findings() != null && viewModel.findings().outcomeProperty().get() == null) {
                viewModel.findings().show(outcomeOf(session));
            }
            WindowSetting saved = session.window();
            if (saved != null && !saved.equals(currentWindow())) {
                display.setWindow(saved.center(), saved.width());
            }
        } finally {
            applying = false;
        }
    }

    private WindowSetting currentWindow() {
        WindowPreset preset = display.currentWindow();
        return preset == null ? null : new WindowSetting(preset.center(), preset.width());
    }

    /** Stores a new analysis with what was sent; the profile name is read in the background. */
    private void recordAnalysis(AnalysisOutcome outcome) {
        PromptTemplateChoice template = viewModel.selectedTemplateProperty().get();
        String templateId = template == null ? null : template.id();
        String templateName = template == null ? null : template.name();
        String time = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ReviewSession expected = model.sessionProperty().get();
        BackgroundTask.wrap(cancel -> service.activeProfile())
                .onSuccess(profile -> {
                    if (model.sessionProperty().get() == null
                            || expected != null && !expected.imageKey().equals(model.sessionProperty().get().imageKey())) {
                        return;
                    }
                    // NOTE: the API format is not part of AnalysisOutcome, so the summary leaves it null.
                    RequestSummary request = new RequestSummary(profile, outcome.endpointHost(), outcome.model(), null,
                            templateId, templateName, outcome.imageWidth(), outcome.imageHeight(), outcome.imageFormat(),
                            outcome.imageBytes(), time, outcome.demo());
                    SessionFindings findings = new SessionFindings(outcome.diagnosis(), outcome.findings(),
                            outcome.impression(), outcome.recommendations(), outcome.rawContent(), outcome.thought(),
                            outcome.truncated());
                    model.update(session -> session.withAnalysis(request, findings));
                })
                .onFailure(error -> LOG.warn("Recording the analysis in the review session failed", error))
                .executeWith(executor);
    }

    /** Rebuilds the findings pane's outcome from a saved session. */
    static AnalysisOutcome outcomeOf(ReviewSession session) {
        SessionFindings findings = session.findings();
        RequestSummary request = session.request();
        boolean structured = !findings.diagnosis().isEmpty() || !findings.findings().isEmpty()
                || !findings.impression().isEmpty();
        return new AnalysisOutcome(findings.diagnosis(), findings.findings(), findings.impression(),
                findings.recommendations(), findings.raw(), findings.raw(), findings.thought(), findings.truncated(),
                structured, request != null && request.demo(),
                request == null ? null : request.model(), request == null ? null : request.endpointHost(), null,
                request == null ? 0 : request.imageWidth(), request == null ? 0 : request.imageHeight(),
                request == null ? null : request.imageFormat(), request == null ? 0 : request.imageBytes());
    }
}
