package org.radassist.dicom;

import java.nio.file.Path;

/**
 * Decoder of RLE Lossless frames (PS3.5 annex G): a 64-byte header with up to 15 segment
 * offsets, then one PackBits segment per byte of each sample, most significant byte first.
 */
final class RleDecoder {

    private static final int HEADER_LENGTH = 64;
    private static final int MAX_SEGMENTS = 15;

    private final Path file;
    private final ImageDescription image;

    RleDecoder(Path file, ImageDescription image) {
        this.file = file;
        this.image = image;
    }

    int[] decode(int index, byte[] frame, long frameOffset) throws DicomException {
        int bytesPerSample = (image.bitsAllocated() + 7) / 8;
        int samples = image.samplesPerPixel();
        int expectedSegments = bytesPerSample * samples;
        if (image.bitsAllocated() % 8 != 0 || expectedSegments > MAX_SEGMENTS) {
            throw UnsupportedDicomException.forPixelFormat(file, TransferSyntax.RLE_LOSSLESS,
                    "Bits Allocated " + image.bitsAllocated() + " with " + samples + " samples per pixel");
        }

        if (frame.length < HEADER_LENGTH) {
            throw failed(index, frameOffset, "the RLE header needs 64 bytes but the frame has " + frame.length);
        }
        int segments = readInt(frame, 0);
        if (segments != expectedSegments) {
            throw failed(index, frameOffset, "the RLE header lists " + segments + " segments but the image needs "
                    + expectedSegments);
        }

        int pixels = image.rows() * image.columns();
        // A PackBits run turns 2 bytes into at most 128, so a smaller frame cannot fill the image.
        if ((long) pixels * segments > 64L * frame.length) {
            throw failed(index, frameOffset, "a frame of " + frame.length + " bytes cannot expand to " + pixels + " pixels of "
                    + segments + " segments");
        }
        int[] values = new int[pixels * samples];
        byte[] segment = new byte[pixels];
        for (int s = 0; s < segments; s++) {
            long start = readInt(frame, 4 + 4 * s) & 0xFFFFFFFFL;
            long end = s + 1 < segments ? readInt(frame, 8 + 4 * s) & 0xFFFFFFFFL : frame.length;
            if (start < HEADER_LENGTH || end > frame.length || start > end) {
                throw failed(index, frameOffset, "segment " + s + " spans bytes " + start + " to " + end + " of a "
                        + frame.length + "-byte frame");
            }
            unpackBits(frame, (int) start, (int) end, segment, index, frameOffset, s);
            int sample = s / bytesPerSample;
            int shift = 8 * (bytesPerSample - 1 - s % bytesPerSample);
            for (int p = 0; p < pixels; p++) {
                values[p * samples + sample] |= (segment[p] & 0xFF) << shift;
            }
        }
        return values;
    }

    /** Decodes one PackBits segment into {@code out}; a segment that decodes short is an error. */
    private void unpackBits(byte[] in, int start, int end, byte[] out, int index, long frameOffset, int segment)
            throws DicomException {
        int read = start;
        int written = 0;
        while (written < out.length && read < end) {
            int header = in[read++];
            if (header >= 0) {
                int count = header + 1;
                if (read + count > end || written + count > out.length) {
                    count = Math.min(end - read, out.length - written);
                }
                System.arraycopy(in, read, out, written, count);
                read += header + 1;
                written += count;
            } else if (header != -128) {
                if (read >= end) {
                    break;
                }
                int count = Math.min(1 - header, out.length - written);
                byte value = in[read++];
                for (int i = 0; i < count; i++) {
                    out[written++] = value;
                }
            }
        }
        if (written < out.length) {
            throw failed(index, frameOffset, "RLE segment " + segment + " decodes to " + written + " bytes instead of "
                    + out.length);
        }
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }

    private DicomException failed(int index, long frameOffset, String detail) {
        return new DicomException(file, frameOffset, DicomException.Reason.DECODING_FAILED,
                "RLE frame " + index + ": " + detail);
    }
}
