package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.app.DesktopWorkbench;
import org.radassist.app.SettingsStore;
import org.radassist.imaging.ImageLoader;
import org.radassist.imaging.StudyImage;
import org.radassist.testsupport.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The viewer in the main window with the real services. Window/level by dragging on the
 * MONOCHROME1 CR with a modality LUT is checked pixel by pixel against the LINEAR formula. The
 * identifier toggle runs on the sample CT, which the demo profile hides by default.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerFxTest {

    private static final Path CR = Corpus.real("cr_mono1_modality_lut_seq_jpegll.dcm");

    @TempDir
    static Path settingsDir;

    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage stage) {
        fixture = MainViewFixture.showDesktop(stage, settingsDir.resolve("settings.json"));
        view = fixture.view();
    }

    @Stop
    void stop() {
        fixture.close();
    }

    private void openAndWait(FxRobot robot, Path file) throws Exception {
        fixture.openAndWait(robot, file);
        assertEquals(WorkbenchState.READY, view.viewModel().stateProperty().get());
    }

    /** Returns the viewport once it has laid out the image on screen. */
    private ImageViewport viewport(FxRobot robot) throws Exception {
        ImageViewport viewport = robot.lookup("#viewport").queryAs(ImageViewport.class);
        FxTestSupport.waitUntil(() -> viewport.pixels() != null && viewport.deviceTransform() != null);
        return viewport;
    }

    private WindowPreset window() {
        return view.viewModel().display().currentWindow();
    }

    /** Waits until the dragged window is rendered and on screen. */
    private void waitForCustomWindow(FxRobot robot) throws Exception {
        ImageViewport viewport = viewport(robot);
        FxTestSupport.waitUntil(() -> ImageDisplay.CUSTOM_WINDOW.equals(window().name())
                && !view.viewModel().display().rendering()
                && viewport.pixels() == view.viewModel().displayPixelsProperty().get());
    }

    /** Computes the display value of each pixel independently: LINEAR VOI, then MONOCHROME1 inversion. */
    private static int[] expectedGrey(StudyImage image, double center, double width) {
        float[] values = image.modalityValues();
        int[] grey = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            double level;
            if (x <= center - 0.5 - (width - 1) / 2) {
                level = 0;
            } else if (x > center - 0.5 + (width - 1) / 2) {
                level = 255;
            } else {
                level = ((x - (center - 0.5)) / (width - 1) + 0.5) * 255;
            }
            grey[i] = 255 - (int) Math.round(level);
        }
        return grey;
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Node target, double x, double y) {
        Point2D screen = target.localToScreen(x, y);
        return new MouseEvent(type, x, y, screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, new PickResult(target, x, y));
    }

    @Test
    void dragOnImage_changesWindowAndPixels(FxRobot robot) throws Exception {
        openAndWait(robot, CR);
        StudyImage cr = ImageLoader.load(CR);
        WindowPreset start = window();
        ImageViewport viewport = viewport(robot);

        // Exact events: 60 pixels right and 25 pixels up from the press point.
        robot.interact(() -> {
            Event.fireEvent(viewport, mouse(MouseEvent.MOUSE_PRESSED, viewport, 200, 200));
            Event.fireEvent(viewport, mouse(MouseEvent.MOUSE_DRAGGED, viewport, 260, 175));
            Event.fireEvent(viewport, mouse(MouseEvent.MOUSE_RELEASED, viewport, 260, 175));
        });
        waitForCustomWindow(robot);

        double unitsPerPixel = Math.max(0.5, (cr.maxModalityValue() - cr.minModalityValue()) / 1024.0);
        // The CR's values span more than 256, so the dragged window is rounded to whole numbers.
        assertEquals(Math.rint(start.width() + 60 * unitsPerPixel), window().width());
        assertEquals(Math.rint(start.center() - 25 * unitsPerPixel), window().center());
        int[] expected = expectedGrey(cr, window().center(), window().width());
        int[] shown = viewport.pixels().argb();
        assertEquals(expected.length, shown.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(0xFF000000 | expected[i] * 0x010101, shown[i], "pixel " + i);
        }

        // A real drag with the robot: right and down widens the window and raises its center.
        WindowPreset beforeRobot = window();
        robot.moveTo(viewport).press(MouseButton.PRIMARY).moveBy(80, 40).release(MouseButton.PRIMARY);
        FxTestSupport.waitUntil(() -> window().width() > beforeRobot.width() && !view.viewModel().display().rendering()
                && viewport.pixels() == view.viewModel().displayPixelsProperty().get());
        assertTrue(window().center() > beforeRobot.center());

        // At 1:1 each shown sample is the expected grey level of the image pixel under it.
        robot.clickOn("#viewerActualSizeButton");
        assertEquals(1.0, viewport.scaleProperty().get());
        int[] dragged = expectedGrey(cr, window().center(), window().width());
        ImageView imageView = robot.lookup("#imageView").queryAs(ImageView.class);
        PixelReader reader = imageView.getImage().getPixelReader();
        DeviceTransform transform = viewport.deviceTransform();
        Point2D origin = viewport.localToDevice(imageView.getLayoutX(), imageView.getLayoutY());
        int checked = 0;
        for (int y = 0; y < (int) imageView.getImage().getHeight(); y += 7) {
            for (int x = 0; x < (int) imageView.getImage().getWidth(); x += 5) {
                double deviceX = Math.rint(origin.getX()) + x + 0.5;
                double deviceY = Math.rint(origin.getY()) + y + 0.5;
                int column = (int) Math.floor(transform.imageX(deviceX, deviceY));
                int row = (int) Math.floor(transform.imageY(deviceX, deviceY));
                assertEquals(dragged[row * cr.width() + column], reader.getArgb(x, y) & 0xFF, "device " + x + "," + y);
                checked++;
            }
        }
        assertTrue(checked > 1000, "checked " + checked + " samples");
    }

    @Test
    void resetKey_restoresDefaultWindow(FxRobot robot) throws Exception {
        openAndWait(robot, CR);
        WindowPreset defaultWindow = view.viewModel().imageProperty().get().defaultPreset();
        robot.interact(() -> view.viewModel().display().setWindow(1000, 500));
        assertEquals(new WindowPreset(ImageDisplay.CUSTOM_WINDOW, 1000, 500), window());

        robot.clickOn("#imageArea").type(KeyCode.I).type(KeyCode.R);

        assertEquals(defaultWindow, window());
        assertFalse(viewport(robot).invertProperty().get());
    }

    private static List<String> shownTexts(Node root) {
        List<String> texts = new ArrayList<>();
        collectTexts(root, texts);
        return texts;
    }

    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            // The label's skin shows the same text again in a Text node, so its children are skipped.
            if (labeled.getText() != null) {
                texts.add(labeled.getText());
            }
            return;
        }
        if (node instanceof Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, texts);
            }
        }
    }

    private long textsContaining(FxRobot robot, String part) {
        return shownTexts(robot.lookup("#root").query().getScene().getRoot()).stream()
                .filter(text -> text.contains(part)).count();
    }

    @Test
    void hideIdentifiers_removesPatientNameEverywhere(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> view.viewModel().hideIdentifiersProperty().get());
        openAndWait(robot, Corpus.SAMPLE_CT);

        assertEquals(0, textsContaining(robot, "CompressedSamples"), "the demo profile hides identifiers");

        robot.clickOn("#viewerHideIdentifiersButton");
        FxTestSupport.waitUntil(() -> textsContaining(robot, "CompressedSamples, CT1") > 0);
        assertFalse(view.viewModel().hideIdentifiersProperty().get());
        assertNotEquals(0, textsContaining(robot, "CompressedSamples"));

        robot.clickOn("#imageArea").press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> view.viewModel().hideIdentifiersProperty().get());
        assertEquals(0, textsContaining(robot, "CompressedSamples"));
        assertTrue(view.viewModel().viewer().hideIdentifiersProperty().get());
    }

    @Test
    void overlay_showsWindowZoomAndSpacing(FxRobot robot) throws Exception {
        openAndWait(robot, CR);
        robot.interact(() -> view.viewModel().display().setWindow(1800, 1200));
        robot.clickOn("#imageArea").type(KeyCode.DIGIT1).type(KeyCode.CLOSE_BRACKET);

        List<String> corner = shownTexts(robot.lookup("#overlayBottomRight").query());
        assertEquals(List.of("C 1800 W 1200", "Zoom 100 %", "0.15 × 0.15 mm", "Rotation 90°"), corner);
        List<String> series = shownTexts(robot.lookup("#overlayBottomLeft").query());
        assertEquals("CR", series.get(0));
    }

    @Test
    void ctrlWheelAndPinch_zoomAroundPointer(FxRobot robot) throws Exception {
        openAndWait(robot, CR);
        ImageViewport viewport = viewport(robot);
        double fitScale = viewport.scaleProperty().get();
        DeviceTransform before = viewport.deviceTransform();
        Point2D pointer = new Point2D(150, 120);
        Point2D device = viewport.localToDevice(pointer.getX(), pointer.getY());
        double imageX = before.imageX(device.getX(), device.getY());
        double imageY = before.imageY(device.getX(), device.getY());

        // Two notches away from the user with Ctrl held, as desktop JavaFX reports them (deltaY +40 each).
        // Event coordinates are scene coordinates; delivery converts them to the viewport's.
        Point2D scene = viewport.localToScene(pointer);
        robot.interact(() -> Event.fireEvent(viewport, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(),
                scene.getY(), 0, 0, false, true, false, false, false, false, 0, 80, 0, 80,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                new PickResult(viewport, scene.getX(), scene.getY()))));

        assertEquals(fitScale * 1.21, viewport.scaleProperty().get(), 1e-9);
        DeviceTransform after = viewport.deviceTransform();
        assertEquals(device.getX(), after.deviceX(imageX, imageY), 0.5 + 1e-9, "the point under the pointer stays");
        assertEquals(device.getY(), after.deviceY(imageX, imageY), 0.5 + 1e-9);

        robot.interact(() -> Event.fireEvent(viewport, new ZoomEvent(ZoomEvent.ZOOM, 100, 100, 0, 0, false, false,
                false, false, false, false, 2.0, 2.0, new PickResult(viewport, 100, 100))));
        assertEquals(fitScale * 1.21 * 2, viewport.scaleProperty().get(), 1e-9);

        robot.clickOn("#imageArea").type(KeyCode.F);
        assertEquals(fitScale, viewport.scaleProperty().get(), 1e-9);
    }

    @Test
    void cine_playsAndPausesFrames(FxRobot robot) throws Exception {
        openAndWait(robot, Corpus.real("us_jpeg_ybr422_30frames.dcm"));
        SeriesNavigation navigation = view.viewModel().navigation();
        FxTestSupport.waitUntil(() -> navigation.sliceCountProperty().get() == 30);
        robot.interact(() -> view.viewModel().viewer().framesPerSecondProperty().set(30));

        robot.clickOn("#imageArea").type(KeyCode.SPACE);
        assertTrue(view.viewModel().viewer().playingProperty().get());
        FxTestSupport.waitUntil(() -> navigation.sliceIndexProperty().get() >= 3);

        robot.type(KeyCode.SPACE);
        assertFalse(view.viewModel().viewer().playingProperty().get());
        FxTestSupport.waitUntil(() -> !navigation.loading());
        int paused = navigation.sliceIndexProperty().get();
        robot.interact(() -> { });
        assertEquals(paused, navigation.sliceIndexProperty().get(), "no frame advances while paused");
    }

    @Test
    void annotateTool_handsMouseToAnnotationLayer(FxRobot robot) throws Exception {
        openAndWait(robot, CR);
        ImageViewport viewport = viewport(robot);
        assertTrue(viewport.annotationLayer().isMouseTransparent());

        robot.interact(() -> viewport.toolProperty().set(ViewerTool.ANNOTATE));

        assertEquals(ViewerTool.ANNOTATE, view.viewModel().viewer().toolProperty().get());
        assertFalse(viewport.annotationLayer().isMouseTransparent());
        assertEquals(viewport.getWidth(), viewport.annotationLayer().getWidth());
        assertEquals(viewport.getHeight(), viewport.annotationLayer().getHeight());
        WindowPreset before = window();
        robot.moveTo(viewport).press(MouseButton.PRIMARY).moveBy(80, 40).release(MouseButton.PRIMARY);
        assertEquals(before, window(), "a left drag leaves the window alone while annotating");

        robot.clickOn("#viewerWindowLevelButton");
        assertTrue(viewport.annotationLayer().isMouseTransparent());
    }

    @Test
    void presetDialog_savesAndOffersNewPreset(FxRobot robot) throws Exception {
        openAndWait(robot, Corpus.SAMPLE_CT);
        Path file = settingsDir.resolve("window-presets.json");
        java.nio.file.Files.deleteIfExists(file);

        robot.clickOn("#viewerPresetsButton");
        robot.clickOn("#presetsAddButton");
        robot.clickOn("#presetsSaveButton");

        WindowPreset added = new WindowPreset("New preset", 40, 400);
        FxTestSupport.waitUntil(() -> java.nio.file.Files.isRegularFile(file));
        assertTrue(view.viewModel().presets().contains(added), "the CT on screen offers the new preset");
        try (DesktopWorkbench restarted = new DesktopWorkbench(new SettingsStore(settingsDir.resolve("settings.json")))) {
            List<WindowPreset> ct = restarted.windowPresets().get("CT");
            assertEquals(9, ct.size());
            assertEquals(new WindowPreset("preset.brain", 40, 80), ct.get(0));
            assertEquals(added, ct.get(8));
        }
        java.nio.file.Files.delete(file);
    }
}
