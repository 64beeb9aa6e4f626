package org.radassist.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.radassist.dicom.DataElement;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;

/**
 * Writes test series by copying a corpus CT slice and patching values in place. The copy
 * keeps every element's length, so a new value must fit the old value's length. Shorter values
 * are padded with spaces, as DS and IS allow.
 */
public final class SliceFiles {

    /** 128 × 128 CT, explicit VR little endian, Image Position (Patient) 34 bytes, orientation 54, Instance Number 2. */
    public static final Path SOURCE_CT = Corpus.real("ct_small_evrle_ri1024_nowin.dcm");

    public static final String AXIAL = "1\\0\\0\\0\\1\\0";

    private SliceFiles() {
    }

    /**
     * Copies the source CT to {@code target} with a new position, orientation and instance number.
     * When {@code marker} is 0 or more, the pixels of row {@code marker} are set to 3000, so each
     * copy shows a different image.
     */
    public static Path write(Path target, String position, String orientation, String instanceNumber, int marker)
            throws IOException {
        return write(SOURCE_CT, target, position, orientation, instanceNumber, marker, marker >= 0 ? 1 : 0);
    }

    /**
     * Copies a 16-bit native DICOM file (explicit or implicit VR little endian) with a new
     * position, orientation and instance number, and sets the stored values of {@code rowCount}
     * rows from {@code firstRow} on to 3000.
     */
    public static Path write(Path source, Path target, String position, String orientation, String instanceNumber,
            int firstRow, int rowCount) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        DicomFile parsed = DicomFile.read(target);
        boolean explicitVr = parsed.transferSyntax().explicitVr();
        byte[] bytes = Files.readAllBytes(target);
        patchString(bytes, parsed.dataSet().get(Tag.ImagePositionPatient), position, explicitVr);
        patchString(bytes, parsed.dataSet().get(Tag.ImageOrientationPatient), orientation, explicitVr);
        patchString(bytes, parsed.dataSet().get(Tag.InstanceNumber), instanceNumber, explicitVr);
        if (rowCount > 0) {
            DataElement pixels = parsed.dataSet().get(Tag.PixelData);
            int columns = parsed.dataSet().getInt(Tag.Columns, 0);
            // Each pixel is a 16-bit little-endian word.
            int start = valueOffset(pixels, explicitVr) + firstRow * columns * 2;
            for (int i = 0; i < rowCount * columns; i++) {
                bytes[start + 2 * i] = (byte) (3000 & 0xFF);
                bytes[start + 2 * i + 1] = (byte) (3000 >> 8);
            }
        }
        Files.write(target, bytes);
        return target;
    }

    /** Returns where the element's value starts: after a 12-byte header for explicit VR OB, OW and the like, else after 8. */
    private static int valueOffset(DataElement element, boolean explicitVr) {
        return (int) element.fileOffset() + (explicitVr && element.vr().hasLongLength() ? 12 : 8);
    }

    /** Replaces the value of a DS or IS element with the text, padded with spaces. */
    private static void patchString(byte[] bytes, DataElement element, String value, boolean explicitVr) {
        byte[] text = value.getBytes(StandardCharsets.US_ASCII);
        if (text.length > element.length()) {
            throw new IllegalArgumentException("'" + value + "' is longer than the " + element.length()
                    + " bytes of " + Tag.format(element.tag()));
        }
        int start = valueOffset(element, explicitVr);
        for (int i = 0; i < element.length(); i++) {
            bytes[start + i] = i < text.length ? text[i] : (byte) ' ';
        }
    }
}
