package org.radassist.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Shows one image scaled to fit the region with its aspect ratio kept, centred.
 *
 * <p>The viewport resamples the image itself, nearest neighbour, to the exact number of device
 * pixels it covers (logical size times the window's render scale), and the {@link ImageView}
 * then draws it one image pixel per device pixel. Scaling in the ImageView instead blurs a
 * one-pixel checkerboard to grey: the software pipeline interpolates even with {@code smooth}
 * off, and fractional HiDPI scales such as 1.25 do the same on the GPU pipelines. The inner
 * ImageView has the id {@code imageView}.
 */
public class ImageViewport extends Region {

    private final ImageView imageView = new ImageView();
    private final ChangeListener<Number> renderScaleListener = (observable, old, scale) -> requestLayout();
    private DisplayPixels source;
    private int shownWidth;
    private int shownHeight;

    public ImageViewport() {
        imageView.setId("imageView");
        imageView.setSmooth(false);
        getChildren().add(imageView);
        getStyleClass().add("image-viewport");
        setMinSize(0, 0);
        sceneProperty().addListener((observable, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> watchRenderScale(oldWindow, window));
                watchRenderScale(null, scene.getWindow());
            }
        });
    }

    /** Shows the pixels, or nothing for {@code null}. Call on the JavaFX thread. */
    public void setPixels(DisplayPixels pixels) {
        source = pixels;
        shownWidth = 0;
        shownHeight = 0;
        imageView.setImage(null);
        requestLayout();
    }

    public DisplayPixels pixels() {
        return source;
    }

    /** Copies packed ARGB pixels into a JavaFX image, without the javafx-swing module. */
    public static WritableImage toImage(DisplayPixels pixels) {
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(),
                PixelFormat.getIntArgbInstance(), pixels.argb(), 0, pixels.width());
        return image;
    }

    /**
     * Resamples to {@code width × height} by nearest neighbour: each target pixel takes the source
     * pixel under its centre, so no new grey levels or colours appear.
     */
    public static DisplayPixels resampleNearest(DisplayPixels pixels, int width, int height) {
        if (width == pixels.width() && height == pixels.height()) {
            return pixels;
        }
        int[] sourceColumns = new int[width];
        for (int x = 0; x < width; x++) {
            sourceColumns[x] = (int) Math.min(pixels.width() - 1, ((2L * x + 1) * pixels.width()) / (2L * width));
        }
        int[] target = new int[width * height];
        int[] argb = pixels.argb();
        for (int y = 0; y < height; y++) {
            int sourceRow = (int) Math.min(pixels.height() - 1, ((2L * y + 1) * pixels.height()) / (2L * height));
            int sourceOffset = sourceRow * pixels.width();
            int targetOffset = y * width;
            for (int x = 0; x < width; x++) {
                target[targetOffset + x] = argb[sourceOffset + sourceColumns[x]];
            }
        }
        return new DisplayPixels(width, height, target);
    }

    @Override
    protected void layoutChildren() {
        if (source == null) {
            return;
        }
        Insets insets = getInsets();
        double availableWidth = getWidth() - insets.getLeft() - insets.getRight();
        double availableHeight = getHeight() - insets.getTop() - insets.getBottom();
        if (availableWidth < 1 || availableHeight < 1) {
            return;
        }

        double scaleX = renderScale(true);
        double scaleY = renderScale(false);
        double scale = Math.min(availableWidth * scaleX / source.width(), availableHeight * scaleY / source.height());
        int deviceWidth = Math.max(1, (int) Math.floor(source.width() * scale));
        int deviceHeight = Math.max(1, (int) Math.floor(source.height() * scale));
        if (deviceWidth != shownWidth || deviceHeight != shownHeight) {
            imageView.setImage(toImage(resampleNearest(source, deviceWidth, deviceHeight)));
            shownWidth = deviceWidth;
            shownHeight = deviceHeight;
        }

        double fitWidth = deviceWidth / scaleX;
        double fitHeight = deviceHeight / scaleY;
        imageView.setFitWidth(fitWidth);
        imageView.setFitHeight(fitHeight);
        double x = insets.getLeft() + (availableWidth - fitWidth) / 2;
        double y = insets.getTop() + (availableHeight - fitHeight) / 2;
        imageView.relocate(snapPositionX(x), snapPositionY(y));
    }

    private double renderScale(boolean horizontal) {
        Window window = getScene() == null ? null : getScene().getWindow();
        if (window == null) {
            return 1;
        }
        double scale = horizontal ? window.getRenderScaleX() : window.getRenderScaleY();
        return scale > 0 ? scale : 1;
    }

    private void watchRenderScale(Window oldWindow, Window window) {
        if (oldWindow != null) {
            oldWindow.renderScaleXProperty().removeListener(renderScaleListener);
            oldWindow.renderScaleYProperty().removeListener(renderScaleListener);
        }
        if (window != null) {
            window.renderScaleXProperty().addListener(renderScaleListener);
            window.renderScaleYProperty().addListener(renderScaleListener);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }
}
