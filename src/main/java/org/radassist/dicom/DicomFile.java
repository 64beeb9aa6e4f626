package org.radassist.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DICOM file read into memory: a Part 10 file (128-byte preamble, "DICM", file meta
 * information) or a raw data set without them, such as an ACR-NEMA file.
 */
public final class DicomFile {

    private static final Logger LOG = LoggerFactory.getLogger(DicomFile.class);

    private static final int PREAMBLE_LENGTH = 128;
    /** Bytes {@link #readHeader} reads first; it doubles them until the header fits. */
    static final int HEADER_PREFIX_BYTES = 64 * 1024;
    /** Limit of an inflated data set; deflate can expand about 1000 times, so a bound is needed. */
    private static final int MAX_INFLATED_LENGTH = 1 << 30;

    private final Path path;
    private final Attributes fileMeta;
    private final Attributes dataSet;
    private final TransferSyntax transferSyntax;
    private final List<String> warnings;
    /** Tag the header-only read stopped before, or -1 for a whole file. */
    private final int headerStoppedAtTag;
    private final boolean headerOnly;

    private DicomFile(Path path, Attributes fileMeta, Attributes dataSet, TransferSyntax transferSyntax,
            List<String> warnings, boolean headerOnly, int headerStoppedAtTag) {
        this.path = path;
        this.fileMeta = fileMeta;
        this.dataSet = dataSet;
        this.transferSyntax = transferSyntax;
        this.warnings = List.copyOf(warnings);
        this.headerOnly = headerOnly;
        this.headerStoppedAtTag = headerStoppedAtTag;
    }

    /**
     * Reads and parses a whole file.
     *
     * @throws DicomException when the file cannot be read, is not DICOM, or is malformed or
     *     truncated; the message names the file and the byte offset
     */
    public static DicomFile read(Path path) throws DicomException {
        return parse(path, readBytes(path), false);
    }

    /**
     * Reads the file meta information and the data set up to, not including, the pixel data
     * (group 7FE0), reading only as many bytes as that needs. {@link #hasPixelData()} returns
     * whether Pixel Data follows, but {@link #pixelData()} is not available. A file truncated inside
     * its pixel data reads without error.
     *
     * @throws DicomException when the file cannot be read, is not DICOM, or is malformed or
     *     truncated before its pixel data
     */
    public static DicomFile readHeader(Path path) throws DicomException {
        return readHeader(path, HEADER_PREFIX_BYTES);
    }

    /** Reads the header from a prefix of {@code initialBytes}, doubled while the header does not fit. */
    static DicomFile readHeader(Path path, int initialBytes) throws DicomException {
        long size = fileSize(path);
        int length = (int) Math.min(size, Math.max(initialBytes, PREAMBLE_LENGTH + 4));
        while (true) {
            byte[] prefix = readPrefix(path, length);
            boolean wholeFile = length >= size;
            try {
                DicomFile header = parse(path, prefix, true);
                // A prefix that ends between two elements parses cleanly, so only reaching the
                // pixel data or the end of the file proves the header is complete.
                if (wholeFile || header.headerStoppedAtTag != -1) {
                    return header;
                }
            } catch (DicomException e) {
                if (wholeFile || e.reason() != DicomException.Reason.TRUNCATED) {
                    throw e;
                }
            }
            length = (int) Math.min(size, 2L * length);
        }
    }

    private static DicomFile parse(Path path, byte[] bytes, boolean headerOnly) throws DicomException {
        List<String> warnings = new ArrayList<>();
        if (bytes.length == 0) {
            throw new DicomException(path, 0, DicomException.Reason.NOT_DICOM, "the file is empty");
        }
        int metaStart = -1;
        if (bytes.length >= PREAMBLE_LENGTH + 4 && hasDicmPrefix(bytes, PREAMBLE_LENGTH)) {
            metaStart = PREAMBLE_LENGTH + 4;
        } else if (hasDicmPrefix(bytes, 0)) {
            metaStart = 4;
            warn(path, warnings, "the file starts with \"DICM\" without the 128-byte preamble");
        }

        Attributes fileMeta = new Attributes();
        int dataSetStart = 0;
        TransferSyntax syntax = null;
        if (metaStart >= 0) {
            boolean explicitMeta = bytes.length < metaStart + 6
                    || VR.fromCode(bytes[metaStart + 4] & 0xFF, bytes[metaStart + 5] & 0xFF) != null;
            if (!explicitMeta) {
                warn(path, warnings, "the file meta information is implicit VR instead of explicit VR little endian");
            }
            DataSetReader metaReader = new DataSetReader(path, bytes, metaStart, explicitMeta, false, warnings);
            fileMeta = metaReader.readTopLevel(0x0002);
            dataSetStart = metaReader.position();
            String uid = fileMeta.getString(Tag.TransferSyntaxUID);
            if (uid != null) {
                syntax = TransferSyntax.forUid(uid);
            } else {
                warn(path, warnings, "the file meta information has no Transfer Syntax UID");
            }
        }
        if (syntax == null) {
            syntax = sniffTransferSyntax(path, bytes, dataSetStart);
        }

        byte[] dataSetBytes = bytes;
        if (syntax.deflated()) {
            dataSetBytes = inflate(path, bytes, dataSetStart);
            dataSetStart = 0;
        }
        boolean explicitVr = encodedWithExplicitVr(path, syntax, dataSetBytes, dataSetStart, warnings);
        DataSetReader reader = new DataSetReader(path, dataSetBytes, dataSetStart, explicitVr,
                syntax.bigEndian(), warnings);
        if (metaStart < 0) {
            reader.requireAscendingTags();
        }
        if (headerOnly) {
            reader.stopAtPixelData();
        }
        Attributes dataSet = reader.readTopLevel(-1);
        LOG.debug("{}: read {} elements, transfer syntax {}", path.getFileName(), dataSet.size(), syntax);
        return new DicomFile(path, fileMeta, dataSet, syntax, warnings, headerOnly, reader.stoppedAtTag());
    }

    /**
     * Returns whether the data set uses explicit VR. Some writers label an implicit VR data set
     * with an explicit VR transfer syntax or the reverse, so the first element decides, with a
     * warning when it disagrees with the transfer syntax.
     */
    private static boolean encodedWithExplicitVr(Path path, TransferSyntax syntax, byte[] bytes, int start,
            List<String> warnings) {
        if (syntax.bigEndian() || bytes.length - start < 8) {
            return syntax.explicitVr();
        }
        boolean vrBytes = VR.fromCode(bytes[start + 4] & 0xFF, bytes[start + 5] & 0xFF) != null;
        if (vrBytes != syntax.explicitVr()) {
            warn(path, warnings, "the data set is " + (vrBytes ? "explicit" : "implicit")
                    + " VR although the transfer syntax is " + syntax.name());
        }
        return vrBytes;
    }

    private static void warn(Path path, List<String> warnings, String message) {
        warnings.add(message);
        LOG.warn("{}: {}", path.getFileName(), message);
    }

    private static long fileSize(Path path) throws DicomException {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new DicomException(path, -1, DicomException.Reason.IO_ERROR, "failed to read the file: " + e, e);
        }
    }

    private static byte[] readPrefix(Path path, int length) throws DicomException {
        try (InputStream input = Files.newInputStream(path)) {
            return input.readNBytes(length);
        } catch (IOException e) {
            throw new DicomException(path, -1, DicomException.Reason.IO_ERROR, "failed to read the file: " + e, e);
        }
    }

    private static byte[] readBytes(Path path) throws DicomException {
        try {
            long size = Files.size(path);
            if (size > Integer.MAX_VALUE - 8) {
                throw new DicomException(path, -1, DicomException.Reason.NOT_DICOM,
                        "the file has " + size + " bytes, more than the 2 GiB this reader accepts");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            if (e instanceof DicomException) {
                throw (DicomException) e;
            }
            throw new DicomException(path, -1, DicomException.Reason.IO_ERROR, "failed to read the file: " + e, e);
        }
    }

    private static boolean hasDicmPrefix(byte[] bytes, int at) {
        return bytes.length >= at + 4 && bytes[at] == 'D' && bytes[at + 1] == 'I' && bytes[at + 2] == 'C'
                && bytes[at + 3] == 'M';
    }

    /**
     * Guesses the transfer syntax of a data set without file meta information: explicit VR
     * little endian when bytes 4..5 spell a VR, else implicit VR little endian. The first tag must
     * be in group 0000 to 0008, as a data set starts with its lowest tags.
     */
    private static TransferSyntax sniffTransferSyntax(Path path, byte[] bytes, int start) throws DicomException {
        if (bytes.length - start < 8) {
            throw new DicomException(path, start, DicomException.Reason.NOT_DICOM,
                    "no \"DICM\" prefix and fewer than 8 bytes of data set");
        }
        int group = (bytes[start] & 0xFF) | (bytes[start + 1] & 0xFF) << 8;
        if (group > 0x0008 || (group & 1) == 1) {
            throw new DicomException(path, start, DicomException.Reason.NOT_DICOM, String.format(
                    "not a DICOM file: no \"DICM\" prefix and the first tag group 0x%04X does not start a data set",
                    group));
        }
        if (VR.fromCode(bytes[start + 4] & 0xFF, bytes[start + 5] & 0xFF) != null) {
            return TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        }
        return TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
    }

    private static byte[] inflate(Path path, byte[] bytes, int start) throws DicomException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(bytes, start, bytes.length - start);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (bytes.length - start) * 4));
        byte[] chunk = new byte[65536];
        try {
            while (!inflater.finished()) {
                int count = inflater.inflate(chunk);
                if (count == 0) {
                    // Truncated input or a preset dictionary: parsing the partial data set reports the error.
                    break;
                }
                if (out.size() + count > MAX_INFLATED_LENGTH) {
                    throw new DicomException(path, start, DicomException.Reason.MALFORMED,
                            "the deflated data set inflates to more than " + MAX_INFLATED_LENGTH + " bytes");
                }
                out.write(chunk, 0, count);
            }
        } catch (DataFormatException e) {
            throw new DicomException(path, start + inflater.getBytesRead(), DicomException.Reason.MALFORMED,
                    "invalid deflate data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    /** Returns the path the file was read from. */
    public Path path() {
        return path;
    }

    /** Returns the file meta information (group 0002); empty for a raw data set. */
    public Attributes fileMeta() {
        return fileMeta;
    }

    public Attributes dataSet() {
        return dataSet;
    }

    /**
     * Returns the transfer syntax from the file meta information, or the one guessed from the
     * bytes of a raw data set.
     */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /** Returns the warnings about tolerated defects (odd lengths, stray delimiters), in file order. */
    public List<String> warnings() {
        return warnings;
    }

    /** Returns whether the data set has Pixel Data (7FE0,0010), also after {@link #readHeader}. */
    public boolean hasPixelData() {
        return dataSet.contains(Tag.PixelData) || headerStoppedAtTag == Tag.PixelData;
    }

    /**
     * Returns the pixel data with its image attributes.
     *
     * @throws UnsupportedDicomException when the transfer syntax or pixel format has no decoder
     * @throws DicomException when there is no pixel data, its attributes are invalid, or the file was
     *     read with {@link #readHeader}
     */
    public PixelData pixelData() throws DicomException {
        if (headerOnly) {
            throw new DicomException(path, -1, DicomException.Reason.INVALID_IMAGE,
                    "the pixel data was not read, because the file was read with readHeader");
        }
        return PixelData.of(this);
    }

    @Override
    public String toString() {
        return "DicomFile[" + path.getFileName() + ", " + transferSyntax + "]";
    }
}
