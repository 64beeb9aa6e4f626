package org.radassist.dicom;

/**
 * Value representation of a data element, as listed in DICOM PS3.5 section 6.2.
 */
public enum VR {
    AE(Kind.ASCII, false), AS(Kind.ASCII, false), AT(Kind.BINARY, false), CS(Kind.ASCII, false),
    DA(Kind.ASCII, false), DS(Kind.ASCII, false), DT(Kind.ASCII, false), FL(Kind.BINARY, false),
    FD(Kind.BINARY, false), IS(Kind.ASCII, false), LO(Kind.TEXT, false), LT(Kind.TEXT, false),
    OB(Kind.BINARY, true), OD(Kind.BINARY, true), OF(Kind.BINARY, true), OL(Kind.BINARY, true),
    OV(Kind.BINARY, true), OW(Kind.BINARY, true), PN(Kind.TEXT, false), SH(Kind.TEXT, false),
    SL(Kind.BINARY, false), SQ(Kind.SEQUENCE, true), SS(Kind.BINARY, false), ST(Kind.TEXT, false),
    SV(Kind.BINARY, true), TM(Kind.ASCII, false), UC(Kind.TEXT, true), UI(Kind.ASCII, false),
    UL(Kind.BINARY, false), UN(Kind.BINARY, true), UR(Kind.ASCII, true), US(Kind.BINARY, false),
    UT(Kind.TEXT, true), UV(Kind.BINARY, true);

    /** Interpretation of the value bytes of a VR. */
    enum Kind {
        /** Text restricted to the default character repertoire. */
        ASCII,
        /** Text decoded with the data set's Specific Character Set. */
        TEXT,
        /** Numbers or opaque bytes. */
        BINARY,
        /** Items of nested data sets. */
        SEQUENCE
    }

    private final Kind kind;
    private final boolean longLength;

    VR(Kind kind, boolean longLength) {
        this.kind = kind;
        this.longLength = longLength;
    }

    Kind kind() {
        return kind;
    }

    /**
     * Returns whether an explicit VR header uses 2 reserved bytes and a 32-bit length
     * instead of a 16-bit length.
     */
    public boolean hasLongLength() {
        return longLength;
    }

    /** Returns whether the value is character data. */
    public boolean isString() {
        return kind == Kind.ASCII || kind == Kind.TEXT;
    }

    /** Returns whether the value is one string that backslashes do not split. */
    boolean isSingleValuedText() {
        return this == LT || this == ST || this == UT || this == UR;
    }

    /**
     * Returns the size in bytes of one binary number of this VR, or 0 when the VR is not a
     * fixed-size number (text, OB, UN, SQ).
     */
    int numberSize() {
        switch (this) {
            case US: case SS: case OW: case AT:
                return 2;
            case UL: case SL: case FL: case OF: case OL:
                return 4;
            case FD: case OD: case SV: case UV: case OV:
                return 8;
            default:
                return 0;
        }
    }

    /**
     * Returns the VR spelled by two bytes of an explicit VR header, or {@code null} when the
     * bytes are not a known VR.
     */
    static VR fromCode(int first, int second) {
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return null;
        }
        String code = new String(new char[] {(char) first, (char) second});
        for (VR vr : values()) {
            if (vr.name().equals(code)) {
                return vr;
            }
        }
        return null;
    }
}
