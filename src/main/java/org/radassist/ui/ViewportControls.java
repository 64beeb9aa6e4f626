package org.radassist.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse, touch and keyboard handling of the image viewport. A left drag applies the current
 * {@link ViewerTool}; a middle drag or Shift+left drag pans and a right drag zooms whatever the
 * tool. Ctrl+wheel and pinch zoom around the pointer; the plain wheel stays with the slice
 * navigation of the image area. Keys work while the image area has the focus.
 */
final class ViewportControls {

    /** Zoom factor per wheel notch (40 pixels of scroll delta on desktop JavaFX). */
    static final double WHEEL_ZOOM_STEP = 1.1;
    /** Zoom factor of the + and - keys. */
    static final double KEY_ZOOM_STEP = 1.25;
    /** Window units per logical pixel of drag, as a share of the image's value range. */
    static final double WINDOW_DRAG_SHARE = 1.0 / 1024;

    private final ImageViewport viewport;
    private final ImageDisplay display;
    private final SeriesNavigation navigation;
    private final ViewerState state;
    private final CinePlayer cine;

    private Drag drag = Drag.NONE;
    private double startX;
    private double startY;
    private double lastX;
    private double lastY;
    private WindowPreset startWindow;

    private enum Drag { NONE, WINDOW_LEVEL, PAN, ZOOM }

    ViewportControls(ImageViewport viewport, Node imageArea, ImageDisplay display, SeriesNavigation navigation,
            ViewerState state, CinePlayer cine) {
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.display = Objects.requireNonNull(display, "display");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.state = Objects.requireNonNull(state, "state");
        this.cine = Objects.requireNonNull(cine, "cine");
        viewport.toolProperty().bind(state.toolProperty());
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            imageArea.requestFocus();
            pressed(event);
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> drag = Drag.NONE);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventHandler(ZoomEvent.ZOOM, event -> {
            viewport.zoomAt(event.getZoomFactor(), event.getX(), event.getY());
            event.consume();
        });
        imageArea.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent event) {
        drag = dragFor(event);
        startX = event.getX();
        startY = event.getY();
        lastX = startX;
        lastY = startY;
        startWindow = display.currentWindow();
        if (drag != Drag.NONE) {
            event.consume();
        }
    }

    private Drag dragFor(MouseEvent event) {
        MouseButton button = event.getButton();
        if (button == MouseButton.MIDDLE || (button == MouseButton.PRIMARY && event.isShiftDown())) {
            return Drag.PAN;
        }
        if (button == MouseButton.SECONDARY) {
            return Drag.ZOOM;
        }
        if (button != MouseButton.PRIMARY) {
            return Drag.NONE;
        }
        return switch (state.toolProperty().get()) {
            case WINDOW_LEVEL -> Drag.WINDOW_LEVEL;
            case PAN -> Drag.PAN;
            case ZOOM -> Drag.ZOOM;
            case ANNOTATE -> Drag.NONE;
        };
    }

    private void dragged(MouseEvent event) {
        double x = event.getX();
        double y = event.getY();
        switch (drag) {
            case WINDOW_LEVEL -> dragWindow(x - startX, y - startY);
            case PAN -> viewport.panBy(x - lastX, y - lastY);
            case ZOOM -> viewport.zoomAt(Math.exp((lastY - y) / 100), startX, startY);
            case NONE -> {
                return;
            }
        }
        lastX = x;
        lastY = y;
        event.consume();
    }

    /** Moving right widens the window, moving down raises its center, both in modality units. */
    private void dragWindow(double dx, double dy) {
        if (startWindow == null || display.imageProperty().get() == null) {
            return;
        }
        double unitsPerPixel = windowUnitsPerPixel(display.imageProperty().get().details());
        display.setWindow(startWindow.center() + dy * unitsPerPixel, startWindow.width() + dx * unitsPerPixel);
    }

    /** Returns the window change per logical pixel of drag: 1/1024 of the value range, at least 0.5 units. */
    static double windowUnitsPerPixel(ImageDetails details) {
        double range = details.maxValue() - details.minValue();
        if (!Double.isFinite(range)) {
            return 1;
        }
        return Math.max(0.5, range * WINDOW_DRAG_SHARE);
    }

    private void scrolled(ScrollEvent event) {
        if (!event.isControlDown() && !event.isShortcutDown()) {
            return;
        }
        double notches = event.getDeltaY() / 40;
        if (notches != 0) {
            viewport.zoomAt(Math.pow(WHEEL_ZOOM_STEP, notches), event.getX(), event.getY());
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (event.isControlDown() || event.isShortcutDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        if (!handleKey(event.getCode())) {
            return;
        }
        event.consume();
    }

    /** Runs the action of a key; returns false when the key has none here. */
    boolean handleKey(KeyCode code) {
        switch (code) {
            case F -> viewport.fit();
            case DIGIT1, NUMPAD1 -> viewport.actualSize();
            case I -> viewport.invertProperty().set(!viewport.invertProperty().get());
            case R -> reset();
            case H -> viewport.flipHorizontal();
            case V -> viewport.flipVertical();
            case OPEN_BRACKET -> viewport.rotateLeft();
            case CLOSE_BRACKET -> viewport.rotateRight();
            case PLUS, EQUALS, ADD -> zoomAtCentre(KEY_ZOOM_STEP);
            case MINUS, SUBTRACT -> zoomAtCentre(1 / KEY_ZOOM_STEP);
            case SPACE -> cine.toggle();
            case LEFT -> navigation.step(-1);
            case RIGHT -> navigation.step(1);
            case W -> state.toolProperty().set(ViewerTool.WINDOW_LEVEL);
            case P -> state.toolProperty().set(ViewerTool.PAN);
            case Z -> state.toolProperty().set(ViewerTool.ZOOM);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Fits the image, clears rotation, flip and inversion and returns to the image's default window. */
    void reset() {
        viewport.reset();
        OpenedImage image = display.imageProperty().get();
        if (image != null && image.defaultPreset() != null) {
            display.selectedPresetProperty().set(image.defaultPreset());
        }
    }

    private void zoomAtCentre(double factor) {
        viewport.zoomAt(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }
}
