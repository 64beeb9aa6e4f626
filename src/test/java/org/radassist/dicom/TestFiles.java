package org.radassist.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builder of small explicit VR little endian data sets and Part 10 files for tests. */
final class TestFiles {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Appends an element with a 2-byte length (VRs such as CS, DS, US, UI). */
    TestFiles shortElement(int tag, String vr, byte[] value) {
        tag(tag);
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        uint16(value.length);
        out.writeBytes(value);
        return this;
    }

    /** Appends an element with 2 reserved bytes and a 4-byte length (VRs such as OB, OW, UN, UT). */
    TestFiles longElement(int tag, String vr, byte[] value) {
        tag(tag);
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        uint16(0);
        uint32(value.length);
        out.writeBytes(value);
        return this;
    }

    /** Appends a US element. */
    TestFiles unsignedShort(int tag, int value) {
        return shortElement(tag, "US", new byte[] {(byte) value, (byte) (value >>> 8)});
    }

    /** Appends encapsulated pixel data: the Basic Offset Table, then one item per fragment. */
    TestFiles encapsulatedPixelData(byte[] offsetTable, byte[]... fragments) {
        tag(Tag.PixelData);
        out.writeBytes("OB".getBytes(StandardCharsets.US_ASCII));
        uint16(0);
        uint32(0xFFFFFFFFL);
        item(offsetTable);
        for (byte[] fragment : fragments) {
            item(fragment);
        }
        return endSequence();
    }

    /** Appends an item of defined length. */
    TestFiles item(byte[] value) {
        tag(0xFFFEE000);
        uint32(value.length);
        out.writeBytes(value);
        return this;
    }

    /** Appends raw bytes, e.g. an element in another encoding. */
    TestFiles raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** Appends the header of an element of undefined length with the given VR (SQ or UN). */
    TestFiles startUndefinedLength(int tag, String vr) {
        tag(tag);
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        uint16(0);
        uint32(0xFFFFFFFFL);
        return this;
    }

    /** Appends a text element, padded with a space to even length. */
    TestFiles text(int tag, String vr, byte[] text) {
        byte[] value = text;
        if (value.length % 2 == 1) {
            value = new byte[text.length + 1];
            System.arraycopy(text, 0, value, 0, text.length);
            value[text.length] = ' ';
        }
        return shortElement(tag, vr, value);
    }

    TestFiles text(int tag, String vr, String ascii) {
        return text(tag, vr, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** Appends the header of a sequence of undefined length. */
    TestFiles startSequence(int tag) {
        return startUndefinedLength(tag, "SQ");
    }

    /** Appends an item header of undefined length. */
    TestFiles startItem() {
        tag(0xFFFEE000);
        uint32(0xFFFFFFFFL);
        return this;
    }

    TestFiles endItem() {
        tag(0xFFFEE00D);
        uint32(0);
        return this;
    }

    TestFiles endSequence() {
        tag(0xFFFEE0DD);
        uint32(0);
        return this;
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    /** Returns a Part 10 file: preamble, "DICM", file meta information with the transfer syntax, data set. */
    static byte[] part10(String transferSyntaxUid, byte[] dataSet) {
        TestFiles meta = new TestFiles();
        byte[] uid = transferSyntaxUid.getBytes(StandardCharsets.US_ASCII);
        byte[] paddedUid = new byte[uid.length + uid.length % 2];
        System.arraycopy(uid, 0, paddedUid, 0, uid.length);
        meta.shortElement(Tag.TransferSyntaxUID, "UI", paddedUid);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[128]);
        file.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(meta.toBytes());
        file.writeBytes(dataSet);
        return file.toByteArray();
    }

    /** Returns the bytes of 32-bit little endian numbers. */
    static byte[] uint32Bytes(long... values) {
        TestFiles bytes = new TestFiles();
        for (long value : values) {
            bytes.uint32(value);
        }
        return bytes.toBytes();
    }

    private void tag(int tag) {
        uint16(tag >>> 16);
        uint16(tag & 0xFFFF);
    }

    private void uint16(int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private void uint32(long value) {
        uint16((int) (value & 0xFFFF));
        uint16((int) (value >>> 16));
    }
}
