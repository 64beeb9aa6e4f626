package org.radassist.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.radassist.imaging.StudyImage;
import org.radassist.review.ReviewSession;
import org.radassist.review.report.JsonReport;
import org.radassist.review.report.PatientIdentifiers;
import org.radassist.review.report.PdfReport;
import org.radassist.review.report.ReportInput;
import org.radassist.review.report.ReportMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the report of the session on screen as PDF or JSON. It shows a save dialog, then renders
 * the image at the window on screen and writes the report in the background. Patient identifiers are
 * left out when the main window hides them.
 */
final class ReviewExport {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewExport.class);

    private final WorkbenchService service;
    private final Localization text;
    private final TaskExecutor executor;
    private final ReviewSessionModel model;
    private final Supplier<WindowPreset> window;
    private final BooleanSupplier hideIdentifiers;
    /** The export's progress and result, shown next to the export button. */
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    ReviewExport(WorkbenchService service, Localization text, TaskExecutor executor, ReviewSessionModel model,
                 Supplier<WindowPreset> window, BooleanSupplier hideIdentifiers) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.model = Objects.requireNonNull(model, "model");
        this.window = Objects.requireNonNull(window, "window");
        this.hideIdentifiers = Objects.requireNonNull(hideIdentifiers, "hideIdentifiers");
    }

    StringProperty messageProperty() {
        return message;
    }

    /** Asks for the output file and exports to it. */
    void chooseAndExport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("review.exportTitle"));
        FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter(text.get("review.exportPdf"), "*.pdf");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(text.get("review.exportJson"), "*.json");
        chooser.getExtensionFilters().addAll(pdf, json);
        chooser.setInitialDirectory(initialFolder(model.exportFolder()));
        chooser.setInitialFileName(fileName(LocalDate.now()));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        if (target.getParent() != null) {
            model.rememberExportFolder(target.getParent().toString());
        }
        if (chooser.getSelectedExtensionFilter() == json && !target.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            target = target.resolveSibling(target.getFileName() + ".json");
        }
        export(target);
    }

    /**
     * Returns the folder the save dialog opens in: the last export's folder while it exists, else
     * the user's home, never the working directory.
     */
    static File initialFolder(String lastExportFolder) {
        if (lastExportFolder != null && !lastExportFolder.isEmpty() && new File(lastExportFolder).isDirectory()) {
            return new File(lastExportFolder);
        }
        return new File(System.getProperty("user.home"));
    }

    /** Returns the proposed report name, built from the date only so it identifies no patient. */
    static String fileName(LocalDate date) {
        return "radassist-review-" + date + ".pdf";
    }

    /** Writes the report to {@code target}: JSON when the name ends in .json, else PDF. */
    void export(Path target) {
        ReviewSession session = model.sessionProperty().get();
        OpenedImage image = model.image();
        StudyImage study = model.study();
        if (session == null || image == null) {
            return;
        }
        boolean json = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        WindowPreset preset = window.get();
        boolean hide = hideIdentifiers.getAsBoolean();
        ReportMessages messages = new ReportMessages(text.bundle());
        message.set(text.get("review.exporting"));

        BackgroundTask.wrap(cancel -> {
                    PatientIdentifiers patient = study == null ? null : PatientIdentifiers.of(study);
                    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                    if (json) {
                        JsonReport.write(new ReportInput(session, null, patient, hide, messages, now), target);
                    } else {
                        BufferedImage rendered = service.render(image, preset);
                        PdfReport.write(new ReportInput(session, rendered, patient, hide, messages, now), target);
                    }
                    return target;
                })
                .onSuccess(written -> {
                    LOG.info("Exported the review report of session {}", session.imageKey());
                    message.set(text.format("review.exported", written.getFileName()));
                })
                .onFailure(error -> {
                    LOG.warn("Exporting the review report failed", error);
                    message.set(text.format("review.exportFailed", MainViewModel.oneLine(error)));
                })
                .executeWith(executor);
    }
}
