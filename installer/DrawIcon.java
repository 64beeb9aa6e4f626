import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the RadAssist application icon: a dark rounded square with a stylised axial CT slice
 * (body outline, two lungs, spine) and a cyan accent ring.
 *
 * <p>Run with the JDK's single-file launcher: {@code java installer/DrawIcon.java OUT.png [SIZE]}
 * (default size 256). The output is deterministic, so the committed PNG can be redrawn at will.
 */
public final class DrawIcon {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: java installer/DrawIcon.java OUT.png [SIZE]");
            System.exit(2);
        }
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        ImageIO.write(draw(size), "png", new File(args[0]));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;

        g.setPaint(new GradientPaint(0, 0, new Color(0x1B2A3A), 0, size, new Color(0x0B1220)));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 48 * s, 48 * s));

        // Body outline of an axial chest slice: a wide ellipse in soft-tissue grey.
        g.setColor(new Color(0x9AA5B1));
        g.fill(new Ellipse2D.Double(40 * s, 64 * s, 176 * s, 128 * s));
        // Lungs: two dark ellipses, as air looks in a lung window.
        g.setColor(new Color(0x111827));
        g.fill(new Ellipse2D.Double(62 * s, 80 * s, 60 * s, 92 * s));
        g.fill(new Ellipse2D.Double(134 * s, 80 * s, 60 * s, 92 * s));
        // Spine: a small bright circle at the back of the slice.
        g.setColor(new Color(0xF3F4F6));
        g.fill(new Ellipse2D.Double(116 * s, 160 * s, 24 * s, 24 * s));

        g.setColor(new Color(0x22D3EE));
        g.setStroke(new BasicStroke((float) (10 * s)));
        g.draw(new Ellipse2D.Double(28 * s, 28 * s, 200 * s, 200 * s));

        g.dispose();
        return image;
    }
}
