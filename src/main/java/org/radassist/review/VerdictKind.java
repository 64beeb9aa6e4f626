package org.radassist.review;

/** The reviewer's judgement of one part of the model's answer. */
public enum VerdictKind {
    AGREE,
    DISAGREE,
    /** The reviewer corrected the text; the corrected text is stored with the verdict. */
    EDITED
}
