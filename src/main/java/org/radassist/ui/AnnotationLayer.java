package org.radassist.ui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;
import org.radassist.review.Annotation;
import org.radassist.review.AnnotationCommand;
import org.radassist.review.ArrowAnnotation;
import org.radassist.review.EllipseAnnotation;
import org.radassist.review.ImageBounds;
import org.radassist.review.ImagePoint;
import org.radassist.review.LineAnnotation;
import org.radassist.review.RectangleAnnotation;
import org.radassist.review.RegionOfInterest;
import org.radassist.review.ReviewSession;
import org.radassist.review.TextAnnotation;
import org.radassist.review.report.MeasurementLabels;
import org.radassist.review.report.ReportMessages;

/**
 * Draws the review session's annotations on {@link ImageViewport#annotationLayer()} and handles
 * the annotation tools: drawing arrows, lines, ellipses, rectangles and text notes; selecting,
 * moving and deleting (Delete key); undo and redo (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z). Mouse points
 * are mapped to image pixel coordinates through the inverse of
 * {@link ImageViewport#imageToViewProperty()}.
 */
final class AnnotationLayer {

    /** A press and release closer than this, in viewport pixels, is a click, not a drawn shape. */
    private static final double MIN_DRAG = 3;
    /** Distance in viewport pixels within which a click selects a line or an arrow. */
    private static final double HIT_TOLERANCE = 6;

    /** The key of each drawing tool; B stands for box, since R resets the view. */
    static final Map<KeyCode, AnnotationTool> TOOL_KEYS = Map.of(
            KeyCode.S, AnnotationTool.SELECT,
            KeyCode.A, AnnotationTool.ARROW,
            KeyCode.L, AnnotationTool.LINE,
            KeyCode.E, AnnotationTool.ELLIPSE,
            KeyCode.B, AnnotationTool.RECTANGLE,
            KeyCode.T, AnnotationTool.TEXT);

    private final ImageViewport viewport;
    private final ReviewSessionModel model;
    private final Localization text;
    private final Pane layer;
    private final AnnotationNodes nodes;
    private final ObjectProperty<AnnotationTool> tool = new SimpleObjectProperty<>(this, "tool", AnnotationTool.SELECT);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");

    private Point2D dragStartView;
    private ImagePoint dragStartImage;
    /** The annotation being drawn or moved, shown in place of the saved one until release. */
    private Annotation preview;
    private Annotation moveOriginal;

    AnnotationLayer(ImageViewport viewport, ReviewSessionModel model, Localization text) {
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.model = Objects.requireNonNull(model, "model");
        this.text = Objects.requireNonNull(text, "text");
        this.layer = viewport.annotationLayer();
        this.nodes = new AnnotationNodes(new MeasurementLabels(new ReportMessages(text.bundle())));

        model.sessionProperty().addListener((observable, old, session) -> {
            if (session == null || selected(session).isEmpty()) {
                selectedId.set(null);
            }
            redraw();
        });
        viewport.imageToViewProperty().addListener((observable, old, transform) -> redraw());
        selectedId.addListener((observable, old, id) -> redraw());
        tool.addListener((observable, old, value) -> selectedId.set(null));

        layer.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        layer.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        layer.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    /** Returns the drawing tool used while the viewer tool is {@link ViewerTool#ANNOTATE}. */
    ObjectProperty<AnnotationTool> toolProperty() {
        return tool;
    }

    /** Returns the id of the selected annotation, or {@code null}. */
    ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /**
     * Handles Delete, Ctrl+Z, Ctrl+Y and the tool keys (S, A, L, E, B, T, Escape); text fields keep
     * these keys for their own editing.
     */
    void handleKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || model.sessionProperty().get() == null) {
            return;
        }
        if (event.isShortcutDown() && (event.getCode() == KeyCode.Y
                || (event.getCode() == KeyCode.Z && event.isShiftDown()))) {
            model.redo();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
            model.undo();
        } else if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)
                && selectedId.get() != null) {
            deleteSelected();
        } else if (!plainKey(event) || !chooseTool(event.getCode())) {
            return;
        }
        event.consume();
    }

    private static boolean plainKey(KeyEvent event) {
        return !event.isShortcutDown() && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()
                && !event.isShiftDown();
    }

    /**
     * Chooses the drawing tool of a key and switches the viewer to annotating; Escape returns to
     * {@link AnnotationTool#SELECT} while annotating. Returns false when the key chooses no tool.
     */
    boolean chooseTool(KeyCode code) {
        AnnotationTool chosen = TOOL_KEYS.get(code);
        if (chosen == null && code == KeyCode.ESCAPE && viewport.toolProperty().get() == ViewerTool.ANNOTATE) {
            chosen = AnnotationTool.SELECT;
        }
        if (chosen == null) {
            return false;
        }
        tool.set(chosen);
        viewport.toolProperty().set(ViewerTool.ANNOTATE);
        return true;
    }

    void deleteSelected() {
        ReviewSession session = model.sessionProperty().get();
        if (session == null) {
            return;
        }
        selected(session).ifPresent(annotation ->
                model.execute(AnnotationCommand.Delete.of(session.annotations(), annotation)));
        selectedId.set(null);
    }

    private void redraw() {
        layer.getChildren().clear();
        ReviewSession session = model.sessionProperty().get();
        Transform imageToView = viewport.imageToViewProperty().get();
        if (session == null || imageToView == null) {
            return;
        }
        for (Annotation annotation : session.annotations()) {
            Annotation shown = preview != null && preview.id().equals(annotation.id()) ? preview : annotation;
            layer.getChildren().addAll(nodes.nodes(shown, imageToView, annotation.id().equals(selectedId.get())));
        }
        if (preview != null && moveOriginal == null) {
            layer.getChildren().addAll(nodes.nodes(preview, imageToView, false));
        }
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || model.sessionProperty().get() == null) {
            return;
        }
        layer.requestFocus();
        dragStartView = new Point2D(event.getX(), event.getY());
        dragStartImage = toImage(event.getX(), event.getY());
        preview = null;
        moveOriginal = null;
        if (tool.get() == AnnotationTool.SELECT && dragStartImage != null) {
            Optional<Annotation> hit = hit(event.getX(), event.getY());
            selectedId.set(hit.map(Annotation::id).orElse(null));
            moveOriginal = hit.orElse(null);
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (dragStartImage == null) {
            return;
        }
        ImagePoint current = toImage(event.getX(), event.getY());
        if (current == null) {
            return;
        }
        if (tool.get() == AnnotationTool.SELECT) {
            if (moveOriginal != null) {
                preview = moveOriginal.translated(current.x() - dragStartImage.x(), current.y() - dragStartImage.y());
            }
        } else {
            preview = shape(dragStartImage, current);
        }
        if (preview != null) {
            preview = model.measurementsProperty().get().measure(preview);
        }
        redraw();
        event.consume();
    }

    private void released(MouseEvent event) {
        if (dragStartImage == null) {
            return;
        }
        boolean dragged = dragStartView.distance(event.getX(), event.getY()) >= MIN_DRAG;
        Annotation result = preview;
        Annotation original = moveOriginal;
        preview = null;
        moveOriginal = null;
        dragStartImage = null;
        if (dragged && result != null) {
            if (original != null) {
                model.execute(new AnnotationCommand.Replace(original, result));
            } else {
                model.execute(new AnnotationCommand.Add(result));
            }
        } else {
            redraw();
        }
        event.consume();
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        ImagePoint point = toImage(event.getX(), event.getY());
        if (point == null) {
            return;
        }
        if (tool.get() == AnnotationTool.TEXT) {
            askText("").ifPresent(note -> model.execute(new AnnotationCommand.Add(
                    new TextAnnotation(Annotation.newId(), point, note))));
        } else if (tool.get() == AnnotationTool.SELECT && event.getClickCount() == 2) {
            hit(event.getX(), event.getY())
                    .filter(TextAnnotation.class::isInstance)
                    .map(TextAnnotation.class::cast)
                    .ifPresent(note -> askText(note.text()).ifPresent(edited ->
                            model.execute(new AnnotationCommand.Replace(note, note.withText(edited)))));
        }
        event.consume();
    }

    private Optional<String> askText(String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(layer.getScene() == null ? null : layer.getScene().getWindow());
        dialog.setTitle(text.get("review.textNote.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(text.get("review.textNote.prompt"));
        return dialog.showAndWait().map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Returns the new annotation of the current drawing tool spanning two image points. */
    private Annotation shape(ImagePoint start, ImagePoint end) {
        String id = preview == null ? Annotation.newId() : preview.id();
        return switch (tool.get()) {
            case ARROW -> new ArrowAnnotation(id, start, end);
            case LINE -> new LineAnnotation(id, start, end, null);
            case ELLIPSE -> new EllipseAnnotation(id, ImageBounds.spanning(start, end), null);
            case RECTANGLE -> new RectangleAnnotation(id, ImageBounds.spanning(start, end), null);
            case SELECT, TEXT -> null;
        };
    }

    /** Returns the topmost annotation at a viewport point: near a line, inside a region or on a text note. */
    private Optional<Annotation> hit(double viewX, double viewY) {
        ReviewSession session = model.sessionProperty().get();
        ImagePoint point = toImage(viewX, viewY);
        if (session == null || point == null) {
            return Optional.empty();
        }
        double tolerance = HIT_TOLERANCE / viewScale();
        for (int i = session.annotations().size() - 1; i >= 0; i--) {
            Annotation annotation = session.annotations().get(i);
            if (hits(annotation, point, tolerance) || hitsText(annotation, viewX, viewY)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    private static boolean hits(Annotation annotation, ImagePoint point, double tolerance) {
        if (annotation instanceof ArrowAnnotation arrow) {
            return segmentDistance(point, arrow.tail(), arrow.head()) <= tolerance;
        }
        if (annotation instanceof LineAnnotation line) {
            return segmentDistance(point, line.start(), line.end()) <= tolerance;
        }
        if (annotation instanceof RegionOfInterest region) {
            ImageBounds bounds = region.bounds();
            return point.x() >= bounds.x() - tolerance && point.x() <= bounds.maxX() + tolerance
                    && point.y() >= bounds.y() - tolerance && point.y() <= bounds.maxY() + tolerance;
        }
        return false;
    }

    private boolean hitsText(Annotation annotation, double viewX, double viewY) {
        if (!(annotation instanceof TextAnnotation)) {
            return false;
        }
        for (Node node : layer.getChildren()) {
            if (annotation.id().equals(node.getUserData()) && node.getBoundsInParent().contains(viewX, viewY)) {
                return true;
            }
        }
        return false;
    }

    static double segmentDistance(ImagePoint point, ImagePoint a, ImagePoint b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((point.x() - a.x()) * dx + (point.y() - a.y()) * dy) / lengthSquared));
        return Math.hypot(point.x() - (a.x() + t * dx), point.y() - (a.y() + t * dy));
    }

    private Optional<Annotation> selected(ReviewSession session) {
        String id = selectedId.get();
        return id == null ? Optional.empty()
                : session.annotations().stream().filter(annotation -> annotation.id().equals(id)).findFirst();
    }

    /** Maps a point of the layer (the viewport's local coordinates) to image coordinates, or null. */
    private ImagePoint toImage(double viewX, double viewY) {
        Transform imageToView = viewport.imageToViewProperty().get();
        if (imageToView == null) {
            return null;
        }
        try {
            Point2D image = imageToView.inverseTransform(viewX, viewY);
            return new ImagePoint(image.getX(), image.getY());
        } catch (NonInvertibleTransformException e) {
            return null;
        }
    }

    /** Viewport pixels per image pixel. */
    private double viewScale() {
        Transform imageToView = viewport.imageToViewProperty().get();
        double scale = imageToView == null ? 1 : Math.hypot(imageToView.getMxx(), imageToView.getMyx());
        return scale > 0 ? scale : 1;
    }
}
