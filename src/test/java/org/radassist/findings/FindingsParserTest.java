package org.radassist.findings;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FindingsParserTest {

    private static final Path LLM_CASES = Path.of("src/test/resources/testdata/cases/llm");

    /** One answer and the sections expected from it; {@code thought} null means none. */
    record Case(String name, String content, String finishReason, String diagnosis, List<String> findings,
            String impression, String recommendations, String thought, boolean truncated, boolean structured) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> answers() throws Exception {
        return Stream.of(
                new Case("plain sections, findings numbered",
                        "DIAGNOSIS: Cardiomegaly\nFINDINGS:\n1. Enlarged cardiac silhouette.\n2. Clear lungs.\n"
                                + "IMPRESSION: Cardiomegaly without acute disease.",
                        "stop", "Cardiomegaly", List.of("Enlarged cardiac silhouette.", "Clear lungs."),
                        "Cardiomegaly without acute disease.", "", null, false, true),
                new Case("bold headings with colon inside",
                        "**DIAGNOSIS:** Right lower lobe pneumonia\n\n**FINDINGS:**\n- Consolidation in the right lower"
                                + " lobe.\n- Small right pleural effusion.\n\n**IMPRESSION:** Pneumonia.",
                        "stop", "Right lower lobe pneumonia",
                        List.of("Consolidation in the right lower lobe.", "Small right pleural effusion."),
                        "Pneumonia.", "", null, false, true),
                new Case("bold headings with colon outside, mixed case",
                        "**Diagnosis**: Normal chest\n**Findings**:\n* Lungs are clear.\n* Heart size is normal.\n"
                                + "**Impression**: No acute cardiopulmonary process.",
                        "stop", "Normal chest", List.of("Lungs are clear.", "Heart size is normal."),
                        "No acute cardiopulmonary process.", "", null, false, true),
                new Case("markdown headers and bullets",
                        "## Diagnosis\nPneumothorax, left\n\n## Findings\n• Visible pleural line at the left apex.\n"
                                + "• No mediastinal shift.\n\n## Impression\nSmall left pneumothorax.\n\n"
                                + "## Recommendations\nRepeat radiograph in 6 hours.",
                        "stop", "Pneumothorax, left",
                        List.of("Visible pleural line at the left apex.", "No mediastinal shift."),
                        "Small left pneumothorax.", "Repeat radiograph in 6 hours.", null, false, true),
                new Case("sections out of order",
                        "FINDINGS: Enlarged heart. Clear lungs.\nIMPRESSION: Cardiomegaly.\nDIAGNOSIS: Cardiomegaly",
                        "stop", "Cardiomegaly", List.of("Enlarged heart.", "Clear lungs."), "Cardiomegaly.", "", null,
                        false, true),
                new Case("lower-case headings",
                        "diagnosis: atelectasis\nfindings: linear opacity at the left base\nimpression: subsegmental atelectasis",
                        "stop", "atelectasis", List.of("linear opacity at the left base"), "subsegmental atelectasis",
                        "", null, false, true),
                new Case("findings one per line without bullets",
                        "DIAGNOSIS: Emphysema\nFINDINGS:\nHyperinflated lungs\nFlattened diaphragms\nIncreased"
                                + " retrosternal air space\nIMPRESSION: COPD pattern.",
                        "stop", "Emphysema",
                        List.of("Hyperinflated lungs", "Flattened diaphragms", "Increased retrosternal air space"),
                        "COPD pattern.", "", null, false, true),
                new Case("findings paragraph split into sentences",
                        "DIAGNOSIS: Pleural effusion\nFINDINGS: There is blunting of the right costophrenic angle."
                                + " The heart measures 1.5 cm wider than before. No pneumothorax is seen.",
                        "stop", "Pleural effusion",
                        List.of("There is blunting of the right costophrenic angle.",
                                "The heart measures 1.5 cm wider than before.", "No pneumothorax is seen."),
                        "", "", null, false, true),
                new Case("bullet with continuation line",
                        "FINDINGS:\n1. Nodule in the right upper lobe,\n   measuring 8 mm.\n2. No adenopathy.",
                        "stop", "", List.of("Nodule in the right upper lobe, measuring 8 mm.", "No adenopathy."),
                        "", "", null, false, true),
                new Case("preamble before the first heading",
                        "Here is my assessment of the image.\n\nDIAGNOSIS: Normal study\nFINDINGS:\n- No abnormality.",
                        "stop", "Normal study", List.of("No abnormality."), "", "", null, false, true),
                new Case("sentence starting with a heading word stays text",
                        "DIAGNOSIS: Pneumonia\nFINDINGS:\n- Left lower lobe opacity.\nFindings are consistent with"
                                + " infection.",
                        "stop", "Pneumonia",
                        List.of("Left lower lobe opacity. Findings are consistent with infection."), "", "", null,
                        false, true),
                new Case("no sections",
                        "The chest radiograph shows an enlarged heart and clear lungs.",
                        "stop", "", List.of(), "", "", null, false, false),
                new Case("thought block closed",
                        "<unused94>thought\nThe heart looks large. Check the lungs.<unused95>DIAGNOSIS: Cardiomegaly\n"
                                + "FINDINGS:\n1. Enlarged cardiac silhouette.",
                        "stop", "Cardiomegaly", List.of("Enlarged cardiac silhouette."), "", "",
                        "The heart looks large. Check the lungs.", false, true),
                new Case("only the thought end marker",
                        "Considering the silhouette.<unused95>\nDIAGNOSIS: Cardiomegaly",
                        "stop", "Cardiomegaly", List.of(), "", "", "Considering the silhouette.", false, true),
                new Case("thought cut by max_tokens",
                        "<unused94>thought\nLet me look at the heart border and the costophrenic angles. The",
                        "length", "", List.of(), "", "", "Let me look at the heart border and the costophrenic angles. The",
                        true, false),
                new Case("recommendation singular with dash separator",
                        "Diagnosis - Rib fracture\nRecommendation: CT if symptoms persist.",
                        "stop", "Rib fracture", List.of(), "", "CT if symptoms persist.", null, false, true),
                new Case("impression list keeps numbering",
                        "IMPRESSION:\n1. Cardiomegaly.\n2. No effusion.",
                        "stop", "", List.of(), "1. Cardiomegaly.\n2. No effusion.", "", null, false, true),
                new Case("all sections on one line",
                        "DIAGNOSIS: Normal chest X-ray. FINDINGS: The lungs are clear. The heart is normal in size."
                                + " **IMPRESSION:** No acute disease.",
                        "stop", "Normal chest X-ray.", List.of("The lungs are clear.", "The heart is normal in size."),
                        "No acute disease.", "", null, false, true),
                new Case("lower-case heading word inside a sentence stays text",
                        "DIAGNOSIS: Normal. Key findings: none.",
                        "stop", "Normal. Key findings: none.", List.of(), "", "", null, false, true),
                new Case("end of turn token removed",
                        "DIAGNOSIS: Normal<end_of_turn>",
                        "stop", "Normal", List.of(), "", "", null, false, true),
                l17("L17_response_finish_stop.json", List.of("Consolidation in the right lower lobe with air bronchograms.",
                        "Small right pleural effusion."), false),
                l17("L17_response_finish_length.json", List.of("Consolidation in the right lower lobe with air bronchograms.",
                        "Small right pleural eff"), true))
                .map(Arguments::of);
    }

    private static Case l17(String file, List<String> findings, boolean truncated) throws Exception {
        JsonNode response = new ObjectMapper().readTree(Files.readString(LLM_CASES.resolve(file)));
        JsonNode choice = response.path("choices").path(0);
        return new Case(file, choice.path("message").path("content").asText(), choice.path("finish_reason").asText(),
                "Right lower lobe pneumonia", findings, "", "", null, truncated, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void parse_answerTable(Case expected) {
        Findings parsed = FindingsParser.parse(expected.content(), expected.finishReason());

        assertAll(expected.name(),
                () -> assertEquals(expected.diagnosis(), parsed.diagnosis(), "diagnosis"),
                () -> assertEquals(expected.findings(), parsed.findings(), "findings"),
                () -> assertEquals(expected.impression(), parsed.impression(), "impression"),
                () -> assertEquals(expected.recommendations(), parsed.recommendations(), "recommendations"),
                () -> assertEquals(expected.thought(), parsed.thought(), "thought"),
                () -> assertEquals(expected.truncated(), parsed.truncated(), "truncated"),
                () -> assertEquals(expected.structured(), parsed.structured(), "structured"));
    }

    @Test
    void parse_noSections_answerIsWholeText() {
        Findings parsed = FindingsParser.parse("  The heart is enlarged.\nLungs are clear.  ", "stop");

        assertEquals("The heart is enlarged.\nLungs are clear.", parsed.answer());
        assertFalse(parsed.structured());
    }

    @Test
    void parse_thoughtRemovedFromAnswer() {
        Findings parsed = FindingsParser.parse("<unused94>thought\nhidden<unused95>DIAGNOSIS: Normal", "stop");

        assertEquals("DIAGNOSIS: Normal", parsed.answer());
        assertEquals("hidden", parsed.thought());
    }

    @Test
    void parse_unterminatedThought_answerEmpty() {
        Findings parsed = FindingsParser.parse("<unused94>thought\nStill thinking", "length");

        assertEquals("", parsed.answer());
        assertEquals("Still thinking", parsed.thought());
        assertTrue(parsed.truncated());
    }

    @Test
    void parse_nullContent_isEmptyUnstructured() {
        Findings parsed = FindingsParser.parse(null, null);

        assertEquals("", parsed.answer());
        assertNull(parsed.thought());
        assertFalse(parsed.structured());
        assertFalse(parsed.truncated());
    }
}
