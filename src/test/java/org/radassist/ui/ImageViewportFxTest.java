package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewport alone in a window, on Monocle: pixel exactness of the L22 checkerboard at 1:1 and
 * zoomed in at render scales 1 to 2, the image-to-view transform under rotation and flip, and the
 * texture size fallback.
 */
@ExtendWith(ApplicationExtension.class)
class ImageViewportFxTest {

    private Stage stage;
    private ImageViewport viewport;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewport = new ImageViewport();
        stage.setScene(new Scene(new StackPane(viewport), 401, 333));
        stage.show();
    }

    /**
     * Returns to render scale 1. Monocle's headless screen keeps a scale-1 frame buffer, so its
     * painter logs a BufferOverflowException while a larger render scale is set. The scene graph
     * and the viewport's samples, which these tests read, are unaffected.
     */
    @Stop
    void stop() {
        stage.setRenderScaleX(1);
        stage.setRenderScaleY(1);
    }

    private static DisplayPixels read(java.nio.file.Path file) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        return DisplayPixels.from(image);
    }

    private void show(FxRobot robot, DisplayPixels pixels, double renderScale) {
        robot.interact(() -> {
            stage.setRenderScaleX(renderScale);
            stage.setRenderScaleY(renderScale);
            viewport.setPixels(pixels);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ImageView imageView() {
        return (ImageView) viewport.lookup("#imageView");
    }

    /** Returns the grey levels of the shown samples, one per device pixel when the step is 1. */
    private static int[][] samples(Image image) {
        PixelReader reader = image.getPixelReader();
        int[][] grey = new int[(int) image.getHeight()][(int) image.getWidth()];
        for (int y = 0; y < grey.length; y++) {
            for (int x = 0; x < grey[y].length; x++) {
                grey[y][x] = reader.getArgb(x, y) & 0xFF;
            }
        }
        return grey;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1.25, 1.5, 2})
    void actualSize_checkerboardPixelForDevicePixel(double renderScale, FxRobot robot) throws Exception {
        show(robot, read(StubWorkbenchService.CHECKER_PNG), renderScale);
        robot.interact(viewport::actualSize);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(renderScale, stage.getRenderScaleX(), "the render scale took effect");
        assertEquals(1.0, viewport.scaleProperty().get());
        ImageView view = imageView();
        Image image = view.getImage();
        assertNotNull(image);
        assertEquals(image.getWidth(), view.getFitWidth() * renderScale, 1e-9, "one sample per device pixel");
        assertEquals(image.getHeight(), view.getFitHeight() * renderScale, 1e-9);
        Point2D origin = viewport.localToDevice(view.getLayoutX(), view.getLayoutY());
        assertEquals(Math.rint(origin.getX()), origin.getX(), 1e-6, "the image starts on a whole device pixel");
        assertEquals(Math.rint(origin.getY()), origin.getY(), 1e-6);

        int[][] grey = samples(image);
        for (int y = 0; y < grey.length; y++) {
            for (int x = 0; x < grey[y].length; x++) {
                assertTrue(grey[y][x] == 0 || grey[y][x] == 255, "pure black or white at " + x + "," + y);
                if (x > 0) {
                    assertEquals(255, grey[y][x] + grey[y][x - 1], "columns alternate at " + x + "," + y);
                }
                if (y > 0) {
                    assertEquals(255, grey[y][x] + grey[y - 1][x], "rows alternate at " + x + "," + y);
                }
            }
        }

        // Drawing the scene graph at the render scale puts the samples onto device pixels unchanged.
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(renderScale, renderScale));
        WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(parameters, null)).get();
        TreeSet<Integer> levels = new TreeSet<>();
        for (int[] row : samples(snapshot)) {
            for (int level : row) {
                levels.add(level);
            }
        }
        assertEquals(new TreeSet<>(List.of(0, 255)), levels);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.25, 1.5, 2})
    void zoomedIn_nearestNeighbourBlocks(double renderScale, FxRobot robot) throws Exception {
        show(robot, read(StubWorkbenchService.CHECKER_PNG), renderScale);
        robot.interact(() -> {
            viewport.actualSize();
            viewport.layout();
            viewport.zoomAt(4, viewport.getWidth() / 2, viewport.getHeight() / 2);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(4.0, viewport.scaleProperty().get());
        int[][] grey = samples(imageView().getImage());
        DeviceTransform transform = viewport.deviceTransform();
        Point2D origin = viewport.localToDevice(imageView().getLayoutX(), imageView().getLayoutY());
        for (int y = 0; y < grey.length; y++) {
            for (int x = 0; x < grey[y].length; x++) {
                double deviceX = Math.rint(origin.getX()) + x + 0.5;
                double deviceY = Math.rint(origin.getY()) + y + 0.5;
                int column = (int) Math.floor(transform.imageX(deviceX, deviceY));
                int row = (int) Math.floor(transform.imageY(deviceX, deviceY));
                int expected = ((column + row) % 2 == 0) == (checkerAt00() == 0) ? 0 : 255;
                assertEquals(expected, grey[y][x], "device pixel " + x + "," + y);
            }
        }
    }

    private int checkerAt00() {
        return viewport.pixels().argb()[0] & 0xFF;
    }

    @Test
    void rotateAndFlip_imageToViewMapsCorners(FxRobot robot) throws Exception {
        DisplayPixels chest = read(StubWorkbenchService.CHEST_XRAY_PNG);
        // A viewport larger than the image enlarges it, so the sample at each pixel centre is that pixel.
        robot.interact(() -> {
            stage.setWidth(720);
            stage.setHeight(700);
        });
        show(robot, chest, 1);
        assertTrue(viewport.scaleProperty().get() > 1, "scale " + viewport.scaleProperty().get());

        robot.interact(viewport::rotateRight);
        WaitForAsyncUtils.waitForFxEvents();
        Transform rotated = viewport.imageToViewProperty().get();
        ImageView view = imageView();
        double left = view.getLayoutX();
        double top = view.getLayoutY();
        double right = left + view.getFitWidth();
        double bottom = top + view.getFitHeight();
        assertEquals(new Point2D(right, top), rotated.transform(0, 0), "the top-left corner turns to the top right");
        assertEquals(new Point2D(left, bottom), rotated.transform(512, 512));
        assertShownPixelsMatch(chest, rotated);

        robot.interact(viewport::flipHorizontal);
        WaitForAsyncUtils.waitForFxEvents();
        Transform flipped = viewport.imageToViewProperty().get();
        assertEquals(new Point2D(left, top), flipped.transform(0, 0), "mirrored, it comes to the top left");
        assertEquals(new Point2D(right, bottom), flipped.transform(512, 512));
        assertShownPixelsMatch(chest, flipped);

        robot.interact(viewport::reset);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Point2D(left, top), viewport.imageToViewProperty().get().transform(0, 0));
    }

    /** Checks a grid of image pixels: the shown sample at the centre of each is that pixel's value. */
    private void assertShownPixelsMatch(DisplayPixels source, Transform imageToView) {
        ImageView view = imageView();
        PixelReader reader = view.getImage().getPixelReader();
        double samplesPerLocal = view.getImage().getWidth() / view.getFitWidth();
        for (int row = 5; row < 512; row += 37) {
            for (int column = 3; column < 512; column += 41) {
                Point2D local = imageToView.transform(column + 0.5, row + 0.5);
                int x = (int) Math.floor((local.getX() - view.getLayoutX()) * samplesPerLocal);
                int y = (int) Math.floor((local.getY() - view.getLayoutY()) * samplesPerLocal);
                assertEquals(source.argb()[row * 512 + column], reader.getArgb(x, y), "image pixel " + column + "," + row);
            }
        }
    }

    @Test
    void textureLimit_showsWideImageDownsampled(FxRobot robot) {
        int[] ramp = new int[10000 * 300];
        for (int i = 0; i < ramp.length; i++) {
            int level = (i % 10000) * 255 / 9999;
            ramp[i] = 0xFF000000 | level * 0x010101;
        }
        robot.interact(() -> {
            stage.setWidth(1400);
            viewport.setMaxTextureSize(256);
        });
        show(robot, new DisplayPixels(10000, 300, ramp), 1);

        Image fitted = imageView().getImage();
        assertNotNull(fitted);
        assertTrue(fitted.getWidth() <= 256, "fitted width " + fitted.getWidth());
        assertEquals(viewport.getWidth(), imageView().getFitWidth(), 4.0, "the fitted image spans the viewport");

        robot.interact(viewport::actualSize);
        WaitForAsyncUtils.waitForFxEvents();
        Image actual = imageView().getImage();
        assertNotNull(actual);
        assertTrue(actual.getWidth() <= 256, "1:1 block width " + actual.getWidth());
        assertTrue(actual.getHeight() <= 256, "1:1 block height " + actual.getHeight());
        assertEquals(1.0, viewport.scaleProperty().get());
    }
}
