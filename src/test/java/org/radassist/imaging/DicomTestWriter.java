package org.radassist.imaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small explicit VR little endian DICOM files for tests of attributes that no corpus file
 * has. Callers add elements in ascending tag order, as Part 10 requires.
 */
public final class DicomTestWriter {

    private final ByteArrayOutputStream dataSet = new ByteArrayOutputStream();

    public DicomTestWriter string(int tag, String vr, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length % 2 != 0) {
            byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 1);
            padded[bytes.length] = (byte) (vr.equals("UI") ? 0 : ' ');
            bytes = padded;
        }
        return element(tag, vr, bytes);
    }

    public DicomTestWriter us(int tag, int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : values) {
            buffer.putShort((short) value);
        }
        return element(tag, "US", buffer.array());
    }

    /** Adds 16-bit words as OW, little endian. */
    public DicomTestWriter ow(int tag, int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : values) {
            buffer.putShort((short) value);
        }
        return element(tag, "OW", buffer.array());
    }

    public DicomTestWriter ob(int tag, byte[] values) {
        return element(tag, "OB", values.length % 2 == 0 ? values : java.util.Arrays.copyOf(values, values.length + 1));
    }

    /** Adds a sequence of explicit length whose items are the data sets of the given writers. */
    public DicomTestWriter sequence(int tag, DicomTestWriter... items) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (DicomTestWriter item : items) {
            byte[] itemBytes = item.dataSet.toByteArray();
            ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            header.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(itemBytes.length);
            value.writeBytes(header.array());
            value.writeBytes(itemBytes);
        }
        return element(tag, "SQ", value.toByteArray());
    }

    private DicomTestWriter element(int tag, String vr, byte[] value) {
        boolean longLength = switch (vr) {
            case "OB", "OW", "OF", "SQ", "UT", "UN" -> true;
            default -> false;
        };
        ByteBuffer header = ByteBuffer.allocate(longLength ? 12 : 8).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) (tag >>> 16)).putShort((short) tag);
        header.put(vr.getBytes(StandardCharsets.US_ASCII));
        if (longLength) {
            header.putShort((short) 0).putInt(value.length);
        } else {
            header.putShort((short) value.length);
        }
        dataSet.writeBytes(header.array());
        dataSet.writeBytes(value);
        return this;
    }

    /** Writes the preamble, "DICM", a file meta group for explicit VR little endian and the data set. */
    public void write(Path file) throws IOException {
        DicomTestWriter meta = new DicomTestWriter()
                .ob(0x00020001, new byte[] {0, 1})
                .string(0x00020002, "UI", "1.2.840.10008.5.1.4.1.1.7")
                .string(0x00020003, "UI", "1.2.826.0.1.3680043.2.1125.1")
                .string(0x00020010, "UI", "1.2.840.10008.1.2.1");
        byte[] metaBytes = meta.dataSet.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer groupLength = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        groupLength.putShort((short) 0x0002).putShort((short) 0x0000).put("UL".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 4).putInt(metaBytes.length);
        out.writeBytes(groupLength.array());
        out.writeBytes(metaBytes);
        out.writeBytes(dataSet.toByteArray());
        Files.write(file, out.toByteArray());
    }
}
