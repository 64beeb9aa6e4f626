import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the RadAssist application icon: a dark rounded square with a stylised axial CT slice
 * (body outline, two lungs, spine) and a cyan accent ring.
 *
 * <p>Run with the JDK's single-file launcher: {@code java installer/DrawIcon.java OUT_DIR}. It
 * writes {@code radassist.png} (256×256, for Linux), {@code radassist.ico} (Windows) and
 * {@code radassist.icns} (macOS); the last two wrap the same PNG, which Windows Vista and later
 * and macOS 10.7 and later read inside those containers. The drawing is deterministic, so the
 * committed files can be redrawn at will.
 */
public final class DrawIcon {

    private static final int SIZE = 256;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java installer/DrawIcon.java OUT_DIR");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(draw(SIZE), "png", png);
        byte[] bytes = png.toByteArray();
        Files.write(folder.resolve("radassist.png"), bytes);
        Files.write(folder.resolve("radassist.ico"), ico(bytes));
        Files.write(folder.resolve("radassist.icns"), icns(bytes));
    }

    /** Wraps a 256×256 PNG in an ICO file: the directory header, one entry, then the PNG. */
    static byte[] ico(byte[] png) {
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        // Width and height 0 mean 256 pixels; 1 plane, 32 bits per pixel; the image starts at byte 22.
        ico.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        ico.put(png);
        return ico.array();
    }

    /** Wraps a 256×256 PNG in an ICNS file as its {@code ic08} (256×256) element. */
    static byte[] icns(byte[] png) {
        ByteBuffer icns = ByteBuffer.allocate(8 + 8 + png.length).order(ByteOrder.BIG_ENDIAN);
        icns.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + 8 + png.length);
        icns.put("ic08".getBytes(StandardCharsets.US_ASCII)).putInt(8 + png.length);
        icns.put(png);
        return icns.array();
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
