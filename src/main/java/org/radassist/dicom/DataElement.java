package org.radassist.dicom;

import java.util.Arrays;
import java.util.List;

/**
 * One data element of a data set: its tag, VR and value. A value is plain bytes (always little
 * endian, because the reader swaps big endian values by VR), a list of sequence items, or the
 * fragments of encapsulated pixel data.
 */
public final class DataElement {

    /**
     * One item of encapsulated pixel data.
     *
     * @param fileOffset byte offset of the item's value in the file (or in the inflated stream)
     */
    public record Fragment(long fileOffset, int length) {
    }

    private final int tag;
    private final VR vr;
    private final long fileOffset;
    private final byte[] buffer;
    private final int valueOffset;
    private final int length;
    private final List<Attributes> items;
    private final List<Fragment> fragments;

    private DataElement(int tag, VR vr, long fileOffset, byte[] buffer, int valueOffset, int length,
            List<Attributes> items, List<Fragment> fragments) {
        this.tag = tag;
        this.vr = vr;
        this.fileOffset = fileOffset;
        this.buffer = buffer;
        this.valueOffset = valueOffset;
        this.length = length;
        this.items = items;
        this.fragments = fragments;
    }

    static DataElement ofBytes(int tag, VR vr, long fileOffset, byte[] buffer, int valueOffset, int length) {
        return new DataElement(tag, vr, fileOffset, buffer, valueOffset, length, null, null);
    }

    static DataElement ofSequence(int tag, VR vr, long fileOffset, List<Attributes> items) {
        return new DataElement(tag, vr, fileOffset, null, 0, 0, List.copyOf(items), null);
    }

    /**
     * Creates encapsulated pixel data; {@code buffer} is the whole file (or inflated stream) that
     * the fragment offsets point into.
     */
    static DataElement ofFragments(int tag, VR vr, long fileOffset, byte[] buffer, List<Fragment> fragments) {
        return new DataElement(tag, vr, fileOffset, buffer, 0, 0, null, List.copyOf(fragments));
    }

    public int tag() {
        return tag;
    }

    public VR vr() {
        return vr;
    }

    /** Returns the byte offset of the element's header in the file (or inflated stream). */
    public long fileOffset() {
        return fileOffset;
    }

    /** Returns the value length in bytes; 0 for sequences and encapsulated pixel data. */
    public int length() {
        return length;
    }

    public boolean isSequence() {
        return items != null;
    }

    public boolean isEncapsulated() {
        return fragments != null;
    }

    /** Returns the sequence items, or an empty list when the element is not a sequence. */
    public List<Attributes> items() {
        return items == null ? List.of() : items;
    }

    /**
     * Returns the fragments of encapsulated pixel data, the Basic Offset Table first, or an empty
     * list when the element is not encapsulated.
     */
    public List<Fragment> fragments() {
        return fragments == null ? List.of() : fragments;
    }

    /** Returns a copy of the value bytes in little endian order, or an empty array for a sequence. */
    public byte[] bytes() {
        if (buffer == null || fragments != null) {
            return new byte[0];
        }
        return Arrays.copyOfRange(buffer, valueOffset, valueOffset + length);
    }

    /** Returns a copy of one fragment's bytes. */
    byte[] fragmentBytes(Fragment fragment) {
        int start = (int) fragment.fileOffset();
        return Arrays.copyOfRange(buffer, start, start + fragment.length());
    }

    byte[] buffer() {
        return buffer;
    }

    int valueOffset() {
        return valueOffset;
    }

    @Override
    public String toString() {
        return Tag.format(tag) + " " + vr + " #" + length;
    }
}
