package org.radassist.review.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.radassist.review.Annotation;
import org.radassist.review.ArrowAnnotation;
import org.radassist.review.EllipseAnnotation;
import org.radassist.review.ImageBounds;
import org.radassist.review.ImagePoint;
import org.radassist.review.LineAnnotation;
import org.radassist.review.RectangleAnnotation;
import org.radassist.review.TextAnnotation;

/**
 * Draws annotations with Java2D in image pixel space onto a copy of a rendered image, for the PDF
 * report. Line widths and label sizes grow with the image so they stay readable on large images.
 */
public final class AnnotationPainter {

    static final Color LINE_COLOUR = new Color(255, 214, 0);
    static final Color REGION_COLOUR = new Color(0, 220, 255);
    static final Color TEXT_COLOUR = new Color(255, 255, 255);

    private final MeasurementLabels labels;

    public AnnotationPainter(MeasurementLabels labels) {
        this.labels = labels;
    }

    /** Returns an RGB copy of {@code image} with the annotations and their labels drawn on it. */
    public BufferedImage paint(BufferedImage image, List<Annotation> annotations) {
        BufferedImage canvas = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = canvas.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float lineWidth = Math.max(1.5f, Math.max(image.getWidth(), image.getHeight()) / 300f);
            graphics.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(lineWidth * 7)));
            for (Annotation annotation : annotations) {
                draw(graphics, annotation, lineWidth);
            }
        } finally {
            graphics.dispose();
        }
        return canvas;
    }

    private void draw(Graphics2D graphics, Annotation annotation, float lineWidth) {
        if (annotation instanceof ArrowAnnotation arrow) {
            graphics.setColor(LINE_COLOUR);
            graphics.draw(line(arrow.tail(), arrow.head()));
            graphics.fill(arrowHead(arrow.tail(), arrow.head(), lineWidth * 6));
        } else if (annotation instanceof LineAnnotation line) {
            graphics.setColor(LINE_COLOUR);
            graphics.draw(line(line.start(), line.end()));
            label(graphics, labels.label(line), line.end().x() + lineWidth * 3, line.end().y());
        } else if (annotation instanceof EllipseAnnotation ellipse) {
            ImageBounds bounds = ellipse.bounds();
            graphics.setColor(REGION_COLOUR);
            graphics.draw(new Ellipse2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height()));
            label(graphics, labels.shortStatistics(ellipse.statistics()), bounds.x(), bounds.maxY() + lineWidth * 8);
        } else if (annotation instanceof RectangleAnnotation rectangle) {
            ImageBounds bounds = rectangle.bounds();
            graphics.setColor(REGION_COLOUR);
            graphics.draw(new Rectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height()));
            label(graphics, labels.shortStatistics(rectangle.statistics()), bounds.x(), bounds.maxY() + lineWidth * 8);
        } else if (annotation instanceof TextAnnotation text) {
            graphics.setColor(TEXT_COLOUR);
            label(graphics, text.text(), text.position().x(), text.position().y() + graphics.getFont().getSize());
        }
    }

    private static Line2D line(ImagePoint from, ImagePoint to) {
        return new Line2D.Double(from.x(), from.y(), to.x(), to.y());
    }

    /** Returns a filled triangle at {@code head} pointing away from {@code tail}. */
    static Path2D arrowHead(ImagePoint tail, ImagePoint head, double length) {
        double angle = Math.atan2(head.y() - tail.y(), head.x() - tail.x());
        double spread = Math.toRadians(25);
        Path2D path = new Path2D.Double();
        path.moveTo(head.x(), head.y());
        path.lineTo(head.x() - length * Math.cos(angle - spread), head.y() - length * Math.sin(angle - spread));
        path.lineTo(head.x() - length * Math.cos(angle + spread), head.y() - length * Math.sin(angle + spread));
        path.closePath();
        return path;
    }

    /**
     * Draws text with a dark shadow so it reads on bright and dark tissue alike, moved left where
     * needed so it stays inside the image.
     */
    private static void label(Graphics2D graphics, String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int imageWidth = graphics.getDeviceConfiguration().getBounds().width;
        int textWidth = graphics.getFontMetrics().stringWidth(text);
        x = Math.max(0, Math.min(x, imageWidth - textWidth - 2));
        Color colour = graphics.getColor();
        graphics.setColor(Color.BLACK);
        graphics.drawString(text, (float) x + 1, (float) y + 1);
        graphics.setColor(colour);
        graphics.drawString(text, (float) x, (float) y);
    }
}
