package org.radassist.ui;

import java.util.List;
import java.util.Objects;

/**
 * One node of the tag browser's tree: a data element, a sequence item, or pixel data.
 *
 * @param kind what the node is
 * @param tag the tag as {@code (gggg,eeee)}
 * @param vr the VR, or "" for items and fragments
 * @param keyword the PS3.6 keyword, or "" for a private or unknown tag
 * @param name a readable name from the data dictionary, or "" when the tag has none
 * @param value the value decoded with the data set's character set, with multiple values separated
 *     by backslashes and binary values as hexadecimal bytes. It is "" for sequences, items and pixel
 *     data. The service may cut very long values, and {@code length} still gives the full size.
 * @param length the value length in bytes; for encapsulated pixel data the sum of its fragments
 * @param identifying whether the element identifies the patient, the study or people and places
 *     involved, so that the tag browser hides its value and its items while identifiers are hidden
 * @param children the items of a sequence, the elements of an item, or the fragments of
 *     encapsulated pixel data
 */
public record TagNode(Kind kind, String tag, String vr, String keyword, String name, String value, long length,
        boolean identifying, List<TagNode> children) {

    /** The kinds of node. */
    public enum Kind {
        /** A data element with a value. */
        ELEMENT,
        /** A sequence whose children are its items. */
        SEQUENCE,
        /** A sequence item whose children are its elements. */
        ITEM,
        /** Native pixel data, shown as a summary with its length. */
        PIXEL_DATA,
        /** Encapsulated pixel data whose children are its fragments. */
        ENCAPSULATED_PIXEL_DATA,
        /** One fragment of encapsulated pixel data. */
        FRAGMENT
    }

    public TagNode {
        Objects.requireNonNull(kind, "kind");
        tag = Objects.requireNonNullElse(tag, "");
        vr = Objects.requireNonNullElse(vr, "");
        keyword = Objects.requireNonNullElse(keyword, "");
        name = Objects.requireNonNullElse(name, "");
        value = Objects.requireNonNullElse(value, "");
        children = children == null ? List.of() : List.copyOf(children);
    }
}
