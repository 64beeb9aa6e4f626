package org.radassist.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings that the corpus lacks, built byte by byte. */
class SyntheticDataSetTest {

    private static final String EXPLICIT_LE = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid();
    private static final int PRIVATE_CREATOR = 0x00090010;
    private static final int PRIVATE_ELEMENT = 0x00091001;

    @TempDir
    Path directory;

    @Test
    void privateElements_areKept() throws IOException {
        byte[] dataSet = new TestFiles().text(PRIVATE_CREATOR, "LO", "RADASSIST TEST")
                .text(PRIVATE_ELEMENT, "LO", "private value").toBytes();
        Attributes attributes = read(dataSet).dataSet();

        assertEquals("RADASSIST TEST", attributes.getString(PRIVATE_CREATOR));
        assertEquals("private value", attributes.getString(PRIVATE_ELEMENT));
        assertTrue(Tag.isPrivate(PRIVATE_ELEMENT));
    }

    @Test
    void undefinedLengthUn_isReadAsImplicitSequence() throws IOException {
        byte[] implicitItemContent = implicitElement(Tag.CodeValue, "T-D0050");
        byte[] dataSet = new TestFiles().startUndefinedLength(PRIVATE_ELEMENT, "UN").startItem()
                .raw(implicitItemContent).endItem().endSequence()
                .text(Tag.Modality, "CS", "OT").toBytes();
        Attributes attributes = read(dataSet).dataSet();
        List<Attributes> items = attributes.getSequence(PRIVATE_ELEMENT);

        assertEquals(1, items.size());
        assertEquals("T-D0050", items.get(0).getString(Tag.CodeValue));
        assertEquals("OT", attributes.getString(Tag.Modality));
    }

    @Test
    void knownSequenceAsUn_parsesImplicit() throws IOException {
        byte[] item = new TestFiles().item(implicitElement(Tag.CodeMeaning, "Chest")).toBytes();
        byte[] dataSet = new TestFiles().longElement(Tag.ViewCodeSequence, "UN", item).toBytes();
        Attributes attributes = read(dataSet).dataSet();

        assertEquals(VR.SQ, attributes.getVR(Tag.ViewCodeSequence));
        assertEquals("Chest", attributes.getSequence(Tag.ViewCodeSequence).get(0).getString(Tag.CodeMeaning));
    }

    @Test
    void native32Bit_isReadAsSignedInts() throws IOException {
        byte[] pixels = TestFiles.uint32Bytes(0, 0xFFFFFFFFL, 70000, 0x80000000L);
        byte[] dataSet = image(2, 2, 32, 32, 1).longElement(Tag.PixelData, "OW", pixels).toBytes();

        int[] values = read(dataSet).pixelData().readFrame(0);

        assertArrayEquals(new int[] {0, -1, 70000, Integer.MIN_VALUE}, values);
    }

    @Test
    void multiFrame8Bit_readsFrameAtOffset() throws IOException {
        byte[] dataSet = image(1, 2, 8, 8, 0).text(Tag.NumberOfFrames, "IS", "3")
                .longElement(Tag.PixelData, "OB", new byte[] {1, 2, 3, 4, 5, 6}).toBytes();
        PixelData pixels = read(dataSet).pixelData();

        assertArrayEquals(new int[] {3, 4}, pixels.readFrame(1));
        assertArrayEquals(new int[] {5, 6}, pixels.readFrame(2));
    }

    @Test
    void oneBitFrames_startMidByte() throws IOException {
        // Two 3x3 frames of 9 bits each, packed from the least significant bit:
        // frame 0 = 1,0,0,0,0,0,0,0,1 and frame 1 = 0,1,1,1,1,1,1,1,0.
        byte[] bits = {(byte) 0x01, (byte) 0b1111_1101, (byte) 0b0000_0001, 0};
        byte[] dataSet = image(3, 3, 1, 1, 0).text(Tag.NumberOfFrames, "IS", "2")
                .longElement(Tag.PixelData, "OB", bits).toBytes();
        PixelData pixels = read(dataSet).pixelData();

        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 1}, pixels.readFrame(0));
        assertArrayEquals(new int[] {0, 1, 1, 1, 1, 1, 1, 1, 0}, pixels.readFrame(1));
    }

    @Test
    void highBitAboveBitsStored_shiftsValues() throws IOException {
        // Bits Stored 12 with High Bit 15: the value sits in bits 4..15.
        byte[] pixels = {0x10, 0x00, (byte) 0xF0, (byte) 0xFF};
        byte[] dataSet = image(1, 2, 16, 12, 0).unsignedShort(Tag.HighBit, 15)
                .longElement(Tag.PixelData, "OW", pixels).toBytes();

        int[] values = read(dataSet).pixelData().readFrame(0);

        assertArrayEquals(new int[] {1, 4095}, values);
    }

    @Test
    void rleFrames_useBasicOffsetTable() throws IOException {
        byte[] frame0 = rleFrame(new byte[] {1, 2, 3, 4});
        byte[] frame1 = rleFrame(new byte[] {5, 6, 7, 8});
        byte[] firstPart = Arrays.copyOfRange(frame0, 0, 40);
        byte[] secondPart = Arrays.copyOfRange(frame0, 40, frame0.length);
        byte[] offsetTable = TestFiles.uint32Bytes(0, 8 + firstPart.length + 8 + secondPart.length);
        byte[] dataSet = image(2, 2, 8, 8, 0).text(Tag.NumberOfFrames, "IS", "2")
                .encapsulatedPixelData(offsetTable, firstPart, secondPart, frame1).toBytes();

        PixelData pixels = read(TransferSyntax.RLE_LOSSLESS.uid(), dataSet).pixelData();

        assertEquals(2, pixels.frames());
        assertArrayEquals(new int[] {1, 2, 3, 4}, pixels.readFrame(0));
        assertArrayEquals(new int[] {5, 6, 7, 8}, pixels.readFrame(1));
    }

    @Test
    void rleFrames_useExtendedOffsetTable() throws IOException {
        byte[] frame0 = rleFrame(new byte[] {1, 2, 3, 4});
        byte[] firstPart = Arrays.copyOfRange(frame0, 0, 40);
        byte[] secondPart = Arrays.copyOfRange(frame0, 40, frame0.length);
        long secondFrameOffset = 8 + firstPart.length + 8 + secondPart.length;
        byte[] extendedOffsets = new byte[16];
        for (int i = 0; i < 8; i++) {
            extendedOffsets[8 + i] = (byte) (secondFrameOffset >>> (8 * i));
        }
        byte[] dataSet = image(2, 2, 8, 8, 0).text(Tag.NumberOfFrames, "IS", "2")
                .longElement(Tag.ExtendedOffsetTable, "OV", extendedOffsets)
                .encapsulatedPixelData(new byte[0], firstPart, secondPart, rleFrame(new byte[] {5, 6, 7, 8}))
                .toBytes();

        PixelData pixels = read(TransferSyntax.RLE_LOSSLESS.uid(), dataSet).pixelData();

        assertArrayEquals(new int[] {1, 2, 3, 4}, pixels.readFrame(0));
        assertArrayEquals(new int[] {5, 6, 7, 8}, pixels.readFrame(1));
    }

    @Test
    void dicmPrefixWithoutPreamble_isReadWithWarning() throws IOException {
        byte[] part10 = TestFiles.part10(EXPLICIT_LE, new TestFiles().text(Tag.Modality, "CS", "MR").toBytes());
        Path file = directory.resolve("no_preamble.dcm");
        Files.write(file, Arrays.copyOfRange(part10, 128, part10.length));

        DicomFile dicom = DicomFile.read(file);

        assertEquals("MR", dicom.dataSet().getString(Tag.Modality));
        assertEquals(EXPLICIT_LE, dicom.fileMeta().getString(Tag.TransferSyntaxUID));
        assertEquals(List.of("the file starts with \"DICM\" without the 128-byte preamble"), dicom.warnings());
    }

    @Test
    void rleFramesWithoutOffsetTable_areRejected() throws IOException {
        byte[] frame0 = rleFrame(new byte[] {1, 2, 3, 4});
        byte[] dataSet = image(2, 2, 8, 8, 0).text(Tag.NumberOfFrames, "IS", "2")
                .encapsulatedPixelData(new byte[0], Arrays.copyOf(frame0, 40),
                        Arrays.copyOfRange(frame0, 40, frame0.length), rleFrame(new byte[] {5, 6, 7, 8}))
                .toBytes();
        DicomFile dicom = read(TransferSyntax.RLE_LOSSLESS.uid(), dataSet);

        DicomException error = assertThrows(DicomException.class, dicom::pixelData);

        assertEquals(DicomException.Reason.INVALID_IMAGE, error.reason());
        assertTrue(error.getMessage().contains("cannot split 3 fragments into 2 frames"), error.getMessage());
    }

    @Test
    void implicitLabelledExplicit_warns() throws IOException {
        byte[] dataSet = new TestFiles().raw(implicitElement(Tag.Modality, "CT"))
                .raw(implicitElement(Tag.StudyDescription, "Head")).toBytes();
        DicomFile dicom = read(dataSet);

        assertEquals("CT", dicom.dataSet().getString(Tag.Modality));
        assertEquals("Head", dicom.dataSet().getString(Tag.StudyDescription));
        assertEquals(List.of("the data set is implicit VR although the transfer syntax is Explicit VR Little Endian"),
                dicom.warnings());
    }

    @Test
    void bitsAllocated24_isUnsupported() throws IOException {
        byte[] dataSet = image(1, 1, 24, 24, 0).longElement(Tag.PixelData, "OB", new byte[4]).toBytes();
        DicomFile dicom = read(dataSet);

        UnsupportedDicomException error = assertThrows(UnsupportedDicomException.class, dicom::pixelData);

        assertEquals(DicomException.Reason.UNSUPPORTED_PIXEL_FORMAT, error.reason());
        assertEquals("synthetic.dcm: Bits Allocated 24 (supported: 1, 8, 12, 16 and 32) is not supported "
                + "(transfer syntax Explicit VR Little Endian, 1.2.840.10008.1.2.1)", error.getMessage());
    }

    @Test
    void unknownTransferSyntax_isUnsupported() throws IOException {
        byte[] dataSet = image(2, 2, 8, 8, 0).encapsulatedPixelData(new byte[0], new byte[4]).toBytes();
        DicomFile dicom = read("1.2.3.4.5", dataSet);

        UnsupportedDicomException error = assertThrows(UnsupportedDicomException.class, dicom::pixelData);

        assertTrue(error.getMessage().contains("Unknown transfer syntax (1.2.3.4.5) is not supported"),
                error.getMessage());
    }

    private static TestFiles image(int rows, int columns, int bitsAllocated, int bitsStored, int pixelRepresentation) {
        return new TestFiles().unsignedShort(Tag.SamplesPerPixel, 1).text(Tag.PhotometricInterpretation, "CS",
                "MONOCHROME2").unsignedShort(Tag.Rows, rows).unsignedShort(Tag.Columns, columns)
                .unsignedShort(Tag.BitsAllocated, bitsAllocated).unsignedShort(Tag.BitsStored, bitsStored)
                .unsignedShort(Tag.PixelRepresentation, pixelRepresentation);
    }

    /** Returns an RLE Lossless frame with one segment of literal bytes, padded to even length. */
    private static byte[] rleFrame(byte[] samples) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        byte[] header = new byte[64];
        System.arraycopy(TestFiles.uint32Bytes(1, 64), 0, header, 0, 8);
        frame.writeBytes(header);
        frame.write(samples.length - 1);
        frame.writeBytes(samples);
        if (frame.size() % 2 == 1) {
            frame.write(0x80);
        }
        return frame.toByteArray();
    }

    /** Returns one implicit VR little endian element with a text value padded to even length. */
    private static byte[] implicitElement(int tag, String text) {
        String padded = text.length() % 2 == 1 ? text + " " : text;
        ByteArrayOutputStream element = new ByteArrayOutputStream();
        element.write(tag >>> 16 & 0xFF);
        element.write(tag >>> 24 & 0xFF);
        element.write(tag & 0xFF);
        element.write(tag >>> 8 & 0xFF);
        element.writeBytes(TestFiles.uint32Bytes(padded.length()));
        element.writeBytes(padded.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return element.toByteArray();
    }

    private DicomFile read(byte[] dataSet) throws IOException {
        return read(EXPLICIT_LE, dataSet);
    }

    private DicomFile read(String transferSyntaxUid, byte[] dataSet) throws IOException {
        Path file = directory.resolve("synthetic.dcm");
        Files.write(file, TestFiles.part10(transferSyntaxUid, dataSet));
        return DicomFile.read(file);
    }
}
