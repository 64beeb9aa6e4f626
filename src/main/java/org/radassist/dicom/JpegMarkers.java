package org.radassist.dicom;

/** Reader of JPEG marker segments (ITU-T T.81 annex B), enough to find the frame header. */
final class JpegMarkers {

    private JpegMarkers() {
    }

    /**
     * Returns the sample precision P of the first SOF marker segment, or -1 when the bytes hold
     * no SOF marker before the first SOS.
     */
    static int framePrecision(byte[] jpeg) {
        int at = 0;
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return -1;
        }
        at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return -1;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return at + 4 < jpeg.length ? jpeg[at + 4] & 0xFF : -1;
            }
            if (marker == 0xDA) {
                return -1;
            }
            at += 2 + length;
        }
        return -1;
    }
}
