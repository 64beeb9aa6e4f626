package org.radassist.ui;

/**
 * A row of the tag browser: a node and, for items and fragments, its 1-based number within its
 * sequence or pixel data, which the row shows as "Item 2".
 */
record TagRow(TagNode node, int itemNumber) {

    /** Maximum characters of a value shown in the table; the copied value is never cut here. */
    static final int MAX_SHOWN_CHARS = 120;
    /** Bytes of a binary value that the service formats as hex; a longer value is shown as cut. */
    static final int SHOWN_BINARY_BYTES = 32;

    /** Returns the text of the value column. */
    String valueText(Localization text, boolean hideIdentifiers) {
        TagNode.Kind kind = node.kind();
        if (hideIdentifiers && node.identifying() && kind != TagNode.Kind.ITEM) {
            return text.get("tags.hidden");
        }
        switch (kind) {
            case SEQUENCE:
                return text.format("tags.items", node.children().size());
            case ITEM:
                return text.format("tags.elements", node.children().size());
            case PIXEL_DATA:
                return text.format("tags.pixelData", node.length());
            case ENCAPSULATED_PIXEL_DATA:
                return text.format("tags.encapsulated", node.length(), node.children().size());
            case FRAGMENT:
                return text.format("tags.fragment", node.length());
            default:
                return elementValue(text);
        }
    }

    private String elementValue(Localization text) {
        String value = node.value().replaceAll("\\R", " ");
        boolean cut = value.length() > MAX_SHOWN_CHARS;
        if (cut) {
            value = value.substring(0, MAX_SHOWN_CHARS);
        }
        if (cut || isBinary() && node.length() > SHOWN_BINARY_BYTES) {
            return text.format("tags.shortened", value, node.length());
        }
        return value;
    }

    private boolean isBinary() {
        return switch (node.vr()) {
            case "OB", "OW", "OF", "OD", "OL", "OV", "UN" -> true;
            default -> false;
        };
    }

    /** Returns the text of the name column: the dictionary name, or "Item n" for items and fragments. */
    String nameText(Localization text) {
        if (node.kind() == TagNode.Kind.ITEM || node.kind() == TagNode.Kind.FRAGMENT) {
            return text.format("tags.item", itemNumber);
        }
        return node.name().isEmpty() && node.keyword().isEmpty() ? text.get("tags.unknown") : node.name();
    }

    /** Returns the value to copy, or {@code null} when the value is hidden or the node has none. */
    String copyValue(boolean hideIdentifiers) {
        if (hideIdentifiers && node.identifying()) {
            return null;
        }
        return node.kind() == TagNode.Kind.ELEMENT ? node.value() : null;
    }
}
