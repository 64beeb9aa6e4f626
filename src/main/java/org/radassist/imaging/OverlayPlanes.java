package org.radassist.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.radassist.dicom.Attributes;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the overlay planes of a DICOM frame (repeating groups 6000 to 601E, PS3.3 C.9.2) and
 * draws them on a display rendering. Overlays are for display only: the model input never
 * contains them.
 */
public final class OverlayPlanes {

    private static final Logger LOG = LoggerFactory.getLogger(OverlayPlanes.class);

    private static final int FIRST_GROUP = 0x6000;
    private static final int LAST_GROUP = 0x601E;
    private static final int IMAGE_FRAME_ORIGIN = 0x60000051;

    private OverlayPlanes() {
    }

    /**
     * Returns the overlay planes that apply to the image's frame, in group order. A plane comes
     * from Overlay Data (60xx,3000) or, in the retired form, from one unused high bit of native
     * Pixel Data (Overlay Bits Allocated above 1, Overlay Bit Position naming the bit). Planes with
     * invalid attributes are skipped with a warning, and PNG images have no planes.
     */
    public static List<OverlayPlane> of(StudyImage image) {
        List<OverlayPlane> planes = new ArrayList<>();
        if (image.dicom().isEmpty()) {
            return planes;
        }
        DicomFile file = image.dicom().get();
        Attributes dataSet = file.dataSet();
        for (int group = FIRST_GROUP; group <= LAST_GROUP; group += 2) {
            int offset = (group - FIRST_GROUP) << 16;
            if (!dataSet.contains(Tag.OverlayRows + offset) || !dataSet.contains(Tag.OverlayColumns + offset)) {
                continue;
            }
            OverlayPlane plane = readPlane(image, file, group, offset);
            if (plane != null) {
                planes.add(plane);
            }
        }
        return planes;
    }

    private static OverlayPlane readPlane(StudyImage image, DicomFile file, int group, int offset) {
        Attributes dataSet = file.dataSet();
        int rows = dataSet.getInt(Tag.OverlayRows + offset, 0);
        int columns = dataSet.getInt(Tag.OverlayColumns + offset, 0);
        int[] origin = dataSet.getInts(Tag.OverlayOrigin + offset);
        String type = dataSet.getString(Tag.OverlayType + offset);
        int bitsAllocated = dataSet.getInt(Tag.OverlayBitsAllocated + offset, 1);
        int bitPosition = dataSet.getInt(Tag.OverlayBitPosition + offset, 0);
        String groupHex = String.format("%04X", group);
        if (rows <= 0 || columns <= 0) {
            LOG.warn("Skipping overlay {}: invalid size {}x{}", groupHex, rows, columns);
            return null;
        }
        int originRow = origin.length >= 2 ? origin[0] : 1;
        int originColumn = origin.length >= 2 ? origin[1] : 1;
        long planeSize = (long) rows * columns;

        BitSet bits;
        byte[] overlayData = dataSet.getBytes(Tag.OverlayData + offset);
        if (overlayData != null) {
            int frames = Math.max(1, dataSet.getInt(Tag.NumberOfFramesInOverlay + offset, 1));
            int firstFrame = dataSet.getInt(IMAGE_FRAME_ORIGIN + offset, 1) - 1;
            int overlayFrame = frames == 1 ? 0 : image.frameIndex() - firstFrame;
            if (overlayFrame < 0 || overlayFrame >= frames) {
                return null;
            }
            bits = unpackBits(overlayData, planeSize * overlayFrame, planeSize);
        } else if (bitsAllocated > 1) {
            bits = embeddedBits(image, file, bitPosition, rows, columns);
        } else {
            LOG.warn("Skipping overlay {}: no Overlay Data and Overlay Bits Allocated is 1", groupHex);
            return null;
        }
        if (bits == null) {
            LOG.warn("Skipping overlay {}: its data is shorter than {}x{} pixels", groupHex, rows, columns);
            return null;
        }
        return new OverlayPlane(group, rows, columns, originRow, originColumn, type, bits);
    }

    /** Returns {@code count} bits from {@code start}, first pixel in the lowest bit, or null when too short. */
    private static BitSet unpackBits(byte[] data, long start, long count) {
        if ((start + count + 7) / 8 > data.length) {
            return null;
        }
        BitSet bits = new BitSet((int) count);
        for (int i = 0; i < count; i++) {
            long bit = start + i;
            if ((data[(int) (bit >>> 3)] >> (bit & 7) & 1) != 0) {
                bits.set(i);
            }
        }
        return bits;
    }

    /**
     * Reads an overlay embedded in the unused high bits of native 16-bit pixel data. The words are
     * little endian here because the reader swaps big endian OW values.
     */
    private static BitSet embeddedBits(StudyImage image, DicomFile file, int bitPosition, int rows, int columns) {
        Attributes dataSet = file.dataSet();
        if (file.transferSyntax().encapsulated() || dataSet.getInt(Tag.BitsAllocated, 0) != 16
                || rows != image.height() || columns != image.width() || bitPosition < 0 || bitPosition > 15) {
            LOG.warn("Skipping an embedded overlay: it needs native 16-bit pixel data of the image's size");
            return BitSet.valueOf(new long[0]);
        }
        byte[] pixels = dataSet.getBytes(Tag.PixelData);
        int pixelCount = rows * columns;
        long start = (long) image.frameIndex() * pixelCount * 2;
        if (pixels == null || start + pixelCount * 2L > pixels.length) {
            return null;
        }
        BitSet bits = new BitSet(pixelCount);
        for (int i = 0; i < pixelCount; i++) {
            int at = (int) start + 2 * i;
            int word = (pixels[at] & 0xFF) | (pixels[at + 1] & 0xFF) << 8;
            if ((word >> bitPosition & 1) != 0) {
                bits.set(i);
            }
        }
        return bits;
    }

    /**
     * Draws the planes on a display rendering in white (the largest output value), clipped to the
     * image. Pixels outside every plane keep their value.
     */
    public static void draw(BufferedImage rendering, List<OverlayPlane> planes) {
        WritableRaster raster = rendering.getRaster();
        int bands = raster.getNumBands();
        int[] white = new int[bands];
        for (int band = 0; band < bands; band++) {
            white[band] = (1 << raster.getSampleModel().getSampleSize(band)) - 1;
        }
        for (OverlayPlane plane : planes) {
            for (int row = 0; row < plane.rows(); row++) {
                int y = plane.originRow() - 1 + row;
                if (y < 0 || y >= rendering.getHeight()) {
                    continue;
                }
                for (int column = 0; column < plane.columns(); column++) {
                    int x = plane.originColumn() - 1 + column;
                    if (x >= 0 && x < rendering.getWidth() && plane.isSet(row, column)) {
                        raster.setPixel(x, y, white);
                    }
                }
            }
        }
    }
}
