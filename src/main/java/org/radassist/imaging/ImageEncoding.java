package org.radassist.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encodes RGB images as baseline JPEG or PNG through ImageIO writers. */
final class ImageEncoding {

    private ImageEncoding() {
    }

    static byte[] encode(BufferedImage image, ImageFormat format, float jpegQuality) throws IOException {
        return switch (format) {
            case JPEG -> encodeJpeg(image, jpegQuality);
            case PNG -> encodePng(image);
        };
    }

    /**
     * Writes a baseline (non-progressive) JPEG at the given quality. The image must have no
     * alpha, because JPEG writers either reject alpha or store it as a fourth channel that
     * decoders read as CMYK.
     */
    static byte[] encodeJpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = firstWriter("jpeg");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (param.canWriteProgressive()) {
                param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] encodePng(BufferedImage image) throws IOException {
        ImageWriter writer = firstWriter("png");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter firstWriter(String formatName) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
        if (!writers.hasNext()) {
            throw new IOException("No ImageIO writer is installed for " + formatName);
        }
        return writers.next();
    }
}
