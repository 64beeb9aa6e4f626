package org.radassist.ui;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tag browser's search: a query matches a node by its tag ({@code 0010,0010},
 * {@code 00100010} or {@code (0010,0010)}), or, ignoring case, by a part of its keyword, name or
 * value. The value of a hidden identifier never matches, so a search cannot reveal it.
 */
final class TagTreeFilter {

    private static final Pattern TAG_QUERY = Pattern.compile("\\(?([0-9a-f]{4})\\s*,?\\s*([0-9a-f]{4})\\)?");

    private final String query;
    private final String tagDigits;
    private final boolean hideIdentifiers;

    /** Creates the filter for a query as typed; a blank query matches every node. */
    TagTreeFilter(String query, boolean hideIdentifiers) {
        this.query = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        var tagMatch = TAG_QUERY.matcher(this.query);
        this.tagDigits = tagMatch.matches() ? tagMatch.group(1) + tagMatch.group(2) : null;
        this.hideIdentifiers = hideIdentifiers;
    }

    boolean isBlank() {
        return query.isEmpty();
    }

    /** Returns whether the node itself matches, not looking at its children. */
    boolean matches(TagNode node) {
        if (query.isEmpty()) {
            return true;
        }
        if (tagDigits != null && tagDigits.equals(digitsOf(node.tag()))) {
            return true;
        }
        if (contains(node.keyword()) || contains(node.name())) {
            return true;
        }
        return !(hideIdentifiers && node.identifying()) && contains(node.value());
    }

    private boolean contains(String field) {
        return field.toLowerCase(Locale.ROOT).contains(query);
    }

    private static String digitsOf(String tag) {
        return tag.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
    }
}
