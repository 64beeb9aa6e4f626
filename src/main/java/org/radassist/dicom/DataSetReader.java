package org.radassist.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parser of data elements from a byte array holding a whole file (or an inflated data set).
 * Every length is checked against the bytes left before it is used, so malformed input ends in a
 * {@link DicomException} with the byte offset instead of a huge allocation or a read past the end.
 */
final class DataSetReader {

    private static final Logger LOG = LoggerFactory.getLogger(DataSetReader.class);

    /** Maximum sequence nesting depth; real files nest a handful of levels. */
    static final int MAX_DEPTH = 64;
    /** Warnings logged per file before further ones are only counted. */
    private static final int MAX_LOGGED_WARNINGS = 10;

    private static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;
    private static final int ITEM = Tag.Item;
    private static final int ITEM_DELIMITATION = Tag.ItemDelimitationItem;
    private static final int SEQUENCE_DELIMITATION = Tag.SequenceDelimitationItem;

    private final Path file;
    private final byte[] buffer;
    private final List<String> warnings;
    private boolean bigEndian;
    private boolean explicitVr;
    private int position;
    private boolean signedPixels;
    private boolean requireAscendingTags;
    private boolean stopAtPixelData;
    private int stoppedAtTag = -1;

    DataSetReader(Path file, byte[] buffer, int start, boolean explicitVr, boolean bigEndian, List<String> warnings) {
        this.file = file;
        this.buffer = buffer;
        this.position = start;
        this.explicitVr = explicitVr;
        this.bigEndian = bigEndian;
        this.warnings = warnings;
    }

    int position() {
        return position;
    }

    /**
     * Makes the top level reject tags that do not ascend. Used for data sets without a "DICM"
     * prefix, where this check distinguishes a raw data set from other bytes.
     */
    void requireAscendingTags() {
        this.requireAscendingTags = true;
    }

    /**
     * Makes the top level stop before the first element of group 7FE0 (Float Pixel Data, Double
     * Float Pixel Data, Pixel Data) or any later tag, for reading a header without pixels.
     */
    void stopAtPixelData() {
        this.stopAtPixelData = true;
    }

    /** Returns the tag the top level stopped before, or -1 when it read to the end. */
    int stoppedAtTag() {
        return stoppedAtTag;
    }

    /** Reads elements up to the end of the buffer, or while their group equals {@code onlyGroup} (when >= 0). */
    Attributes readTopLevel(int onlyGroup) throws DicomException {
        Attributes attributes = new Attributes();
        readElements(attributes, buffer.length, 0, false, onlyGroup);
        return attributes;
    }

    private void readElements(Attributes target, int limit, int depth, boolean untilItemDelimiter, int onlyGroup)
            throws DicomException {
        int previousTag = -1;
        while (position < limit) {
            int headerOffset = position;
            requireBytes(8, limit, "an element header");
            int tag = readTag(position);
            if (onlyGroup >= 0 && (tag >>> 16) != onlyGroup) {
                return;
            }
            // A group length (7FE0,0000) comes before the pixel data in some files: read past it,
            // so the stop lands on the pixel data element itself.
            boolean groupLength = (tag & 0xFFFF) == 0;
            if (stopAtPixelData && depth == 0 && !groupLength
                    && Integer.compareUnsigned(tag, Tag.FloatPixelData & 0xFFFF0000) >= 0) {
                stoppedAtTag = tag;
                return;
            }
            boolean delimiter = (tag >>> 16) == 0xFFFE;
            if (!delimiter && previousTag != -1 && Integer.compareUnsigned(tag, previousTag) <= 0) {
                if (requireAscendingTags && depth == 0) {
                    throw new DicomException(file, headerOffset, DicomException.Reason.NOT_DICOM, String.format(
                            "not a DICOM data set: tag %s follows %s", Tag.format(tag), Tag.format(previousTag)));
                }
                warn(headerOffset, "tag " + Tag.format(tag) + " follows " + Tag.format(previousTag)
                        + " instead of ascending");
            }
            if (!delimiter) {
                previousTag = tag;
            }
            if (tag == ITEM_DELIMITATION) {
                position += 8;
                if (untilItemDelimiter) {
                    return;
                }
                warn(headerOffset, "item delimitation item outside an item of undefined length, skipped");
                continue;
            }
            if (tag == SEQUENCE_DELIMITATION && depth == 0) {
                position += 8;
                warn(headerOffset, "sequence delimitation item outside a sequence, skipped");
                continue;
            }
            if (tag == ITEM || tag == SEQUENCE_DELIMITATION) {
                throw malformed(headerOffset, "unexpected " + Tag.format(tag) + " where a data element should start");
            }
            target.put(readElement(target, tag, headerOffset, limit, depth));
        }
        if (untilItemDelimiter) {
            throw new DicomException(file, position, DicomException.Reason.TRUNCATED,
                    "the file ends inside an item of undefined length, before its item delimitation item");
        }
    }

    private DataElement readElement(Attributes target, int tag, int headerOffset, int limit, int depth)
            throws DicomException {
        VR vr;
        long length;
        if (explicitVr) {
            vr = VR.fromCode(buffer[position + 4] & 0xFF, buffer[position + 5] & 0xFF);
            if (vr == null) {
                throw malformed(headerOffset, String.format("invalid VR bytes 0x%02X 0x%02X in the header of %s",
                        buffer[position + 4] & 0xFF, buffer[position + 5] & 0xFF, Tag.format(tag)));
            }
            if (vr.hasLongLength()) {
                requireBytes(12, limit, "the header of " + Tag.format(tag));
                length = readUnsignedInt(position + 8);
                position += 12;
            } else {
                length = readUnsignedShort(position + 6);
                position += 8;
            }
        } else {
            vr = implicitVr(tag);
            length = readUnsignedInt(position + 4);
            position += 8;
        }

        if (length == UNDEFINED_LENGTH) {
            return readUndefinedLength(target, tag, vr, headerOffset, limit, depth);
        }
        if (length > limit - position) {
            throw new DicomException(file, headerOffset, DicomException.Reason.TRUNCATED, String.format(
                    "value length %d of %s exceeds the %d bytes left", length, Tag.format(tag), limit - position));
        }
        int valueLength = (int) length;
        if ((valueLength & 1) == 1) {
            warn(headerOffset, "odd value length " + valueLength + " of " + Tag.format(tag));
        }
        boolean implicitItems = false;
        if (vr == VR.UN && explicitVr) {
            // A known tag sent as UN by a converter that lacked a dictionary keeps its standard VR.
            // Such a sequence contains the implicit VR little endian bytes that the converter copied.
            VR known = ElementDictionary.vrOf(tag);
            if (known != VR.UN) {
                vr = known;
                implicitItems = known == VR.SQ;
            }
        }
        if (vr == VR.SQ) {
            return readDefinedLengthSequence(target, tag, headerOffset, position + valueLength, depth, implicitItems);
        }
        DataElement element = createValue(tag, vr, headerOffset, valueLength);
        position += valueLength;
        if (tag == Tag.PixelRepresentation && element.length() >= 2) {
            signedPixels = target.getInt(Tag.PixelRepresentation, 0) == 1;
        }
        return element;
    }

    private DataElement readDefinedLengthSequence(Attributes target, int tag, int headerOffset, int end, int depth,
            boolean implicitItems) throws DicomException {
        if (!implicitItems) {
            return readSequence(target, tag, VR.SQ, headerOffset, end, false, depth);
        }
        return readAsImplicitLittleEndian(() -> readSequence(target, tag, VR.SQ, headerOffset, end, false, depth));
    }

    private interface SequenceRead {
        DataElement read() throws DicomException;
    }

    private DataElement readAsImplicitLittleEndian(SequenceRead read) throws DicomException {
        boolean savedExplicitVr = explicitVr;
        boolean savedBigEndian = bigEndian;
        explicitVr = false;
        bigEndian = false;
        try {
            return read.read();
        } finally {
            explicitVr = savedExplicitVr;
            bigEndian = savedBigEndian;
        }
    }

    private DataElement readUndefinedLength(Attributes target, int tag, VR vr, int headerOffset, int limit, int depth)
            throws DicomException {
        if (tag == Tag.PixelData || vr == VR.OB || vr == VR.OW) {
            return readFragments(tag, vr == VR.UN ? VR.OB : vr, headerOffset, limit);
        }
        if (vr == VR.UN && explicitVr) {
            // PS3.5 6.2.2: UN of undefined length is a sequence encoded as implicit VR little endian.
            return readAsImplicitLittleEndian(() -> readSequence(target, tag, VR.SQ, headerOffset, limit, true, depth));
        }
        return readSequence(target, tag, VR.SQ, headerOffset, limit, true, depth);
    }

    private DataElement readSequence(Attributes parent, int tag, VR vr, int headerOffset, int limit,
            boolean undefinedLength, int depth) throws DicomException {
        if (depth + 1 > MAX_DEPTH) {
            throw new DicomException(file, headerOffset, DicomException.Reason.NESTING_TOO_DEEP,
                    "sequences nest deeper than " + MAX_DEPTH + " levels at " + Tag.format(tag));
        }
        List<Attributes> items = new ArrayList<>();
        while (true) {
            if (!undefinedLength && position >= limit) {
                break;
            }
            int itemOffset = position;
            if (limit - position < 8) {
                throw new DicomException(file, position, DicomException.Reason.TRUNCATED,
                        "the file ends inside sequence " + Tag.format(tag) + " before its end");
            }
            int itemTag = readTag(position);
            long itemLength = readUnsignedInt(position + 4);
            position += 8;
            if (itemTag == SEQUENCE_DELIMITATION) {
                if (!undefinedLength) {
                    warn(itemOffset, "sequence delimitation item inside sequence " + Tag.format(tag)
                            + " of defined length");
                }
                break;
            }
            if (itemTag != ITEM) {
                throw malformed(itemOffset, "expected an item tag (FFFE,E000) in sequence " + Tag.format(tag)
                        + " but found " + Tag.format(itemTag));
            }
            Attributes item = new Attributes(parent);
            if (itemLength == UNDEFINED_LENGTH) {
                readElements(item, limit, depth + 1, true, -1);
            } else {
                if (itemLength > limit - position) {
                    throw new DicomException(file, itemOffset, DicomException.Reason.TRUNCATED, String.format(
                            "item length %d in sequence %s exceeds the %d bytes left", itemLength,
                            Tag.format(tag), limit - position));
                }
                readElements(item, position + (int) itemLength, depth + 1, false, -1);
            }
            items.add(item);
        }
        return DataElement.ofSequence(tag, vr, headerOffset, items);
    }

    private DataElement readFragments(int tag, VR vr, int headerOffset, int limit) throws DicomException {
        List<DataElement.Fragment> fragments = new ArrayList<>();
        while (true) {
            int itemOffset = position;
            if (limit - position < 8) {
                throw new DicomException(file, position, DicomException.Reason.TRUNCATED,
                        "the file ends inside the encapsulated value of " + Tag.format(tag)
                                + " before its sequence delimitation item");
            }
            int itemTag = readTag(position);
            long itemLength = readUnsignedInt(position + 4);
            position += 8;
            if (itemTag == SEQUENCE_DELIMITATION) {
                break;
            }
            if (itemTag != ITEM) {
                throw malformed(itemOffset, "expected a fragment item tag (FFFE,E000) in " + Tag.format(tag)
                        + " but found " + Tag.format(itemTag));
            }
            if (itemLength > limit - position) {
                throw new DicomException(file, itemOffset, DicomException.Reason.TRUNCATED, String.format(
                        "fragment length %d in %s exceeds the %d bytes left", itemLength, Tag.format(tag),
                        limit - position));
            }
            fragments.add(new DataElement.Fragment(position, (int) itemLength));
            position += (int) itemLength;
        }
        return DataElement.ofFragments(tag, vr, headerOffset, buffer, fragments);
    }

    private DataElement createValue(int tag, VR vr, int headerOffset, int length) {
        int size = vr == VR.OB || vr == VR.UN ? 0 : vr.numberSize();
        if (!bigEndian || size <= 1) {
            return DataElement.ofBytes(tag, vr, headerOffset, buffer, position, length);
        }
        byte[] swapped = new byte[length];
        int whole = length - length % size;
        for (int i = 0; i < whole; i += size) {
            for (int j = 0; j < size; j++) {
                swapped[i + j] = buffer[position + i + size - 1 - j];
            }
        }
        System.arraycopy(buffer, position + whole, swapped, whole, length - whole);
        return DataElement.ofBytes(tag, vr, headerOffset, swapped, 0, length);
    }

    private VR implicitVr(int tag) {
        VR vr = ElementDictionary.vrOf(tag);
        if (vr == VR.US && signedPixels && isPixelValueTag(tag)) {
            return VR.SS;
        }
        return vr;
    }

    /** Returns whether a tag is US or SS depending on Pixel Representation (PS3.6 "US or SS"). */
    private static boolean isPixelValueTag(int tag) {
        return tag == Tag.SmallestImagePixelValue || tag == Tag.LargestImagePixelValue
                || tag == Tag.PixelPaddingValue || tag == Tag.PixelPaddingRangeLimit;
    }

    private void requireBytes(int count, int limit, String context) throws DicomException {
        if (limit - position < count) {
            throw new DicomException(file, position, DicomException.Reason.TRUNCATED, String.format(
                    "%s needs %d bytes but only %d are left", context, count, limit - position));
        }
    }

    private int readTag(int at) {
        return (readUnsignedShort(at) << 16) | readUnsignedShort(at + 2);
    }

    private int readUnsignedShort(int at) {
        int first = buffer[at] & 0xFF;
        int second = buffer[at + 1] & 0xFF;
        return bigEndian ? (first << 8) | second : (second << 8) | first;
    }

    private long readUnsignedInt(int at) {
        long low = readUnsignedShort(bigEndian ? at + 2 : at);
        long high = readUnsignedShort(bigEndian ? at : at + 2);
        return (high << 16) | low;
    }

    private DicomException malformed(int offset, String detail) {
        return new DicomException(file, offset, DicomException.Reason.MALFORMED, detail);
    }

    private void warn(int offset, String detail) {
        String message = "at byte offset " + offset + ": " + detail;
        warnings.add(message);
        if (warnings.size() <= MAX_LOGGED_WARNINGS) {
            LOG.warn("{}: {}", file.getFileName(), message);
        } else if (warnings.size() == MAX_LOGGED_WARNINGS + 1) {
            LOG.warn("{}: more warnings follow and are not logged", file.getFileName());
        }
    }
}
