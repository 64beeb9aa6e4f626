package org.radassist.dicom;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pixel data of a file with the attributes that describe it. {@link #readFrame} decodes one
 * frame to stored values: pixel-interleaved, masked to Bits Stored and sign-extended when
 * Pixel Representation is 1.
 */
public final class PixelData {

    private static final Logger LOG = LoggerFactory.getLogger(PixelData.class);

    /** Decoder of one frame to raw samples, pixel-interleaved, before masking. */
    interface FrameDecoder {
        int[] decode(int index) throws DicomException;
    }

    private final Path file;
    private final ImageDescription image;
    private final TransferSyntax transferSyntax;
    private final String photometricInterpretation;
    private final int valueShift;
    private final FrameDecoder decoder;

    private PixelData(Path file, ImageDescription image, TransferSyntax transferSyntax,
            String photometricInterpretation, int valueShift, FrameDecoder decoder) {
        this.file = file;
        this.image = image;
        this.transferSyntax = transferSyntax;
        this.photometricInterpretation = photometricInterpretation;
        this.valueShift = valueShift;
        this.decoder = decoder;
    }

    static PixelData of(DicomFile dicom) throws DicomException {
        Path file = dicom.path();
        Attributes dataSet = dicom.dataSet();
        DataElement element = dataSet.get(Tag.PixelData);
        if (element == null) {
            throw new DicomException(file, -1, DicomException.Reason.INVALID_IMAGE,
                    "the data set has no Pixel Data " + Tag.format(Tag.PixelData));
        }
        ImageDescription image = ImageDescription.of(file, dataSet, dicom.transferSyntax());
        TransferSyntax syntax = dicom.transferSyntax();
        if (!element.isEncapsulated()) {
            if (syntax.encapsulated()) {
                throw new DicomException(file, element.fileOffset(), DicomException.Reason.INVALID_IMAGE,
                        "transfer syntax " + syntax + " needs encapsulated pixel data but the value has a defined length");
            }
            ImageDescription complete = framesInNativeData(file, image, element.length());
            NativeFrameReader reader = new NativeFrameReader(file, element.fileOffset(), complete, element.buffer(),
                    element.valueOffset(), element.length());
            String photometric = reader.expandsYbrFull422() ? "YBR_FULL" : image.photometricInterpretation();
            int shift = image.highBit() + 1 - image.bitsStored();
            return new PixelData(file, complete, syntax, photometric, shift, reader::readFrame);
        }
        if (!syntax.decodable()) {
            throw UnsupportedDicomException.forTransferSyntax(file, syntax, "no Java decoder is available");
        }
        if (!syntax.encapsulated()) {
            throw new DicomException(file, element.fileOffset(), DicomException.Reason.INVALID_IMAGE,
                    "pixel data is encapsulated but transfer syntax " + syntax + " is native");
        }
        return EncapsulatedPixelData.create(dicom, image, element, (photometric, shift, decoder) ->
                new PixelData(file, image, syntax, photometric, shift, decoder));
    }

    /**
     * Returns the description with as many frames as native pixel data of {@code length} bytes
     * contains, when Number of Frames declares more and at least one frame is complete. Frame 0
     * of shorter data still fails as truncated when it is read.
     */
    private static ImageDescription framesInNativeData(Path file, ImageDescription image, long length) {
        long frameBits = image.samplesPerFrame() * image.bitsAllocated();
        if (image.samplesPerPixel() == 3 && image.bitsAllocated() == 8
                && "YBR_FULL_422".equals(image.photometricInterpretation())) {
            // Each pair of pixels in a row is stored as Y Y Cb Cr, as NativeFrameReader reads it.
            frameBits = (long) (image.columns() + 1) / 2 * 4 * image.rows() * 8;
        }
        long completeFrames = length * 8 / frameBits;
        if (completeFrames >= 1 && completeFrames < image.frames()) {
            LOG.warn("{}: Number of Frames is {} but the pixel data contains {} frame(s), so only those are read",
                    file.getFileName(), image.frames(), completeFrames);
            return image.withFrames((int) completeFrames);
        }
        return image;
    }

    /** Factory that {@link EncapsulatedPixelData} uses to build the result. */
    interface Factory {
        PixelData create(String photometricInterpretation, int valueShift, FrameDecoder decoder);
    }

    public int rows() {
        return image.rows();
    }

    public int columns() {
        return image.columns();
    }

    /** Returns Number of Frames, 1 when the attribute is absent. */
    public int frames() {
        return image.frames();
    }

    public int samplesPerPixel() {
        return image.samplesPerPixel();
    }

    public int bitsAllocated() {
        return image.bitsAllocated();
    }

    public int bitsStored() {
        return image.bitsStored();
    }

    /** Returns whether Pixel Representation is 1 (two's complement stored values). */
    public boolean signed() {
        return image.signed();
    }

    /**
     * Returns the photometric interpretation of the values that {@link #readFrame} returns: the
     * file's value, except RGB where a JPEG decoder converted YBR_FULL or YBR_FULL_422 to RGB, and
     * YBR_FULL where native YBR_FULL_422 was expanded to one Cb and Cr per pixel.
     */
    public String photometricInterpretation() {
        return photometricInterpretation;
    }

    /** Returns the file's own Photometric Interpretation (0028,0004), or its default. */
    public String storedPhotometricInterpretation() {
        return image.photometricInterpretation();
    }

    /** Returns Planar Configuration as stored; {@link #readFrame} always returns interleaved samples. */
    public int planarConfiguration() {
        return image.planarConfiguration();
    }

    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /**
     * Decodes one frame to stored values: {@code rows * columns * samplesPerPixel} ints in row
     * order, pixel-interleaved (R, G, B, R, ...), masked to Bits Stored and sign-extended when
     * Pixel Representation is 1.
     *
     * <p>NOTE: unsigned 32-bit values above {@code Integer.MAX_VALUE} come back negative, because
     * the result is an {@code int[]}.
     *
     * @param index frame index from 0
     * @throws DicomException when the index is out of range, the data is truncated or decoding fails
     */
    public int[] readFrame(int index) throws DicomException {
        if (index < 0 || index >= image.frames()) {
            throw new DicomException(file, -1, DicomException.Reason.INVALID_IMAGE,
                    "frame index " + index + " is outside 0.." + (image.frames() - 1));
        }
        int[] values = decoder.decode(index);
        long expected = image.samplesPerFrame();
        if (values.length != expected) {
            throw new DicomException(file, -1, DicomException.Reason.DECODING_FAILED, "frame " + index
                    + " decoded to " + values.length + " samples but the image needs " + expected);
        }
        toStoredValues(values);
        return values;
    }

    private void toStoredValues(int[] values) {
        int bitsStored = image.bitsStored();
        if (bitsStored >= 32) {
            return;
        }
        int mask = (1 << bitsStored) - 1;
        int signBit = 1 << (bitsStored - 1);
        boolean signed = image.signed();
        for (int i = 0; i < values.length; i++) {
            int value = (values[i] >>> valueShift) & mask;
            if (signed && (value & signBit) != 0) {
                value -= 1 << bitsStored;
            }
            values[i] = value;
        }
    }

    /**
     * Converts 8-bit YBR_FULL samples (Y, Cb, Cr per pixel, as {@link #readFrame} returns them for
     * YBR_FULL and native YBR_FULL_422) to R, G, B with the equations of PS3.3 C.7.6.3.1.2,
     * rounded and clamped to 0..255.
     */
    public static int[] convertYbrFullToRgb(int[] ybr) {
        int[] rgb = new int[ybr.length];
        for (int i = 0; i + 2 < ybr.length; i += 3) {
            double y = ybr[i];
            double cb = ybr[i + 1] - 128.0;
            double cr = ybr[i + 2] - 128.0;
            rgb[i] = clampToByte(y + 1.402 * cr);
            rgb[i + 1] = clampToByte(y - 0.344136 * cb - 0.714136 * cr);
            rgb[i + 2] = clampToByte(y + 1.772 * cb);
        }
        return rgb;
    }

    private static int clampToByte(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    @Override
    public String toString() {
        return "PixelData[" + image.columns() + "x" + image.rows() + "x" + image.frames() + ", "
                + image.samplesPerPixel() + " samples, " + image.bitsAllocated() + "/" + image.bitsStored() + " bits, "
                + photometricInterpretation + ", " + transferSyntax + "]";
    }
}
