package org.radassist.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.radassist.imaging.DisplayRenderer;
import org.radassist.imaging.ImageLoadException;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.radassist.imaging.Window;
import org.radassist.review.ImageKey;
import org.radassist.review.ReviewSession;
import org.radassist.review.ReviewWorkspace;
import org.radassist.review.SessionLoad;
import org.radassist.review.SessionStore;
import org.radassist.review.SessionStoreException;
import org.radassist.review.report.JsonReport;
import org.radassist.review.report.PatientIdentifiers;
import org.radassist.review.report.PdfReport;
import org.radassist.review.report.ReportInput;
import org.radassist.review.report.ReportMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the report of a saved review session as PDF (the image at the window used with the "
                + "annotations, history, findings with verdicts, note, model, endpoint host, prompt template, date "
                + "and the model card's caution) or as JSON.")
final class ReportCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION",
            description = "A session file (.json) or the image key of a session in the data directory's "
                    + "sessions folder (64 hex digits of SHA-256, '-', the frame index).")
    private String sessionArgument;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.json",
            description = "Output file; its extension (.pdf or .json) selects the format.")
    private Path out;

    @Option(names = "--hide-identifiers",
            description = "Leave out the patient name and ID and the image's file name and path.")
    private boolean hideIdentifiers;

    ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        boolean pdf = formatIsPdf();
        ReviewSession session = loadSession();
        ReportMessages messages = ReportMessages.forLocale(Locale.getDefault());
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

        if (pdf) {
            StudyImage image = loadImage(session);
            ReportInput input = new ReportInput(session, render(image, session), PatientIdentifiers.of(image),
                    hideIdentifiers, messages, now);
            PdfReport.write(input, out);
        } else {
            PatientIdentifiers patient = hideIdentifiers ? null : patientIfReadable(session);
            JsonReport.write(new ReportInput(session, null, patient, hideIdentifiers, messages, now), out);
        }
        LOG.info("Wrote the {} report of session {}", pdf ? "PDF" : "JSON", session.imageKey());
        context.err().println("Wrote " + out);
        return ExitCodes.OK;
    }

    private boolean formatIsPdf() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "Invalid --out " + out + ": it is a directory.");
        }
        if (name.endsWith(".pdf")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        throw new ParameterException(spec.commandLine(),
                "Invalid --out " + out + ": the name must end in .pdf or .json.");
    }

    private ReviewSession loadSession() throws SessionStoreException {
        SessionLoad load;
        Path source;
        if (ImageKey.isKey(sessionArgument)) {
            SessionStore store = new SessionStore(ReviewWorkspace.sessionsDirectory(context.dirs().dataDir()));
            ImageKey key = new ImageKey(sessionArgument);
            source = store.fileFor(key);
            load = store.load(key);
            if (load.session().isEmpty() && load.damaged().isEmpty()) {
                throw new SessionStoreException(source, SessionStoreException.Reason.NOT_FOUND,
                        "No review session for image key " + key + " in " + store.directory(), null);
            }
        } else {
            source = Path.of(sessionArgument);
            load = SessionStore.loadFile(source);
        }
        if (load.damaged().isPresent()) {
            throw new SessionStoreException(source, SessionStoreException.Reason.READ_FAILED,
                    load.damaged().get().message(), null);
        }
        return load.session().orElseThrow();
    }

    /** Loads the session's image and checks that it is still the file the session was made on. */
    private static StudyImage loadImage(ReviewSession session) throws IOException {
        if (session.sourcePath().isEmpty()) {
            throw new SessionStoreException(null, SessionStoreException.Reason.READ_FAILED,
                    "Session " + session.imageKey() + " has no image path; the PDF report needs the image", null);
        }
        Path path = Path.of(session.sourcePath());
        if (!Files.isRegularFile(path)) {
            throw new ImageLoadException(path, ImageLoadException.Reason.FILE_NOT_FOUND,
                    path.getFileName() + ": image of the session not found; the PDF report needs it");
        }
        ImageKey key = ImageKey.of(path, session.frameIndex());
        if (!key.value().equals(session.imageKey())) {
            throw new ImageLoadException(path, ImageLoadException.Reason.READ_FAILED,
                    path.getFileName() + ": the file changed since the review (its SHA-256 differs from the "
                            + "session's image key), so the annotations may not fit it");
        }
        return ImageLoader.load(path, session.frameIndex());
    }

    private PatientIdentifiers patientIfReadable(ReviewSession session) {
        try {
            return PatientIdentifiers.of(loadImage(session));
        } catch (IOException e) {
            context.err().println("Note: the report has no patient identifiers: " + e.getMessage());
            return null;
        }
    }

    /** Renders at the session's window, or at the image's default window when it has none or is colour. */
    private static BufferedImage render(StudyImage image, ReviewSession session) {
        if (session.window() == null || !image.isGrey()) {
            return DisplayRenderer.render(image);
        }
        return DisplayRenderer.render(image, new Window(session.window().center(), session.window().width(), ""));
    }
}
