package org.radassist.imaging;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.radassist.dicom.DicomFile;

/**
 * One decoded frame of a DICOM or PNG file: grey images as stored values with their modality
 * transform, colour images as packed RGB. It contains no patient or study identifiers, so
 * {@link #toString()} is safe to log; {@link #dicom()} gives the full header when needed.
 */
public final class StudyImage {

    private final Path path;
    private final ImageKind kind;
    private final String modality;
    private final int width;
    private final int height;
    private final int samplesPerPixel;
    private final String photometricInterpretation;
    private final int bitsStored;
    private final int frameIndex;
    private final int frameCount;
    private final int[] storedValues;
    private final ModalityTransform modalityTransform;
    final int[] rgb;
    private final int minStoredValue;
    private final int maxStoredValue;
    private final float minModalityValue;
    private final float maxModalityValue;
    private final List<Window> windows;
    private final List<VoiLut> voiLuts;
    private final VoiLutFunction voiLutFunction;
    private final PixelSpacing pixelSpacing;
    private final PixelPadding pixelPadding;
    private final DicomFile dicom;

    private StudyImage(Builder builder) {
        this.path = builder.path;
        this.kind = Objects.requireNonNull(builder.kind, "kind");
        this.modality = Objects.requireNonNullElse(builder.modality, "");
        this.width = builder.width;
        this.height = builder.height;
        this.photometricInterpretation = Objects.requireNonNullElse(builder.photometricInterpretation, "");
        this.bitsStored = builder.bitsStored;
        this.frameIndex = builder.frameIndex;
        this.frameCount = builder.frameCount;
        this.windows = List.copyOf(builder.windows);
        this.voiLuts = List.copyOf(builder.voiLuts);
        this.voiLutFunction = Objects.requireNonNullElse(builder.voiLutFunction, VoiLutFunction.LINEAR);
        this.pixelSpacing = builder.pixelSpacing;
        this.dicom = builder.dicom;
        this.pixelPadding = builder.rgb == null ? builder.pixelPadding : null;
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image size must be positive: " + width + "x" + height);
        }
        int pixelCount = width * height;

        if (builder.rgb != null) {
            requireLength(builder.rgb.length, pixelCount, "RGB");
            this.samplesPerPixel = 3;
            this.rgb = builder.rgb;
            this.storedValues = null;
            this.modalityTransform = null;
            this.minStoredValue = 0;
            this.maxStoredValue = 0;
            this.minModalityValue = Float.NaN;
            this.maxModalityValue = Float.NaN;
            return;
        }

        Objects.requireNonNull(builder.storedValues, "stored values or RGB values are required");
        requireLength(builder.storedValues.length, pixelCount, "stored");
        this.samplesPerPixel = 1;
        this.rgb = null;
        this.storedValues = builder.storedValues;
        this.modalityTransform = Objects.requireNonNullElse(builder.modalityTransform, ModalityTransform.IDENTITY);
        // The modality values are not kept here: the renderers map stored values through lookup
        // tables, and a series in the frame cache then takes 4 bytes a pixel instead of 8.
        FrameStatistics statistics = FrameStatistics.of(storedValues, modalityTransform, pixelPadding);
        this.minStoredValue = statistics.minStored();
        this.maxStoredValue = statistics.maxStored();
        this.minModalityValue = statistics.minModality();
        this.maxModalityValue = statistics.maxModality();
    }

    private static void requireLength(int actual, int expected, String arrayName) {
        if (actual != expected) {
            throw new IllegalArgumentException(
                    "Expected " + expected + " " + arrayName + " values for the image size, got " + actual);
        }
    }

    /** Returns the file the image was loaded from, or {@code null} for an image built in memory. */
    public Path path() {
        return path;
    }

    public ImageKind kind() {
        return kind;
    }

    /** Returns Modality (0008,0060), such as "CT", or an empty string for PNG and when absent. */
    public String modality() {
        return modality;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Returns 1 for grey images and 3 for colour images (packed RGB, whatever the file held). */
    public int samplesPerPixel() {
        return samplesPerPixel;
    }

    public boolean isGrey() {
        return samplesPerPixel == 1;
    }

    /**
     * Returns the Photometric Interpretation of the file after decoding ("MONOCHROME2", "RGB",
     * "YBR_FULL", ...). PNG images report "MONOCHROME2" for grey and "RGB" for colour.
     */
    public String photometricInterpretation() {
        return photometricInterpretation;
    }

    /** Returns true when the minimum value is displayed white (MONOCHROME1). */
    public boolean monochrome1() {
        return "MONOCHROME1".equals(photometricInterpretation);
    }

    /** Returns Bits Stored for DICOM, or the bit depth of a grey PNG (8 or 16); 8 for colour PNG. */
    public int bitsStored() {
        return bitsStored;
    }

    /** Returns the 0-based index of this frame in its file. */
    public int frameIndex() {
        return frameIndex;
    }

    /** Returns the number of frames in the file; 1 for PNG. */
    public int frameCount() {
        return frameCount;
    }

    /**
     * Returns a copy of the modality values (HU for CT) in row-major order for grey images, or
     * {@code null} for colour images.
     */
    public float[] modalityValues() {
        return storedValues == null ? null : computeModalityValues();
    }

    /** Computes the modality values of a grey image as float, in a new array on each call. */
    float[] computeModalityValues() {
        float[] values = new float[storedValues.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) modalityTransform.apply(storedValues[i]);
        }
        return values;
    }

    /** Returns the smallest stored value of a grey image's frame, padding included; 0 for colour. */
    int minStoredValue() {
        return minStoredValue;
    }

    /** Returns the largest stored value of a grey image's frame, padding included; 0 for colour. */
    int maxStoredValue() {
        return maxStoredValue;
    }

    /** Returns the modality value of one pixel in double precision, computed from its stored value. */
    public double modalityValue(int index) {
        requireGrey();
        return modalityTransform.apply(storedValues[index]);
    }

    /** Returns a copy of the stored values in row-major order for grey images, or {@code null}. */
    public int[] storedValues() {
        return storedValues == null ? null : storedValues.clone();
    }

    /** Returns the rescale or Modality LUT that maps stored to modality values; {@code null} for colour. */
    public ModalityTransform modalityTransform() {
        return modalityTransform;
    }

    /**
     * Returns the smallest modality value of the frame, leaving out pixel padding values; NaN for
     * colour images.
     */
    public float minModalityValue() {
        return minModalityValue;
    }

    /**
     * Returns the largest modality value of the frame, leaving out pixel padding values; NaN for
     * colour images.
     */
    public float maxModalityValue() {
        return maxModalityValue;
    }

    /** Returns a copy of the pixels packed as 0xRRGGBB for colour images, or {@code null} for grey. */
    public int[] rgb() {
        return rgb == null ? null : rgb.clone();
    }

    /** Returns the file's own windows in file order; empty when it has none. */
    public List<Window> windows() {
        return windows;
    }

    /** Returns the file's VOI LUT Sequence (0028,3010) items in file order; empty when it has none. */
    public List<VoiLut> voiLuts() {
        return voiLuts;
    }

    /** Returns the VOI LUT Function (0028,1056) of the file; LINEAR when absent. */
    public VoiLutFunction voiLutFunction() {
        return voiLutFunction;
    }

    public Optional<PixelSpacing> pixelSpacing() {
        return Optional.ofNullable(pixelSpacing);
    }

    /** Returns the file's pixel padding range of a grey image; empty when it has none or is colour. */
    public Optional<PixelPadding> pixelPadding() {
        return Optional.ofNullable(pixelPadding);
    }

    /** Returns whether pixel {@code index} contains a pixel padding value; always false for colour. */
    public boolean isPadding(int index) {
        return pixelPadding != null && pixelPadding.contains(storedValues[index]);
    }

    /**
     * Returns the DICOM file this image came from, empty for PNG. Its data set contains patient
     * identifiers: never log it or its attributes.
     */
    public Optional<DicomFile> dicom() {
        return Optional.ofNullable(dicom);
    }

    int[] storedValuesArray() {
        return storedValues;
    }

    private void requireGrey() {
        if (storedValues == null) {
            throw new IllegalStateException("Colour images have no modality values");
        }
    }

    @Override
    public String toString() {
        return "StudyImage[" + kind + " " + (modality.isEmpty() ? "-" : modality) + " " + width + "x" + height
                + " " + photometricInterpretation + " frame " + (frameIndex + 1) + "/" + frameCount + "]";
    }

    static Builder builder(ImageKind kind) {
        return new Builder(kind);
    }

    /** Collects the fields of a {@link StudyImage}; the loaders in this package fill it. */
    static final class Builder {
        private final ImageKind kind;
        private Path path;
        private String modality;
        private int width;
        private int height;
        private String photometricInterpretation;
        private int bitsStored = 8;
        private int frameIndex;
        private int frameCount = 1;
        private int[] storedValues;
        private ModalityTransform modalityTransform;
        private int[] rgb;
        private List<Window> windows = List.of();
        private List<VoiLut> voiLuts = List.of();
        private VoiLutFunction voiLutFunction;
        private PixelSpacing pixelSpacing;
        private PixelPadding pixelPadding;
        private DicomFile dicom;

        private Builder(ImageKind kind) {
            this.kind = kind;
        }

        Builder path(Path value) {
            this.path = value;
            return this;
        }

        Builder modality(String value) {
            this.modality = value;
            return this;
        }

        Builder size(int columns, int rows) {
            this.width = columns;
            this.height = rows;
            return this;
        }

        Builder photometricInterpretation(String value) {
            this.photometricInterpretation = value;
            return this;
        }

        Builder bitsStored(int value) {
            this.bitsStored = value;
            return this;
        }

        Builder frame(int index, int count) {
            this.frameIndex = index;
            this.frameCount = count;
            return this;
        }

        /** Sets grey pixels; the builder keeps the array without copying it. */
        Builder grey(int[] values, ModalityTransform transform) {
            this.storedValues = values;
            this.modalityTransform = transform;
            return this;
        }

        /** Sets colour pixels packed as 0xRRGGBB; the builder keeps the array without copying it. */
        Builder rgb(int[] packed) {
            this.rgb = packed;
            return this;
        }

        Builder windows(List<Window> value) {
            this.windows = value;
            return this;
        }

        Builder voiLuts(List<VoiLut> value) {
            this.voiLuts = value;
            return this;
        }

        Builder voiLutFunction(VoiLutFunction value) {
            this.voiLutFunction = value;
            return this;
        }

        Builder pixelSpacing(PixelSpacing value) {
            this.pixelSpacing = value;
            return this;
        }

        Builder pixelPadding(PixelPadding value) {
            this.pixelPadding = value;
            return this;
        }

        Builder dicom(DicomFile value) {
            this.dicom = value;
            return this;
        }

        StudyImage build() {
            return new StudyImage(this);
        }
    }
}
