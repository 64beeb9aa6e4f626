package org.radassist.ui;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;
import javafx.stage.Window;

/**
 * Shows one image with zoom, pan, rotation, flip and inversion, and an annotation layer on top.
 *
 * <p>The viewport resamples the image itself, nearest neighbour, into the device pixels it covers
 * (logical size times the window's render scale), and the {@link ImageView} then draws it one
 * sample per device pixel. Scaling in the ImageView instead blurs a one-pixel checkerboard to
 * grey: the software pipeline interpolates even with {@code smooth} off, and fractional HiDPI
 * scales such as 1.25 do the same on the GPU pipelines. Only the visible part is sampled, and a
 * visible part wider or taller than {@link #maxTextureSize()} is sampled at a coarser step so no
 * texture exceeds the graphics card's limit. The inner ImageView has the id {@code imageView}.
 *
 * <p>Contract for layers drawn over the image: {@link #imageToViewProperty()} maps image
 * coordinates (origin at the top-left corner of pixel (0, 0), x to the right along a row, y down
 * the columns) to this node's local coordinates, including zoom, pan, rotation and flip.
 * {@link #annotationLayer()} is a transparent pane of the viewport's size above the image; it is
 * mouse-transparent unless {@link #toolProperty()} is {@link ViewerTool#ANNOTATE}.
 */
public class ImageViewport extends Region {

    /**
     * Largest texture side assumed, which Direct3D 11 requires of every feature level 11 card; the
     * system property {@code prism.maxTextureSize} overrides it.
     * NOTE: Prism's real limit is internal API and is not queried.
     */
    public static final int DEFAULT_MAX_TEXTURE_SIZE = 8192;

    private final ImageView imageView = new ImageView();
    private final Pane annotationLayer = new Pane();
    private final Rectangle clip = new Rectangle();
    private final ChangeListener<Number> renderScaleListener = (observable, old, scale) -> requestLayout();

    private final ObjectProperty<ViewerTool> tool = new SimpleObjectProperty<>(this, "tool", ViewerTool.WINDOW_LEVEL);
    private final ReadOnlyObjectWrapper<Transform> imageToView = new ReadOnlyObjectWrapper<>(this, "imageToView", new Affine());
    private final ObjectProperty<ViewGeometry> geometry = new SimpleObjectProperty<>(this, "geometry", ViewGeometry.FIT);
    private final BooleanProperty invert = new SimpleBooleanProperty(this, "invert");
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);

    private int maxTextureSize = Integer.getInteger("prism.maxTextureSize", DEFAULT_MAX_TEXTURE_SIZE);
    private DisplayPixels source;
    private DeviceTransform deviceTransform;
    private int deviceWidth;
    private int deviceHeight;
    /** What the image view shows now, so layout passes without a change sample nothing. */
    private Object shownKey;

    public ImageViewport() {
        imageView.setId("imageView");
        imageView.setSmooth(false);
        imageView.setManaged(false);
        annotationLayer.setId("annotationLayer");
        annotationLayer.setManaged(false);
        annotationLayer.setPickOnBounds(true);
        annotationLayer.mouseTransparentProperty().bind(tool.isNotEqualTo(ViewerTool.ANNOTATE));
        getChildren().addAll(imageView, annotationLayer);
        getStyleClass().add("image-viewport");
        setMinSize(0, 0);
        setClip(clip);
        geometry.addListener((observable, old, value) -> requestLayout());
        invert.addListener((observable, old, value) -> requestLayout());
        localToSceneTransformProperty().addListener((observable, old, value) -> requestLayout());
        sceneProperty().addListener((observable, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> watchRenderScale(oldWindow, window));
                watchRenderScale(null, scene.getWindow());
            }
        });
    }

    /**
     * Shows the pixels, or nothing for {@code null}, keeping zoom, pan, rotation and flip. Call on
     * the JavaFX thread.
     */
    public void setPixels(DisplayPixels pixels) {
        source = pixels;
        shownKey = null;
        if (pixels == null) {
            imageView.setImage(null);
        }
        requestLayout();
    }

    public DisplayPixels pixels() {
        return source;
    }

    /** The tool for left-button drags; {@link ViewerTool#ANNOTATE} hands the mouse to the annotation layer. */
    public ObjectProperty<ViewerTool> toolProperty() {
        return tool;
    }

    /**
     * The transform from image coordinates (origin at the top-left corner of pixel (0, 0)) to this
     * node's local coordinates; a new value is set whenever zoom, pan, rotation, flip, size or the
     * image size changes.
     */
    public ReadOnlyObjectProperty<Transform> imageToViewProperty() {
        return imageToView.getReadOnlyProperty();
    }

    /** A transparent pane of the viewport's size above the image, for annotations. */
    public Pane annotationLayer() {
        return annotationLayer;
    }

    /** Zoom, pan, rotation and flip. */
    public ObjectProperty<ViewGeometry> geometryProperty() {
        return geometry;
    }

    /** Whether the image shows as a negative. */
    public BooleanProperty invertProperty() {
        return invert;
    }

    /** Device pixels per image pixel as shown now; 1 is 1:1, that is 100 %. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public int maxTextureSize() {
        return maxTextureSize;
    }

    /** Sets the largest texture side the viewport creates; tests lower it to exercise the fallback. */
    public void setMaxTextureSize(int size) {
        if (size < 16) {
            throw new IllegalArgumentException("texture size limit too small: " + size);
        }
        maxTextureSize = size;
        shownKey = null;
        requestLayout();
    }

    /** Returns the current image-to-device mapping, or null before an image is laid out. */
    public DeviceTransform deviceTransform() {
        return deviceTransform;
    }

    /** Returns the viewport's width in device pixels. */
    public int deviceWidth() {
        return deviceWidth;
    }

    public int deviceHeight() {
        return deviceHeight;
    }

    /** Converts a local point to device pixels of this viewport. */
    public Point2D localToDevice(double x, double y) {
        return new Point2D(x * renderScale(true) + deviceOffset(true), y * renderScale(false) + deviceOffset(false));
    }

    /** Shows the whole image, keeping rotation and flip. */
    public void fit() {
        geometry.set(geometry.get().fitted());
    }

    /** Shows one image pixel per device pixel around the image point at the viewport centre. */
    public void actualSize() {
        zoomToScaleAtCentre(1);
    }

    /** Multiplies the zoom by {@code factor} around a local point, for example the mouse position. */
    public void zoomAt(double factor, double x, double y) {
        if (deviceTransform == null) {
            return;
        }
        Point2D device = localToDevice(x, y);
        geometry.set(geometry.get().zoomAt(deviceTransform, deviceWidth, deviceHeight,
                deviceTransform.scale() * factor, device.getX(), device.getY()));
    }

    /** Moves the image by a local distance. */
    public void panBy(double dx, double dy) {
        if (deviceTransform == null) {
            return;
        }
        geometry.set(geometry.get().panBy(deviceTransform, deviceWidth, deviceHeight,
                dx * renderScale(true), dy * renderScale(false)));
    }

    public void rotateLeft() {
        geometry.set(geometry.get().withOrientation(geometry.get().orientation().rotateLeft()));
    }

    public void rotateRight() {
        geometry.set(geometry.get().withOrientation(geometry.get().orientation().rotateRight()));
    }

    public void flipHorizontal() {
        geometry.set(geometry.get().withOrientation(geometry.get().orientation().flipHorizontal()));
    }

    public void flipVertical() {
        geometry.set(geometry.get().withOrientation(geometry.get().orientation().flipVertical()));
    }

    /** Returns to the fitted, unturned, unmirrored and not inverted image. */
    public void reset() {
        geometry.set(ViewGeometry.FIT);
        invert.set(false);
    }

    private void zoomToScaleAtCentre(double newScale) {
        if (deviceTransform == null) {
            return;
        }
        geometry.set(geometry.get().scaledAtCenter(deviceTransform, deviceWidth, deviceHeight, newScale));
    }

    /**
     * Resamples a display image to {@code width × height} by nearest neighbour: each target pixel
     * takes the source pixel under its centre, so no new grey levels or colours appear.
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
        double width = getWidth();
        double height = getHeight();
        clip.setWidth(width);
        clip.setHeight(height);
        annotationLayer.resizeRelocate(0, 0, width, height);
        double scaleX = renderScale(true);
        double scaleY = renderScale(false);
        deviceWidth = (int) Math.floor(width * scaleX);
        deviceHeight = (int) Math.floor(height * scaleY);
        if (source == null || deviceWidth < 1 || deviceHeight < 1) {
            imageView.setImage(null);
            shownKey = null;
            return;
        }

        DeviceTransform transform = geometry.get().deviceTransform(source.width(), source.height(),
                deviceWidth, deviceHeight);
        double offsetX = deviceOffset(true);
        double offsetY = deviceOffset(false);
        deviceTransform = transform;
        scale.set(transform.scale());
        Orientation o = transform.orientation();
        double s = transform.scale();
        Affine mapping = new Affine(s * o.xx() / scaleX, s * o.xy() / scaleX, (transform.tx() - offsetX) / scaleX,
                s * o.yx() / scaleY, s * o.yy() / scaleY, (transform.ty() - offsetY) / scaleY);
        if (!sameMapping(mapping, imageToView.get())) {
            imageToView.set(mapping);
        }

        ShownKey key = new ShownKey(source, transform, deviceWidth, deviceHeight, invert.get(), maxTextureSize);
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        DeviceSampling.Sampled sampled = DeviceSampling.sample(source, transform, deviceWidth, deviceHeight,
                maxTextureSize, invert.get());
        if (sampled == null) {
            imageView.setImage(null);
            return;
        }
        imageView.setImage(toImage(sampled));
        imageView.setFitWidth(sampled.width() * sampled.step() / scaleX);
        imageView.setFitHeight(sampled.height() * sampled.step() / scaleY);
        imageView.relocate((sampled.deviceX() - offsetX) / scaleX, (sampled.deviceY() - offsetY) / scaleY);
    }

    private static boolean sameMapping(Transform a, Transform b) {
        return a.getMxx() == b.getMxx() && a.getMxy() == b.getMxy() && a.getTx() == b.getTx()
                && a.getMyx() == b.getMyx() && a.getMyy() == b.getMyy() && a.getTy() == b.getTy();
    }

    /** Copies a sampled block into a JavaFX image, reusing the shown image when its size matches. */
    private WritableImage toImage(DeviceSampling.Sampled sampled) {
        WritableImage image = imageView.getImage() instanceof WritableImage shown
                && shown.getWidth() == sampled.width() && shown.getHeight() == sampled.height()
                ? shown : new WritableImage(sampled.width(), sampled.height());
        image.getPixelWriter().setPixels(0, 0, sampled.width(), sampled.height(),
                PixelFormat.getIntArgbPreInstance(), sampled.argb(), 0, sampled.width());
        return image;
    }

    /** Copies packed ARGB pixels into a JavaFX image, without the javafx-swing module. */
    public static WritableImage toImage(DisplayPixels pixels) {
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(),
                PixelFormat.getIntArgbInstance(), pixels.argb(), 0, pixels.width());
        return image;
    }

    /**
     * Returns how far into a device pixel this node's origin lies, so the image can start on a
     * whole device pixel of the window even when the layout places the viewport between two.
     */
    private double deviceOffset(boolean horizontal) {
        if (getScene() == null) {
            return 0;
        }
        Point2D origin = localToScene(0, 0);
        double device = (horizontal ? origin.getX() : origin.getY()) * renderScale(horizontal);
        return device - Math.floor(device + 1e-6);
    }

    private double renderScale(boolean horizontal) {
        Window window = getScene() == null ? null : getScene().getWindow();
        if (window == null) {
            return 1;
        }
        double renderScale = horizontal ? window.getRenderScaleX() : window.getRenderScaleY();
        return renderScale > 0 ? renderScale : 1;
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

    /** Everything that decides the shown samples. */
    private record ShownKey(DisplayPixels source, DeviceTransform transform, int deviceWidth, int deviceHeight,
            boolean invert, int maxTextureSize) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ShownKey key && key.source == source && key.transform.equals(transform)
                    && key.deviceWidth == deviceWidth && key.deviceHeight == deviceHeight && key.invert == invert
                    && key.maxTextureSize == maxTextureSize;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(source), transform, deviceWidth, deviceHeight, invert);
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
