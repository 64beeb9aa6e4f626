package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;
import org.radassist.review.Annotation;
import org.radassist.review.ImageBounds;
import org.radassist.review.ImageKey;
import org.radassist.review.LineAnnotation;
import org.radassist.review.RectangleAnnotation;
import org.radassist.review.ReviewSession;
import org.radassist.review.ReviewWorkspace;
import org.radassist.review.RoiStatistics;
import org.radassist.review.VerdictKind;
import org.radassist.testsupport.Corpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The review through the real window on the sample CT. The tests draw with the mouse, set verdicts
 * on the demo endpoint's findings, and find everything again after the window is closed and a new
 * one opens on the same data directory.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewFxTest {

    /** Pixel Spacing (0028,0030) of the sample CT, in mm. */
    private static final double SPACING = 0.661468;

    @TempDir
    Path home;

    private Stage stage;
    private MainViewFixture fixture;
    private MainView view;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @Stop
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Shows a new main window, on the primary stage or a new one, with services on the test's directories. */
    private void showWindow(FxRobot robot, boolean newStage) {
        robot.interact(() -> {
            Stage target = newStage ? new Stage() : stage;
            stage = target;
            fixture = MainViewFixture.showWithReviews(target, home);
            view = fixture.view();
        });
    }

    private ReviewSession session() {
        return view.review().model().sessionProperty().get();
    }

    private void openSampleCt(FxRobot robot) throws Exception {
        robot.interact(() -> view.open(Corpus.SAMPLE_CT));
        FxTestSupport.waitUntil(() -> view.viewModel().stateProperty().get() != WorkbenchState.LOADING
                && session() != null);
    }

    /** Returns the screen point of an image point through the viewport's image-to-view transform. */
    private Point2D screen(double imageX, double imageY) {
        ImageViewport viewport = (ImageViewport) view.root().lookup("#viewport");
        Point2D local = viewport.imageToViewProperty().get().transform(imageX, imageY);
        return viewport.localToScreen(local);
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
    }

    @Test
    void annotationsAndVerdicts_surviveNewWindow(FxRobot robot) throws Exception {
        showWindow(robot, false);
        openSampleCt(robot);

        robot.clickOn("#annotate-line");
        drag(robot, screen(100.5, 300.5), screen(160.5, 380.5));
        FxTestSupport.waitUntil(() -> session().annotations().size() == 1);
        LineAnnotation line = assertInstanceOf(LineAnnotation.class, session().annotations().get(0));
        double dx = line.end().x() - line.start().x();
        double dy = line.end().y() - line.start().y();
        assertEquals(Math.hypot(dx * SPACING, dy * SPACING), line.length().value(), 1e-9);
        assertEquals(100 * SPACING, line.length().value(), 2 * SPACING, "about 100 pixels were drawn");

        robot.clickOn("#annotate-rectangle");
        drag(robot, screen(200.5, 250.5), screen(240.5, 280.5));
        FxTestSupport.waitUntil(() -> session().annotations().size() == 2);
        RectangleAnnotation rectangle = assertInstanceOf(RectangleAnnotation.class, session().annotations().get(1));
        assertStatistics(expectedStatistics(rectangle.bounds()), rectangle.statistics());

        robot.clickOn("#annotateUndo");
        FxTestSupport.waitUntil(() -> session().annotations().size() == 1);
        robot.clickOn("#annotateRedo");
        FxTestSupport.waitUntil(() -> session().annotations().size() == 2);

        robot.clickOn("#analyzeButton");
        FxTestSupport.waitUntil(() -> session().findings() != null);
        assertEquals(6, session().findings().findings().size());
        robot.interact(() -> {
            lookup(ToggleButton.class, "#verdict-diagnosis-agree").fire();
            lookup(ToggleButton.class, "#verdict-finding-0-agree").fire();
            lookup(ToggleButton.class, "#verdict-finding-1-disagree").fire();
            lookup(ToggleButton.class, "#verdict-finding-2-edit").fire();
            lookup(TextField.class, "#verdict-finding-2-text").setText("Small left pleural effusion.");
            lookup(TextArea.class, "#reviewNote").setText("One finding corrected.");
        });
        FxTestSupport.waitUntil(() -> "One finding corrected.".equals(session().overallNote()));
        ReviewSession before = session();
        assertEquals(VerdictKind.EDITED, before.verdicts().finding(2).kind());
        assertEquals("Small left pleural effusion.", before.verdicts().finding(2).correctedText());
        List<Annotation> annotations = before.annotations();

        robot.interact(() -> stage.close());
        Path sessionFile = ReviewWorkspace.in(home.resolve("data"), home.resolve("config")).sessions()
                .fileFor(ImageKey.of(Corpus.SAMPLE_CT, 0));
        assertTrue(Files.isRegularFile(sessionFile), "closing the window saved " + sessionFile);
        robot.interact(fixture::close);

        showWindow(robot, true);
        openSampleCt(robot);

        assertEquals(before, session());
        assertEquals(annotations, session().annotations());
        assertTrue(lookup(ToggleButton.class, "#verdict-diagnosis-agree").isSelected());
        assertTrue(lookup(ToggleButton.class, "#verdict-finding-0-agree").isSelected());
        assertTrue(lookup(ToggleButton.class, "#verdict-finding-1-disagree").isSelected());
        assertTrue(lookup(ToggleButton.class, "#verdict-finding-2-edit").isSelected());
        assertEquals("Small left pleural effusion.", lookup(TextField.class, "#verdict-finding-2-text").getText());
        assertEquals("One finding corrected.", lookup(TextArea.class, "#reviewNote").getText());
        assertEquals("No acute abnormality", lookup(Label.class, "#diagnosisLabel").getText());
        assertEquals(2, lookup(ImageViewport.class, "#viewport").annotationLayer().getChildren().stream()
                .map(node -> node.getUserData()).distinct().count());
    }

    @Test
    void selectDeleteUndo_withKeyboard(FxRobot robot) throws Exception {
        showWindow(robot, false);
        openSampleCt(robot);
        robot.clickOn("#annotate-arrow");
        drag(robot, screen(150.5, 150.5), screen(250.5, 150.5));
        FxTestSupport.waitUntil(() -> session().annotations().size() == 1);

        robot.clickOn("#annotate-select");
        robot.clickOn(screen(200.5, 150.5));
        FxTestSupport.waitUntil(() -> view.review().layer().selectedIdProperty().get() != null);
        robot.type(KeyCode.DELETE);
        FxTestSupport.waitUntil(() -> session().annotations().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        FxTestSupport.waitUntil(() -> session().annotations().size() == 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> session().annotations().isEmpty());
    }

    @Test
    void damagedSessionFile_keptAsideAndReported(FxRobot robot) throws Exception {
        Path sessionFile = ReviewWorkspace.in(home.resolve("data"), home.resolve("config")).sessions()
                .fileFor(ImageKey.of(Corpus.SAMPLE_CT, 0));
        Files.createDirectories(sessionFile.getParent());
        Files.writeString(sessionFile, "{\"schemaVersion\": 1, \"session\": ");
        showWindow(robot, false);

        openSampleCt(robot);

        Label message = lookup(Label.class, "#reviewMessage");
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains(".damaged-"), message.getText());
        try (Stream<Path> files = Files.list(sessionFile.getParent())) {
            assertEquals(1, files.filter(file -> file.getFileName().toString().contains(".damaged-")).count());
        }
        assertTrue(session().annotations().isEmpty());
    }

    @Test
    void exportPdf_hiddenIdentifiersLeftOut(FxRobot robot) throws Exception {
        showWindow(robot, false);
        openSampleCt(robot);
        Path sessionFile = ReviewWorkspace.in(home.resolve("data"), home.resolve("config")).sessions()
                .fileFor(ImageKey.of(Corpus.SAMPLE_CT, 0));
        assertFalse(Files.exists(sessionFile), "viewing alone saves no session");
        robot.clickOn("#annotate-ellipse");
        drag(robot, screen(220.5, 230.5), screen(280.5, 270.5));
        FxTestSupport.waitUntil(() -> session().annotations().size() == 1);
        Path pdf = home.resolve("report.pdf");

        robot.interact(() -> {
            view.viewModel().hideIdentifiersProperty().set(true);
            view.review().export().export(pdf);
        });
        FxTestSupport.waitUntil(() -> lookup(Label.class, "#exportMessage").getText().contains("report.pdf"));
        // The result shows beside the export button, not at the top of the review pane.
        assertSame(lookup(Label.class, "#exportMessage").getParent(), view.root().lookup("#exportReportButton").getParent());

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(FxTestSupport.ENGLISH.get("findings.caution")), text);
        assertTrue(text.contains("Ellipse: mean"), text);
        assertFalse(text.contains("CompressedSamples"), text);
        assertFalse(text.contains("1CT1"), text);
        robot.interact(() -> view.review().model().flush());
        assertTrue(Files.isRegularFile(sessionFile), "the ellipse was saved");
    }

    private <T> T lookup(Class<T> type, String query) {
        T node = type.cast(view.root().lookup(query));
        assertNotNull(node, query);
        return node;
    }

    /** Mean, sample standard deviation, min and max of HU over pixels whose centre is in the bounds. */
    private static double[] expectedStatistics(ImageBounds bounds) throws Exception {
        DicomFile file = DicomFile.read(Corpus.SAMPLE_CT);
        Attributes dataSet = file.dataSet();
        int[] stored = file.pixelData().readFrame(0);
        double slope = dataSet.getDouble(Tag.RescaleSlope, 1);
        double intercept = dataSet.getDouble(Tag.RescaleIntercept, 0);
        int padding = dataSet.getInt(Tag.PixelPaddingValue, Integer.MIN_VALUE);
        int columns = dataSet.getInt(Tag.Columns, 0);
        double sum = 0;
        double sumOfSquares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long count = 0;
        for (int row = 0; row < dataSet.getInt(Tag.Rows, 0); row++) {
            for (int column = 0; column < columns; column++) {
                double centreX = column + 0.5;
                double centreY = row + 0.5;
                int value = stored[row * columns + column];
                if (centreX < bounds.x() || centreX >= bounds.maxX() || centreY < bounds.y() || centreY >= bounds.maxY()
                        || value == padding) {
                    continue;
                }
                double hu = value * slope + intercept;
                sum += hu;
                sumOfSquares += hu * hu;
                min = Math.min(min, hu);
                max = Math.max(max, hu);
                count++;
            }
        }
        double mean = sum / count;
        double variance = (sumOfSquares - count * mean * mean) / (count - 1);
        return new double[] {count, mean, Math.sqrt(variance), min, max};
    }

    private static void assertStatistics(double[] expected, RoiStatistics actual) {
        assertNotNull(actual, "the rectangle has statistics");
        assertEquals((long) expected[0], actual.pixelCount());
        assertEquals(expected[1], actual.mean(), 1e-6);
        assertEquals(expected[2], actual.standardDeviation(), 1e-6);
        assertEquals(expected[3], actual.min(), 0);
        assertEquals(expected[4], actual.max(), 0);
        assertEquals(expected[0] * SPACING * SPACING, actual.area(), 1e-9);
        assertEquals("HU", actual.valueUnit());
    }
}
