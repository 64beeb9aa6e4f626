package org.radassist.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the image sent to MedGemma: modality-specific conversion to 8-bit RGB (CT three-window
 * RGB, X-ray window, MR min-max, colour and PNG as is), zero padding to a centred square,
 * downscaling to at most {@link ModelInputOptions#maxSide()}, then JPEG or PNG encoding.
 */
public final class ModelInputBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ModelInputBuilder.class);

    private static final ColorModel RGB_MODEL =
            new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).getColorModel();

    private ModelInputBuilder() {
    }

    /**
     * Prepares and encodes the model input.
     *
     * @throws ImageLoadException with reason ENCODE_FAILED when the ImageIO writer fails
     */
    public static ModelInput prepare(StudyImage image, ModelInputOptions options) throws ImageLoadException {
        BufferedImage square = prepareImage(image, options);
        try {
            byte[] encoded = ImageEncoding.encode(square, options.format(), options.jpegQuality());
            ModelInput input = new ModelInput(square, encoded, options.format());
            LOG.debug("Prepared {} from {}", input, image);
            return input;
        } catch (IOException | RuntimeException e) {
            throw new ImageLoadException(image.path(), ImageLoadException.Reason.ENCODE_FAILED,
                    ImageLoadException.describe(image.path(), "encoding the model input as " + options.format()
                            + " failed: " + e.getMessage()), e);
        }
    }

    /**
     * Returns the padded, resized RGB image without encoding it: the image that {@link #prepare}
     * encodes, as a {@link BufferedImage#TYPE_INT_RGB}.
     */
    public static BufferedImage prepareImage(StudyImage image, ModelInputOptions options) {
        int[] rgb = ModelInputConversion.toRgb(image, options.ctWindows());
        int side = Math.max(image.width(), image.height());
        int[] square = SquareResampling.padToSquare(rgb, image.width(), image.height());
        int maxSide = options.maxSide();
        if (maxSide > 0 && side > maxSide) {
            square = SquareResampling.downscaleSquare(square, side, maxSide);
            side = maxSide;
        }
        return toBufferedImage(square, side, side);
    }

    /**
     * Returns a {@link BufferedImage#TYPE_INT_RGB} image whose data buffer is {@code rgb} itself,
     * without copying: the caller hands over the array and must not use it afterwards.
     */
    static BufferedImage toBufferedImage(int[] rgb, int width, int height) {
        DirectColorModel colorModel = (DirectColorModel) RGB_MODEL;
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(rgb, width * height), width, height,
                width, colorModel.getMasks(), null);
        return new BufferedImage(colorModel, raster, false, null);
    }
}
