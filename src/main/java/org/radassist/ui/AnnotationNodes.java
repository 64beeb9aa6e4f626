package org.radassist.ui;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import org.radassist.review.Annotation;
import org.radassist.review.ArrowAnnotation;
import org.radassist.review.EllipseAnnotation;
import org.radassist.review.ImageBounds;
import org.radassist.review.ImagePoint;
import org.radassist.review.LineAnnotation;
import org.radassist.review.RectangleAnnotation;
import org.radassist.review.TextAnnotation;
import org.radassist.review.report.MeasurementLabels;

/**
 * Builds the JavaFX nodes of annotations in viewport coordinates: shapes are transformed point by
 * point, so lines keep their width and labels their size at every zoom. Every node is
 * mouse-transparent and carries its annotation's id as user data.
 */
final class AnnotationNodes {

    static final Color LINE_COLOUR = Color.rgb(255, 214, 0);
    static final Color REGION_COLOUR = Color.rgb(0, 220, 255);
    static final Color SELECTED_COLOUR = Color.rgb(255, 120, 0);
    private static final Font LABEL_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);

    private final MeasurementLabels labels;

    AnnotationNodes(MeasurementLabels labels) {
        this.labels = labels;
    }

    List<Node> nodes(Annotation annotation, Transform imageToView, boolean selected) {
        double width = selected ? 2.5 : 1.5;
        List<Node> nodes;
        if (annotation instanceof ArrowAnnotation arrow) {
            Point2D tail = view(imageToView, arrow.tail());
            Point2D head = view(imageToView, arrow.head());
            Color colour = selected ? SELECTED_COLOUR : LINE_COLOUR;
            nodes = List.of(stroke(new Line(tail.getX(), tail.getY(), head.getX(), head.getY()), colour, width),
                    arrowHead(tail, head, colour));
        } else if (annotation instanceof LineAnnotation line) {
            Point2D start = view(imageToView, line.start());
            Point2D end = view(imageToView, line.end());
            Color colour = selected ? SELECTED_COLOUR : LINE_COLOUR;
            nodes = List.of(stroke(new Line(start.getX(), start.getY(), end.getX(), end.getY()), colour, width),
                    label(labels.label(line), end.getX() + 6, end.getY(), colour));
        } else if (annotation instanceof EllipseAnnotation ellipse) {
            ViewBox box = box(imageToView, ellipse.bounds());
            Color colour = selected ? SELECTED_COLOUR : REGION_COLOUR;
            Ellipse shape = new Ellipse(box.centerX(), box.centerY(), box.width() / 2, box.height() / 2);
            nodes = List.of(stroke(shape, colour, width),
                    label(labels.shortStatistics(ellipse.statistics()), box.minX(), box.maxY() + 4, colour));
        } else if (annotation instanceof RectangleAnnotation rectangle) {
            ViewBox box = box(imageToView, rectangle.bounds());
            Color colour = selected ? SELECTED_COLOUR : REGION_COLOUR;
            nodes = List.of(stroke(new Rectangle(box.minX(), box.minY(), box.width(), box.height()), colour, width),
                    label(labels.shortStatistics(rectangle.statistics()), box.minX(), box.maxY() + 4, colour));
        } else {
            TextAnnotation note = (TextAnnotation) annotation;
            Point2D position = view(imageToView, note.position());
            nodes = List.of(label(note.text(), position.getX(), position.getY(), selected ? SELECTED_COLOUR : Color.WHITE));
        }
        for (Node node : nodes) {
            node.setUserData(annotation.id());
            node.setMouseTransparent(true);
        }
        return nodes;
    }

    static Point2D view(Transform imageToView, ImagePoint point) {
        return imageToView.transform(point.x(), point.y());
    }

    /** The view rectangle of image bounds; a quarter-turn rotation keeps it axis-aligned. */
    static ViewBox box(Transform imageToView, ImageBounds bounds) {
        Point2D a = imageToView.transform(bounds.x(), bounds.y());
        Point2D b = imageToView.transform(bounds.maxX(), bounds.maxY());
        return new ViewBox(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
    }

    record ViewBox(double minX, double minY, double width, double height) {
        double maxY() {
            return minY + height;
        }

        double centerX() {
            return minX + width / 2;
        }

        double centerY() {
            return minY + height / 2;
        }
    }

    private static Shape stroke(Shape shape, Color colour, double width) {
        shape.setFill(Color.TRANSPARENT);
        shape.setStroke(colour);
        shape.setStrokeWidth(width);
        return shape;
    }

    private static Polygon arrowHead(Point2D tail, Point2D head, Color colour) {
        double angle = Math.atan2(head.getY() - tail.getY(), head.getX() - tail.getX());
        double length = 12;
        double spread = Math.toRadians(25);
        Polygon polygon = new Polygon(head.getX(), head.getY(),
                head.getX() - length * Math.cos(angle - spread), head.getY() - length * Math.sin(angle - spread),
                head.getX() - length * Math.cos(angle + spread), head.getY() - length * Math.sin(angle + spread));
        polygon.setFill(colour);
        return polygon;
    }

    private static Text label(String content, double x, double y, Color colour) {
        Text label = new Text(x, y, content);
        label.setFont(LABEL_FONT);
        label.setTextOrigin(VPos.TOP);
        label.setFill(colour);
        label.setStroke(Color.BLACK);
        label.setStrokeWidth(0.4);
        return label;
    }
}
