package org.radassist.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splitting of encapsulated pixel data into frames, and the choice of codec for each transfer
 * syntax. PS3.5 A.4 allows one fragment per frame, a Basic Offset Table, an Extended Offset Table,
 * or (for a single frame) any number of fragments.
 */
final class EncapsulatedPixelData {

    private static final int JPEG_SOI = 0xFFD8;
    private static final int J2K_SOC = 0xFF4F;

    private final DataElement element;
    private final List<DataElement.Fragment> dataFragments;
    private final List<int[]> frameRanges;

    private EncapsulatedPixelData(DataElement element, List<DataElement.Fragment> dataFragments,
            List<int[]> frameRanges) {
        this.element = element;
        this.dataFragments = dataFragments;
        this.frameRanges = frameRanges;
    }

    static PixelData create(DicomFile dicom, ImageDescription image, DataElement element, PixelData.Factory factory)
            throws DicomException {
        Path file = dicom.path();
        TransferSyntax syntax = dicom.transferSyntax();
        List<DataElement.Fragment> fragments = element.fragments();
        if (fragments.size() < 2) {
            throw new DicomException(file, element.fileOffset(), DicomException.Reason.INVALID_IMAGE,
                    "encapsulated pixel data has no fragment after the Basic Offset Table");
        }
        List<DataElement.Fragment> data = fragments.subList(1, fragments.size());
        List<int[]> ranges = frameRanges(dicom, image, element, fragments.get(0), data);
        EncapsulatedPixelData frames = new EncapsulatedPixelData(element, data, ranges);

        switch (syntax.codec()) {
            case RLE:
                RleDecoder rle = new RleDecoder(file, image);
                return factory.create(image.photometricInterpretation(), image.highBit() + 1 - image.bitsStored(),
                        index -> rle.decode(index, frames.frameBytes(index), frames.frameOffset(index)));
            case ENCAPSULATED_UNCOMPRESSED:
                return factory.create(image.photometricInterpretation(), image.highBit() + 1 - image.bitsStored(),
                        index -> {
                            byte[] bytes = frames.frameBytes(index);
                            ImageDescription single = new ImageDescription(image.rows(), image.columns(), 1,
                                    image.samplesPerPixel(), image.bitsAllocated(), image.bitsStored(),
                                    image.highBit(), image.signed(), image.planarConfiguration(),
                                    image.photometricInterpretation());
                            return new NativeFrameReader(file, frames.frameOffset(index), single, bytes, 0, bytes.length)
                                    .readFrame(0);
                        });
            case JPEG:
            case JPEG_LOSSLESS:
            case JPEG_2000:
                ImageIoFrameDecoder decoder = ImageIoFrameDecoder.create(file, syntax, image, frames.frameBytes(0));
                return factory.create(decoder.photometricInterpretation(), 0,
                        index -> decoder.decode(index, frames.frameBytes(index), frames.frameOffset(index)));
            default:
                throw UnsupportedDicomException.forTransferSyntax(file, syntax, "no Java decoder is available");
        }
    }

    /**
     * Returns, per frame, the range [first, end) of data fragment indexes that hold it.
     */
    private static List<int[]> frameRanges(DicomFile dicom, ImageDescription image, DataElement element,
            DataElement.Fragment offsetTable, List<DataElement.Fragment> data) throws DicomException {
        Path file = dicom.path();
        int frames = image.frames();
        List<int[]> ranges = new ArrayList<>();
        if (frames == 1) {
            ranges.add(new int[] {0, data.size()});
            return ranges;
        }
        if (data.size() == frames) {
            for (int i = 0; i < frames; i++) {
                ranges.add(new int[] {i, i + 1});
            }
            return ranges;
        }
        long[] offsets = offsetTable(dicom, element, offsetTable, frames);
        if (offsets != null) {
            long firstItem = data.get(0).fileOffset() - 8;
            int fragment = 0;
            for (int i = 0; i < frames; i++) {
                long start = offsets[i];
                long end = i + 1 < frames ? offsets[i + 1] : Long.MAX_VALUE;
                int first = fragment;
                while (fragment < data.size() && data.get(fragment).fileOffset() - 8 - firstItem < end) {
                    fragment++;
                }
                if (first == fragment || data.get(first).fileOffset() - 8 - firstItem != start) {
                    throw new DicomException(file, offsetTable.fileOffset(), DicomException.Reason.INVALID_IMAGE,
                            "offset table entry " + i + " (" + start + ") does not point to a fragment start");
                }
                ranges.add(new int[] {first, fragment});
            }
            return ranges;
        }
        // Without an offset table, a new frame starts at each fragment that begins with a
        // JPEG SOI or JPEG 2000 SOC marker.
        int start = -1;
        for (int i = 0; i < data.size(); i++) {
            if (startsWithMarker(element, data.get(i))) {
                if (start >= 0) {
                    ranges.add(new int[] {start, i});
                }
                start = i;
            }
        }
        if (start >= 0) {
            ranges.add(new int[] {start, data.size()});
        }
        if (ranges.size() != frames) {
            throw new DicomException(file, element.fileOffset(), DicomException.Reason.INVALID_IMAGE, String.format(
                    "cannot split %d fragments into %d frames: the Basic Offset Table is empty", data.size(), frames));
        }
        return ranges;
    }

    private static long[] offsetTable(DicomFile dicom, DataElement element, DataElement.Fragment basicOffsetTable,
            int frames) throws DicomException {
        byte[] extended = dicom.dataSet().getBytes(Tag.ExtendedOffsetTable);
        if (extended != null && extended.length >= frames * 8L) {
            ByteBuffer buffer = ByteBuffer.wrap(extended).order(ByteOrder.LITTLE_ENDIAN);
            long[] offsets = new long[frames];
            for (int i = 0; i < frames; i++) {
                offsets[i] = buffer.getLong(i * 8);
            }
            return offsets;
        }
        if (basicOffsetTable.length() == 0) {
            return null;
        }
        if (basicOffsetTable.length() < frames * 4L) {
            throw new DicomException(dicom.path(), basicOffsetTable.fileOffset(), DicomException.Reason.INVALID_IMAGE,
                    "the Basic Offset Table has " + basicOffsetTable.length() / 4 + " entries for " + frames + " frames");
        }
        ByteBuffer buffer = ByteBuffer.wrap(element.fragmentBytes(basicOffsetTable)).order(ByteOrder.LITTLE_ENDIAN);
        long[] offsets = new long[frames];
        for (int i = 0; i < frames; i++) {
            offsets[i] = buffer.getInt(i * 4) & 0xFFFFFFFFL;
        }
        return offsets;
    }

    private static boolean startsWithMarker(DataElement element, DataElement.Fragment fragment) {
        if (fragment.length() < 2) {
            return false;
        }
        byte[] buffer = element.buffer();
        int at = (int) fragment.fileOffset();
        int marker = (buffer[at] & 0xFF) << 8 | (buffer[at + 1] & 0xFF);
        return marker == JPEG_SOI || marker == J2K_SOC;
    }

    /** Returns the byte offset of the first fragment of a frame. */
    long frameOffset(int index) {
        return dataFragments.get(frameRanges.get(index)[0]).fileOffset();
    }

    /** Returns the concatenated fragments of one frame. */
    byte[] frameBytes(int index) {
        int[] range = frameRanges.get(index);
        if (range[1] - range[0] == 1) {
            return element.fragmentBytes(dataFragments.get(range[0]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = range[0]; i < range[1]; i++) {
            DataElement.Fragment fragment = dataFragments.get(i);
            out.write(element.buffer(), (int) fragment.fileOffset(), fragment.length());
        }
        return out.toByteArray();
    }
}
