package org.radassist.dicom;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decoder of JPEG and JPEG 2000 frames through ImageIO readers chosen by class, never by
 * registration order: TwelveMonkeys {@code JPEGImageReader} for JPEG and JPEG lossless, and
 * jai-imageio {@code J2KImageReader} for JPEG 2000.
 */
final class ImageIoFrameDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(ImageIoFrameDecoder.class);

    static final String JPEG_READER = "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader";
    static final String JPEG_2000_READER = "com.github.jaiimageio.jpeg2000.impl.J2KImageReader";

    private final Path file;
    private final ImageDescription image;
    private final ImageReaderSpi provider;
    private final boolean convertYbrToRgb;
    private final String decodedPhotometric;

    private ImageIoFrameDecoder(Path file, ImageDescription image, ImageReaderSpi provider, boolean convertYbrToRgb,
            String decodedPhotometric) {
        this.file = file;
        this.image = image;
        this.provider = provider;
        this.convertYbrToRgb = convertYbrToRgb;
        this.decodedPhotometric = decodedPhotometric;
    }

    /**
     * Creates a decoder, or throws {@link UnsupportedDicomException} for 12-bit lossy JPEG, which
     * the first frame's SOF marker or Bits Stored reveals.
     */
    static ImageIoFrameDecoder create(Path file, TransferSyntax syntax, ImageDescription image, byte[] firstFrame)
            throws DicomException {
        boolean jpeg2000 = syntax.codec() == TransferSyntax.Codec.JPEG_2000;
        if (syntax.codec() == TransferSyntax.Codec.JPEG) {
            int precision = JpegMarkers.framePrecision(firstFrame);
            boolean twelveBit = precision > 8
                    || (precision < 0 && syntax.equals(TransferSyntax.JPEG_EXTENDED) && image.bitsStored() > 8);
            if (twelveBit) {
                throw UnsupportedDicomException.forTransferSyntax(file, syntax,
                        "no Java decoder is available for 12-bit lossy JPEG");
            }
        }
        String readerClass = jpeg2000 ? JPEG_2000_READER : JPEG_READER;
        ImageReaderSpi provider = findProvider(readerClass);
        if (provider == null) {
            throw UnsupportedDicomException.forTransferSyntax(file, syntax,
                    "the ImageIO reader " + readerClass + " is not on the class path");
        }
        String photometric = image.photometricInterpretation();
        boolean colour = image.samplesPerPixel() == 3;
        boolean ybrJpeg = colour && !jpeg2000 && photometric.startsWith("YBR");
        // J2KImageReader applies the codestream's inverse component transform, so YBR_ICT and
        // YBR_RCT come out as RGB.
        boolean ybrJpeg2000 = colour && jpeg2000 && (photometric.equals("YBR_ICT") || photometric.equals("YBR_RCT"));
        String decodedPhotometric = ybrJpeg || ybrJpeg2000 ? "RGB" : photometric;
        return new ImageIoFrameDecoder(file, image, provider, ybrJpeg, decodedPhotometric);
    }

    /**
     * Returns the registered provider of a reader class. When the registry lacks it (a merged jar
     * that lost its META-INF/services entries, or a class loader the registry did not scan), the
     * provider class next to the reader ({@code ...ReaderSpi}) is created and registered directly.
     */
    private static ImageReaderSpi findProvider(String readerClass) {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        Iterator<ImageReaderSpi> providers = registry.getServiceProviders(ImageReaderSpi.class, true);
        while (providers.hasNext()) {
            ImageReaderSpi provider = providers.next();
            if (readerClass.equals(provider.getPluginClassName())) {
                return provider;
            }
        }
        String providerClass = readerClass + "Spi";
        try {
            ImageReaderSpi provider = (ImageReaderSpi) Class.forName(providerClass).getDeclaredConstructor().newInstance();
            registry.registerServiceProvider(provider, ImageReaderSpi.class);
            LOG.info("registered ImageIO provider {} because the registry did not list it", providerClass);
            return provider;
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            LOG.warn("ImageIO provider {} is not available: {}", providerClass, e.toString());
            return null;
        }
    }

    /**
     * Returns the photometric interpretation of decoded frames: RGB when the decoder converts
     * YBR_FULL, YBR_FULL_422, YBR_ICT or YBR_RCT, else the file's value.
     */
    String photometricInterpretation() {
        return decodedPhotometric;
    }

    int[] decode(int index, byte[] frame, long frameOffset) throws DicomException {
        ImageReader reader = null;
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(frame))) {
            reader = provider.createReaderInstance();
            reader.setInput(input, true, true);
            // Checking the size first keeps a corrupt frame header from causing a huge allocation.
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width != image.columns() || height != image.rows()) {
                throw new DicomException(file, frameOffset, DicomException.Reason.DECODING_FAILED, String.format(
                        "frame %d is %dx%d but Columns and Rows are %d and %d", index, width, height,
                        image.columns(), image.rows()));
            }
            Raster raster;
            if (convertYbrToRgb || !reader.canReadRaster()) {
                BufferedImage decoded = reader.read(0);
                raster = decoded.getRaster();
            } else {
                raster = reader.readRaster(0, null);
            }
            return samplesOf(index, frameOffset, raster);
        } catch (DicomException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw decodingFailed(index, frameOffset, e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Error e) {
            // jj2000 inside J2KImageReader throws java.lang.Error for some corrupt codestreams.
            throw decodingFailed(index, frameOffset, e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private DicomException decodingFailed(int index, long frameOffset, Throwable cause) {
        LOG.warn("{}: {} failed on frame {}: {}", file.getFileName(), provider.getPluginClassName(), index,
                cause.toString());
        LOG.debug("decoder stack trace", cause);
        return new DicomException(file, frameOffset, DicomException.Reason.DECODING_FAILED,
                "frame " + index + " failed to decode: " + cause.getMessage(), cause);
    }

    private int[] samplesOf(int index, long frameOffset, Raster raster) throws DicomException {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bands = raster.getNumBands();
        if (width != image.columns() || height != image.rows() || bands != image.samplesPerPixel()) {
            throw new DicomException(file, frameOffset, DicomException.Reason.DECODING_FAILED, String.format(
                    "frame %d decoded to %dx%d with %d samples per pixel but Columns, Rows and Samples per Pixel are %d, %d and %d",
                    index, width, height, bands, image.columns(), image.rows(), image.samplesPerPixel()));
        }
        return raster.getPixels(raster.getMinX(), raster.getMinY(), width, height, (int[]) null);
    }
}
