package org.radassist.findings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses MedGemma's answer text into {@link Findings}.
 *
 * <p>Sections DIAGNOSIS, FINDINGS, IMPRESSION and RECOMMENDATION(S) are read in any order and
 * case, with or without Markdown (bold {@code **DIAGNOSIS:**}, headers {@code ## Findings},
 * bullets), with text on the heading's line or on the following lines. A line counts as a
 * heading only when the heading word is followed by a colon, stands alone on its line, or is a
 * Markdown header, so a sentence such as "Findings are consistent with ..." stays text.
 */
public final class FindingsParser {

    /** Start of MedGemma 1.5 thought text, followed by the word "thought". */
    public static final String THOUGHT_START = "<unused94>";
    /** End of MedGemma 1.5 thought text; the answer follows. */
    public static final String THOUGHT_END = "<unused95>";

    private enum Section { DIAGNOSIS, FINDINGS, IMPRESSION, RECOMMENDATIONS }

    private static final String MARKUP = "(?:\\*\\*|__|\\*|_)?";
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(#{1,6}\\s*)?(?:[-*•+]\\s+|\\d+[.)]\\s+)?" + MARKUP + "\\s*"
                    + "(?:(?:final|primary|most\\s+likely|clinical|overall|differential)\\s+)?"
                    + "(diagnos[ie]s|findings?|impressions?|recommendations?)"
                    + "\\s*" + MARKUP + "\\s*([:：]|\\s-\\s|$)\\s*" + MARKUP + "\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** An upper-case heading in the middle of a line, as in "DIAGNOSIS: Normal. FINDINGS: Clear lungs." */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(?<=\\S)[ \\t]+(?=(?:\\*\\*)?(?:DIAGNOSIS|DIAGNOSES|FINDINGS?|IMPRESSIONS?|RECOMMENDATIONS?)(?:\\*\\*)?\\s*:)");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:\\d+[.)]|[-*•+])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final Pattern SPECIAL_TOKENS = Pattern.compile("<end_of_turn>|<eos>|<start_of_turn>model");

    private FindingsParser() {
    }

    /**
     * Parses {@code content}, the model's message text; {@code finishReason} {@code length} marks
     * the result truncated. A {@code null} content is treated as empty.
     */
    public static Findings parse(String content, String finishReason) {
        String text = content == null ? "" : SPECIAL_TOKENS.matcher(content).replaceAll("");
        boolean truncated = "length".equals(finishReason);

        String thought = null;
        String answer = text;
        int end = text.indexOf(THOUGHT_END);
        int start = text.indexOf(THOUGHT_START);
        if (end >= 0) {
            String before = text.substring(0, end);
            int startInBefore = before.indexOf(THOUGHT_START);
            thought = stripThoughtLabel(startInBefore >= 0 ? before.substring(startInBefore + THOUGHT_START.length()) : before);
            answer = text.substring(end + THOUGHT_END.length());
        } else if (start >= 0) {
            // The answer was cut inside the thought block: everything after the marker is thought.
            thought = stripThoughtLabel(text.substring(start + THOUGHT_START.length()));
            answer = text.substring(0, start);
        }
        answer = answer.strip();
        if (thought != null && thought.isEmpty()) {
            thought = null;
        }

        Map<Section, List<String>> sections = splitSections(answer);
        if (sections.isEmpty()) {
            return new Findings("", List.of(), "", "", answer, thought, truncated, false);
        }
        return new Findings(
                joinInline(sections.get(Section.DIAGNOSIS)),
                findingItems(sections.get(Section.FINDINGS)),
                joinLines(sections.get(Section.IMPRESSION)),
                joinLines(sections.get(Section.RECOMMENDATIONS)),
                answer, thought, truncated, true);
    }

    private static String stripThoughtLabel(String thought) {
        String stripped = thought.strip();
        if (stripped.regionMatches(true, 0, "thought", 0, "thought".length())) {
            stripped = stripped.substring("thought".length()).strip();
        }
        return stripped;
    }

    /** Collects the lines under each heading; text before the first heading belongs to no section. */
    private static Map<Section, List<String>> splitSections(String answer) {
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        List<String> current = null;
        String separated = INLINE_HEADING.matcher(answer).replaceAll("\n");
        for (String line : separated.split("\\R")) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && isHeading(heading)) {
                current = sections.computeIfAbsent(sectionOf(heading.group(2)), key -> new ArrayList<>());
                String rest = stripMarkup(heading.group(4));
                if (!rest.isEmpty()) {
                    current.add(rest);
                }
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    private static boolean isHeading(Matcher heading) {
        boolean markdownHeader = heading.group(1) != null;
        boolean separator = !heading.group(3).isEmpty();
        boolean alone = heading.group(4).isBlank();
        return markdownHeader || separator || alone;
    }

    private static Section sectionOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("diagnos")) {
            return Section.DIAGNOSIS;
        }
        if (lower.startsWith("finding")) {
            return Section.FINDINGS;
        }
        if (lower.startsWith("impression")) {
            return Section.IMPRESSION;
        }
        return Section.RECOMMENDATIONS;
    }

    /** Removes Markdown emphasis markers and surrounding whitespace. */
    private static String stripMarkup(String text) {
        return text.replace("**", "").replace("__", "").strip();
    }

    private static String stripBullet(String line) {
        return BULLET.matcher(line).replaceFirst("");
    }

    /** Joins the section's lines into one line, without bullets or emphasis. */
    private static String joinInline(List<String> lines) {
        if (lines == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            String cleaned = stripMarkup(stripBullet(line));
            if (!cleaned.isEmpty()) {
                parts.add(cleaned);
            }
        }
        return String.join(" ", parts);
    }

    /** Joins the section's non-blank lines with line breaks, keeping bullets and numbering. */
    private static String joinLines(List<String> lines) {
        if (lines == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            String cleaned = stripMarkup(line);
            if (!cleaned.isEmpty()) {
                parts.add(cleaned);
            }
        }
        return String.join("\n", parts);
    }

    /**
     * Splits the FINDINGS section into items: one per bullet or numbered line (unmarked lines
     * after a bullet continue it), else one per line, and a single paragraph into sentences.
     */
    private static List<String> findingItems(List<String> lines) {
        List<String> items = new ArrayList<>();
        if (lines == null) {
            return items;
        }
        List<String> nonBlank = new ArrayList<>();
        boolean anyBullet = false;
        for (String line : lines) {
            if (!line.isBlank()) {
                nonBlank.add(line);
                anyBullet |= BULLET.matcher(line).find();
            }
        }
        if (anyBullet) {
            for (String line : nonBlank) {
                String cleaned = stripMarkup(stripBullet(line));
                if (BULLET.matcher(line).find() || items.isEmpty()) {
                    items.add(cleaned);
                } else {
                    int last = items.size() - 1;
                    items.set(last, items.get(last) + " " + cleaned);
                }
            }
        } else if (nonBlank.size() == 1) {
            for (String sentence : SENTENCE_END.split(stripMarkup(nonBlank.get(0)))) {
                if (!sentence.isBlank()) {
                    items.add(sentence.strip());
                }
            }
        } else {
            for (String line : nonBlank) {
                items.add(stripMarkup(line));
            }
        }
        items.removeIf(String::isEmpty);
        return items;
    }
}
