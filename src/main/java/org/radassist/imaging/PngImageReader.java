package org.radassist.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.radassist.dicom.ImageSizeLimit;

/**
 * Reads PNG files through ImageIO's PNG reader and keeps the raster values: grey PNGs become
 * stored values with the identity modality transform (16-bit values stay 0..65535), colour and
 * palette PNGs become packed RGB. Alpha is dropped without compositing.
 */
final class PngImageReader {

    private PngImageReader() {
    }

    static StudyImage read(Path path) throws ImageLoadException {
        BufferedImage image = decode(path);
        Raster raster = image.getRaster();
        ColorModel colorModel = image.getColorModel();
        int width = raster.getWidth();
        int height = raster.getHeight();
        StudyImage.Builder builder = StudyImage.builder(ImageKind.PNG)
                .path(path)
                .size(width, height);

        if (colorModel instanceof IndexColorModel palette && !isGreyRamp(palette, raster)) {
            return builder.photometricInterpretation("RGB").rgb(paletteToRgb(raster, palette)).build();
        }

        int bands = raster.getNumBands();
        int bitDepth = raster.getSampleModel().getSampleSize(0);
        if (bands == 1 || bands == 2) {
            // Band 0 is grey; band 1, when present, is alpha and is dropped.
            int[] grey = raster.getSamples(0, 0, width, height, 0, new int[width * height]);
            return builder.photometricInterpretation("MONOCHROME2")
                    .bitsStored(bitDepth)
                    .grey(grey, ModalityTransform.IDENTITY)
                    .build();
        }
        if (bands == 3 || bands == 4) {
            return builder.photometricInterpretation("RGB").rgb(interleavedToRgb(raster, bitDepth)).build();
        }
        throw new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_PNG,
                ImageLoadException.describe(path, "unsupported PNG layout with " + bands + " bands"));
    }

    private static BufferedImage decode(Path path) throws ImageLoadException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            throw new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_PNG,
                    ImageLoadException.describe(path, "no ImageIO PNG reader is installed"));
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(path.toFile())) {
            if (input == null) {
                throw new ImageLoadException(path, ImageLoadException.Reason.READ_FAILED,
                        ImageLoadException.describe(path, "cannot open the file for reading"));
            }
            reader.setInput(input, true, true);
            rejectHugeImage(path, reader);
            return reader.read(0);
        } catch (ImageLoadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports malformed chunks as IIOException and some as runtime exceptions.
            throw new ImageLoadException(path, ImageLoadException.Reason.INVALID_PNG,
                    ImageLoadException.describe(path, "invalid PNG: " + e.getMessage()), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Rejects a PNG whose IHDR chunk declares more pixels than {@link ImageSizeLimit} allows,
     * before the reader allocates the image. Only the header chunk is read for this.
     */
    private static void rejectHugeImage(Path path, ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        ImageTypeSpecifier rawType = reader.getRawImageType(0);
        int samples = rawType == null ? 4 : rawType.getNumBands();
        String sizeProblem = ImageSizeLimit.checkFrameSize(width, height, samples);
        if (sizeProblem != null) {
            throw new ImageLoadException(path, ImageLoadException.Reason.UNSUPPORTED_PNG,
                    ImageLoadException.describe(path, sizeProblem));
        }
    }

    /**
     * Returns true for ImageIO's representation of 1-, 2- and 4-bit grey PNGs: an index colour
     * model whose palette is the grey ramp, so the indices are the grey values scaled down.
     */
    private static boolean isGreyRamp(IndexColorModel palette, Raster raster) {
        int bits = raster.getSampleModel().getSampleSize(0);
        int size = palette.getMapSize();
        if (bits >= 8 || size != (1 << bits)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            int expected = i * 255 / (size - 1);
            if (palette.getRed(i) != expected || palette.getGreen(i) != expected || palette.getBlue(i) != expected) {
                return false;
            }
        }
        return true;
    }

    private static int[] paletteToRgb(Raster raster, IndexColorModel palette) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int[] indices = raster.getSamples(0, 0, width, height, 0, new int[width * height]);
        int[] rgb = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            rgb[i] = palette.getRGB(indices[i]) & 0xFFFFFF;
        }
        return rgb;
    }

    private static int[] interleavedToRgb(Raster raster, int bitDepth) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int count = width * height;
        int[] red = raster.getSamples(0, 0, width, height, 0, new int[count]);
        int[] green = raster.getSamples(0, 0, width, height, 1, new int[count]);
        int[] blue = raster.getSamples(0, 0, width, height, 2, new int[count]);
        // 16-bit colour PNGs keep the high byte of each sample.
        int shift = Math.max(0, bitDepth - 8);
        int[] rgb = new int[count];
        for (int i = 0; i < count; i++) {
            rgb[i] = (red[i] >>> shift) << 16 | (green[i] >>> shift) << 8 | (blue[i] >>> shift);
        }
        return rgb;
    }
}
