package org.radassist.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.radassist.dicom.DataElement;
import org.radassist.dicom.DicomFile;
import org.radassist.dicom.Tag;
import org.radassist.testsupport.Corpus;

/**
 * Writes test series by copying a small corpus CT slice and patching values in place. The copy
 * keeps every element's length, so a new value must fit the old value's length. Shorter values
 * are padded with spaces, as DS and IS allow.
 */
final class SliceFiles {

    /** 128 × 128 CT, explicit VR little endian, Image Position (Patient) 34 bytes, orientation 54, Instance Number 2. */
    static final Path SOURCE_CT = Corpus.real("ct_small_evrle_ri1024_nowin.dcm");

    static final String AXIAL = "1\\0\\0\\0\\1\\0";

    private SliceFiles() {
    }

    /**
     * Copies the source CT to {@code target} with a new position, orientation and instance number.
     * When {@code marker} is 0 or more, the pixels of row {@code marker} are set to 3000, so each
     * copy shows a different image.
     */
    static Path write(Path target, String position, String orientation, String instanceNumber, int marker)
            throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(SOURCE_CT, target, StandardCopyOption.REPLACE_EXISTING);
        DicomFile parsed = DicomFile.read(target);
        byte[] bytes = Files.readAllBytes(target);
        patchString(bytes, parsed.dataSet().get(Tag.ImagePositionPatient), position);
        patchString(bytes, parsed.dataSet().get(Tag.ImageOrientationPatient), orientation);
        patchString(bytes, parsed.dataSet().get(Tag.InstanceNumber), instanceNumber);
        if (marker >= 0) {
            DataElement pixels = parsed.dataSet().get(Tag.PixelData);
            int columns = parsed.dataSet().getInt(Tag.Columns, 0);
            // OW has a 12-byte explicit VR header; each pixel is a 16-bit little-endian word.
            int rowStart = (int) pixels.fileOffset() + 12 + marker * columns * 2;
            for (int column = 0; column < columns; column++) {
                bytes[rowStart + 2 * column] = (byte) (3000 & 0xFF);
                bytes[rowStart + 2 * column + 1] = (byte) (3000 >> 8);
            }
        }
        Files.write(target, bytes);
        return target;
    }

    /** Replaces the value of a short-header explicit VR element (8-byte header) with the text. */
    private static void patchString(byte[] bytes, DataElement element, String value) {
        byte[] text = value.getBytes(StandardCharsets.US_ASCII);
        if (text.length > element.length()) {
            throw new IllegalArgumentException("'" + value + "' is longer than the " + element.length()
                    + " bytes of " + Tag.format(element.tag()));
        }
        int start = (int) element.fileOffset() + 8;
        for (int i = 0; i < element.length(); i++) {
            bytes[start + i] = i < text.length ? text[i] : (byte) ' ';
        }
    }
}
