package org.radassist.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.radassist.review.ReviewWorkspace;
import java.util.Map;

/**
 * Services the GUI needs from the rest of RadAssist: image, series and slice reading, rendering,
 * analysis by the configured endpoint, endpoint settings and prompt templates.
 *
 * <p>Every method may block (file reading, decoding, credential lookup, HTTP), so the UI calls
 * them only on background threads, never on the JavaFX application thread. Implementations
 * return plain, unlocalised text; the UI localises headlines by {@link WorkbenchException.Reason}.
 */
public interface WorkbenchService {

    /**
     * Reads a DICOM or PNG file and returns its first frame, ready for {@link #render}.
     *
     * @throws WorkbenchException with reason UNREADABLE_FILE, UNSUPPORTED_FILE or NOT_AN_IMAGE
     */
    OpenedImage open(Path file) throws WorkbenchException;

    /**
     * Opens a folder (scanned recursively), a DICOMDIR or a single DICOM or PNG file and lists its
     * series. Files that cannot be read are listed in {@link OpenedStudySet#problems()} and do not
     * fail the call.
     *
     * @throws WorkbenchException with reason UNREADABLE_FILE when the path is missing or cannot be
     *     read; for a single file, the reason {@link #open} would give; NOT_AN_IMAGE when no series
     *     has an image to show
     */
    OpenedStudySet openStudySet(Path path) throws WorkbenchException;

    /**
     * Reads one slice of a series, ready for {@link #render}. Slices are numbered from 0 in the
     * series' display order; the frames of a multi-frame file are slices of their own.
     *
     * @throws WorkbenchException with reason UNREADABLE_FILE, UNSUPPORTED_FILE or NOT_AN_IMAGE
     */
    OpenedImage openSlice(SeriesRef series, int index) throws WorkbenchException;

    /**
     * Renders the image for display as an 8-bit grey or RGB image.
     *
     * @param preset the VOI window to apply; {@code null} selects the image's default window
     */
    BufferedImage render(OpenedImage image, WindowPreset preset);

    // Viewer: fast rendering for window/level drags and the editable window presets.

    /**
     * Renders the image for display as packed ARGB pixels, as {@link #render} would; the default
     * converts {@link #render}'s result, and implementations may skip that copy.
     *
     * @param preset the VOI window to apply; {@code null} selects the image's default window
     */
    default DisplayPixels renderPixels(OpenedImage image, WindowPreset preset) {
        return DisplayPixels.from(render(image, preset));
    }

    /**
     * Returns the viewer's window presets per modality (keys in upper case, such as "CT"); the
     * viewer offers them after an image's own windows.
     */
    default Map<String, List<WindowPreset>> windowPresets() throws WorkbenchException {
        return Map.of();
    }

    /**
     * Stores the viewer's window presets per modality, replacing the stored ones.
     *
     * @throws WorkbenchException with reason UNREADABLE_FILE when the file cannot be written
     */
    default void saveWindowPresets(Map<String, List<WindowPreset>> presets) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS, "Window presets cannot be saved here.");
    }

    /**
     * Prepares the model input, sends the request to the configured endpoint and parses the
     * response. The implementation registers a {@link Runnable} on {@code cancel} that aborts the
     * HTTP call, so {@link CancelHandle#cancel()} from another thread ends this method early.
     *
     * @throws WorkbenchException with reason ENDPOINT_FAILED, INVALID_SETTINGS, NOT_AN_IMAGE or
     *     CANCELLED
     */
    AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel) throws WorkbenchException;

    /**
     * Runs {@link #analyze(AnalysisInput, CancelHandle)} and reports streamed text, retries and
     * notes (a reduced image, a context estimate over the limit) to {@code progress} on the
     * analysing thread. The default ignores {@code progress}.
     */
    default AnalysisOutcome analyze(AnalysisInput input, CancelHandle cancel, AnalysisProgress progress)
            throws WorkbenchException {
        return analyze(input, cancel);
    }

    /**
     * Prepares the chosen slices of a series and sends them in one multi-slice request, built as
     * the command line's {@code analyze --slices} builds it. A request with more images than the
     * active profile's max images is rejected before anything is sent.
     *
     * @param input the history, prompt and thinking choice; its image is the slice on screen
     * @throws WorkbenchException with reason TOO_MANY_IMAGES, ENDPOINT_FAILED, INVALID_SETTINGS,
     *     NOT_AN_IMAGE or CANCELLED
     */
    default AnalysisOutcome analyzeSlices(AnalysisInput input, SliceRequest slices, CancelHandle cancel,
            AnalysisProgress progress) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS,
                "Multi-slice requests are not available.");
    }

    /** Returns the active profile's maximum number of images per request, at least 1. */
    default int maxImages() {
        return 1;
    }

    /** Returns the names of the endpoint profiles in display order; the demo profile comes first. */
    /**
     * Starts the background work that waits for the first image on screen (endpoint warm-up,
     * model input preparation). The GUI calls it once that image is shown, or once the window is
     * shown when no file was given. The default does nothing.
     */
    default void startDeferredWork() {
    }

    default List<String> profileNames() {
        return List.of("demo");
    }

    /** Returns the name of the profile the next analysis uses. */
    default String activeProfile() {
        return "demo";
    }

    /** Makes the named profile the one the next analysis uses. */
    default void selectProfile(String name) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS, "Profiles are not available.");
    }

    /** Adds a profile with the given name and makes it active. */
    default void addProfile(String name) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS, "Profiles are not available.");
    }

    /** Renames a profile; the demo profile cannot be renamed. */
    default void renameProfile(String oldName, String newName) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS, "Profiles are not available.");
    }

    /** Deletes a profile; the demo profile cannot be deleted. */
    default void deleteProfile(String name) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS, "Profiles are not available.");
    }

    /**
     * Returns the warning for the main window when the active profile sends plain http to another
     * computer, or "" when it does not.
     */
    default String insecureHttpWarning() {
        return "";
    }

    /** Returns the audit log's records, oldest first. */
    default List<AuditEntry> auditEntries() throws WorkbenchException {
        return List.of();
    }

    /** Copies the audit log file to {@code target}. */
    default void exportAudit(Path target) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.UNREADABLE_FILE, "No audit log is available.");
    }

    // Tag browser, prompt template editing, start screen and preferences.

    /**
     * Reads the whole data set of a DICOM file, file meta information first, for the tag browser.
     *
     * @throws WorkbenchException with reason UNSUPPORTED_FILE for a file that is not DICOM, or
     *     UNREADABLE_FILE when it cannot be read
     */
    default List<TagNode> readTags(Path file) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.UNSUPPORTED_FILE,
                file.getFileName() + ": the tag browser is not available.");
    }

    /**
     * Returns the built-in prompt templates as shipped, for resetting edited ones; a template whose
     * id is listed here cannot be deleted.
     */
    default List<PromptTemplateChoice> builtInTemplates() {
        return templates();
    }

    /**
     * Stores the whole template list (built-in templates with their edits, then the user's own);
     * {@link #templates()} returns it from then on.
     *
     * @throws WorkbenchException with reason INVALID_SETTINGS for duplicate ids or an empty text, or
     *     UNREADABLE_FILE when the file cannot be written
     */
    default void saveTemplates(List<PromptTemplateChoice> templates) throws WorkbenchException {
        throw new WorkbenchException(WorkbenchException.Reason.INVALID_SETTINGS, "Templates cannot be saved here.");
    }

    /** Returns the window preferences read when the service started; this method does not block. */
    default UiPreferences uiPreferences() {
        return UiPreferences.defaults();
    }

    /** Stores the window preferences; {@link #uiPreferences()} returns them from then on. */
    default void saveUiPreferences(UiPreferences preferences) throws WorkbenchException {
    }

    /** Returns the bundled sample images for the start screen, or an empty list when none are installed. */
    default List<Path> sampleFiles() {
        return List.of();
    }

    /** Returns where review sessions and the reviewer's preferences are saved; empty when reviews are not saved. */
    default Optional<ReviewWorkspace> reviewWorkspace() {
        return Optional.empty();
    }

    /** Returns the endpoint settings of the active profile, for the settings dialog. */
    EndpointForm loadEndpoint();

    /**
     * Validates and stores the endpoint settings, and uses them for the next analysis.
     *
     * @throws WorkbenchException with reason INVALID_SETTINGS and a message naming the invalid
     *     fields, or UNREADABLE_FILE when the settings file cannot be written
     */
    void saveEndpoint(EndpointForm form) throws WorkbenchException;

    /** Returns the active profile's name and what it points at, for the status line. */
    EndpointSummary endpointSummary();

    /** Returns the prompt templates offered in the template list, in display order. */
    List<PromptTemplateChoice> templates();

    /**
     * Returns the id of the template to preselect for a modality such as "CT", "CR" or "MR"; an
     * unknown or {@code null} modality gets the general template.
     */
    String defaultTemplateId(String modality);
}
