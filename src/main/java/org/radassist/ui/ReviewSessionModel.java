package org.radassist.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.radassist.imaging.StudyImage;
import org.radassist.review.AnnotationCommand;
import org.radassist.review.AnnotationHistory;
import org.radassist.review.ImageKey;
import org.radassist.review.ImageMeasurements;
import org.radassist.review.ReviewSession;
import org.radassist.review.ReviewWorkspace;
import org.radassist.review.ReviewerPreferences;
import org.radassist.review.SessionAutosaver;
import org.radassist.review.SessionLoad;
import org.radassist.review.WindowSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review session of the image on screen: loads it (or starts one) when an image opens,
 * applies every change as a new immutable {@link ReviewSession}, and hands each one to the
 * autosaver. Annotation edits go through an {@link AnnotationHistory} for undo and redo. Use on
 * the JavaFX thread; file work runs as {@link BackgroundTask}s.
 */
final class ReviewSessionModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewSessionModel.class);

    private final Localization text;
    private final TaskExecutor executor;
    private final ReviewWorkspace workspace;
    private final SessionAutosaver autosaver;

    private final ObjectProperty<ReviewSession> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<ImageMeasurements> measurements =
            new SimpleObjectProperty<>(this, "measurements", ImageMeasurements.withoutImage());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty reviewerName = new SimpleStringProperty(this, "reviewerName", "");
    private ReviewerPreferences reviewerPreferences = ReviewerPreferences.defaults();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final AnnotationHistory history = new AnnotationHistory();

    private OpenedImage currentImage;
    private StudyImage currentStudy;
    private BackgroundTask<?> loadTask;
    private boolean preferencesLoaded;

    /** Creates the model; without a workspace, sessions live in memory only and are lost on close. */
    ReviewSessionModel(Localization text, TaskExecutor executor, Optional<ReviewWorkspace> workspace) {
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.workspace = workspace.orElse(null);
        this.autosaver = this.workspace == null ? null : new SessionAutosaver(this.workspace.sessions());
        if (autosaver != null) {
            autosaver.setFailureListener(error -> executor.results().execute(
                    () -> message.set(text.format("review.saveFailed", error.getMessage()))));
        }
        reviewerName.addListener((observable, old, name) -> {
            update(current -> current.withReviewer(name));
            if (preferencesLoaded) {
                saveReviewerName(name);
            }
        });
    }

    /** Loads the reviewer's name from the preferences in the background. */
    void initialize() {
        if (workspace == null) {
            preferencesLoaded = true;
            return;
        }
        BackgroundTask.wrap(cancel -> workspace.preferences().load())
                .onSuccess(preferences -> {
                    reviewerPreferences = preferences;
                    reviewerName.set(preferences.reviewerName());
                    preferencesLoaded = true;
                })
                .onFailure(error -> {
                    LOG.warn("Loading the reviewer preferences failed", error);
                    preferencesLoaded = true;
                })
                .executeWith(executor);
    }

    /**
     * Switches to the session of a newly shown image: the saved one when there is one, else a new
     * one with the history and window on screen. A new session is saved only once something
     * changes, so scrolling through slices writes no files. {@code onLoaded} receives the session and whether
     * it was reopened from disk.
     */
    void showImage(OpenedImage opened, Supplier<String> currentHistory, Supplier<WindowSetting> currentWindow,
                   LoadedCallback onLoaded) {
        cancelLoad();
        currentImage = opened;
        currentStudy = opened != null && opened.handle() instanceof StudyImage study ? study : null;
        session.set(null);
        history.clear();
        refreshUndo();
        message.set("");
        measurements.set(currentStudy == null ? ImageMeasurements.withoutImage() : ImageMeasurements.of(currentStudy));
        if (currentStudy == null || currentStudy.path() == null) {
            return;
        }
        StudyImage study = currentStudy;
        loadTask = BackgroundTask.wrap(cancel -> {
                    ImageKey key = ImageKey.cachedOf(study.path(), study.frameIndex());
                    SessionLoad load = workspace == null ? SessionLoad.none() : workspace.sessions().load(key);
                    return new Loaded(key, load);
                })
                .onSuccess(loaded -> {
                    if (currentImage != opened) {
                        return;
                    }
                    applyLoaded(opened, study, loaded, currentHistory.get(), currentWindow.get(), onLoaded);
                })
                .onFailure(error -> {
                    LOG.warn("Loading the review session of {} failed", opened.fileName(), error);
                    message.set(text.format("review.loadFailed", MainViewModel.oneLine(error)));
                })
                .executeWith(executor);
    }

    private void applyLoaded(OpenedImage opened, StudyImage study, Loaded loaded, String currentHistory,
                             WindowSetting currentWindow, LoadedCallback onLoaded) {
        String path = study.path().toAbsolutePath().toString();
        loaded.load().damaged().ifPresent(damaged -> message.set(damaged.movedTo() == null
                ? text.format("review.damagedInPlace", damaged.file())
                : text.format("review.damaged", damaged.movedTo())));
        Optional<ReviewSession> saved = loaded.load().session();
        ReviewSession current = saved.map(found -> found.withSource(opened.fileName(), path))
                .orElseGet(() -> ReviewSession.start(loaded.key(), opened.fileName(), path, study.frameIndex(),
                        study.modality()).withClinicalHistory(currentHistory).withWindow(currentWindow));
        if (current.reviewer().isEmpty()) {
            current = current.withReviewer(reviewerName.get());
        }
        session.set(current);
        LOG.info("Review session {} {}", loaded.key(), saved.isPresent() ? "reopened" : "started");
        onLoaded.loaded(current, saved.isPresent());
    }

    /** Applies a change to the session and queues it for autosave; no session means no change. */
    void update(UnaryOperator<ReviewSession> change) {
        ReviewSession current = session.get();
        if (current == null) {
            return;
        }
        ReviewSession changed = change.apply(current);
        if (changed.equals(current)) {
            return;
        }
        session.set(changed);
        if (autosaver != null) {
            autosaver.submit(changed);
        }
    }

    /** Runs an annotation edit and records it for undo; the caller measures new and moved annotations. */
    void execute(AnnotationCommand command) {
        update(current -> history.execute(current, command));
        refreshUndo();
    }

    void undo() {
        update(history::undo);
        refreshUndo();
    }

    void redo() {
        update(history::redo);
        refreshUndo();
    }

    /** Writes pending changes now and stops autosaving; call when the window closes. */
    void close() {
        cancelLoad();
        if (autosaver != null) {
            autosaver.close();
        }
    }

    /** Writes pending changes now, blocking; the export and tests use it. */
    void flush() {
        if (autosaver != null) {
            autosaver.flush();
        }
    }

    private void refreshUndo() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private void cancelLoad() {
        if (loadTask != null) {
            loadTask.cancel();
            loadTask = null;
        }
    }

    private void saveReviewerName(String name) {
        savePreferences(reviewerPreferences.withReviewerName(name));
    }

    /** Returns the folder of the last report export, or "" before the first. */
    String exportFolder() {
        return reviewerPreferences.exportFolder();
    }

    /** Remembers the folder of a report export in the reviewer preferences. */
    void rememberExportFolder(String folder) {
        if (!folder.equals(reviewerPreferences.exportFolder())) {
            savePreferences(reviewerPreferences.withExportFolder(folder));
        }
    }

    private void savePreferences(ReviewerPreferences preferences) {
        reviewerPreferences = preferences;
        if (workspace == null) {
            return;
        }
        BackgroundTask.wrap(cancel -> {
                    workspace.preferences().save(preferences);
                    return null;
                })
                .onFailure(error -> {
                    LOG.warn("Saving the reviewer preferences failed", error);
                    message.set(text.format("review.saveFailed", MainViewModel.oneLine(error)));
                })
                .executeWith(executor);
    }

    ReadOnlyObjectProperty<ReviewSession> sessionProperty() {
        return session;
    }

    /** Measurements on the image on screen; without pixel data lengths are in pixels and regions have no statistics. */
    ReadOnlyObjectProperty<ImageMeasurements> measurementsProperty() {
        return measurements;
    }

    /** Returns the problem with the session file to show in the review pane, or "". */
    StringProperty messageProperty() {
        return message;
    }

    StringProperty reviewerNameProperty() {
        return reviewerName;
    }

    BooleanProperty canUndoProperty() {
        return canUndo;
    }

    BooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** Returns the image the session belongs to, or {@code null}. */
    OpenedImage image() {
        return currentImage;
    }

    /** Returns the decoded frame the session belongs to, or {@code null} when the service has none. */
    StudyImage study() {
        return currentStudy;
    }

    Path sessionsDirectory() {
        return workspace == null ? null : workspace.sessions().directory();
    }

    /** Receives the session of a newly shown image. */
    @FunctionalInterface
    interface LoadedCallback {
        void loaded(ReviewSession session, boolean reopened);
    }

    private record Loaded(ImageKey key, SessionLoad load) {
    }
}
