package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptTemplatesTest {

    @Test
    void forModality_mapsDicomCodes() {
        assertSame(PromptTemplates.CHEST_XRAY, PromptTemplates.forModality("CR"));
        assertSame(PromptTemplates.CHEST_XRAY, PromptTemplates.forModality("dx"));
        assertSame(PromptTemplates.CT, PromptTemplates.forModality("CT"));
        assertSame(PromptTemplates.MR, PromptTemplates.forModality(" MR "));
        assertSame(PromptTemplates.GENERIC, PromptTemplates.forModality("US"));
        assertSame(PromptTemplates.GENERIC, PromptTemplates.forModality(null));
    }

    @Test
    void byId_findsEveryTemplate() {
        for (String id : List.of("chest-xray", "ct", "mr", "generic")) {
            assertEquals(id, PromptTemplates.byId(id).id());
        }
    }

    @Test
    void byId_unknown_listsValidIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PromptTemplates.byId("pet"));

        assertEquals("Unknown prompt template 'pet': valid ids are chest-xray, ct, mr, generic.", e.getMessage());
    }

    @Test
    void templates_askForSectionsNotReasoning() {
        for (PromptTemplate template : PromptTemplates.all()) {
            String text = template.text();
            assertTrue(text.contains("DIAGNOSIS:"), template.id());
            assertTrue(text.contains("FINDINGS:"), template.id());
            assertTrue(text.contains("IMPRESSION:"), template.id());
            assertTrue(text.contains("one per line"), template.id());
            assertFalse(PromptTemplates.asksForReasoning(text), template.id());
        }
    }

    @Test
    void asksForReasoning_detectsPhrases() {
        List<String> asking = List.of(
                "Think step by step.",
                "Let's think step-by-step about this image.",
                "Use chain of thought.",
                "Use chain-of-thought reasoning.",
                "Explain your reasoning before the diagnosis.",
                "Show your work.",
                "Walk me through your reasoning.",
                "Reason through the findings first.",
                "Think carefully and then answer.",
                "Describe the thought process.");
        for (String text : asking) {
            assertTrue(PromptTemplates.asksForReasoning(text), text);
        }
    }

    @Test
    void asksForReasoning_ignoresOrdinaryPrompts() {
        List<String> plain = List.of(
                "Describe the findings in this chest X-ray.",
                "List the steps of lung nodule follow-up.",
                "Is there a pleural effusion?",
                "");
        for (String text : plain) {
            assertFalse(PromptTemplates.asksForReasoning(text), text);
        }
        assertFalse(PromptTemplates.asksForReasoning(null));
    }

    @Test
    void thinkingSystemPrompt_prefixesInstruction() {
        assertEquals("SYSTEM INSTRUCTION: think silently if needed. You are an expert radiologist.",
                PromptTemplates.thinkingSystemPrompt(PromptTemplates.DEFAULT_SYSTEM_PROMPT));
        assertEquals("SYSTEM INSTRUCTION: think silently if needed.", PromptTemplates.thinkingSystemPrompt(""));
    }

    @Test
    void userText_appendsHistory() {
        assertEquals("Describe.\n\nClinical History: 65-year-old with dyspnoea.",
                ChatCompletionsRequest.userText("Describe.", " 65-year-old with dyspnoea. "));
        assertEquals("Describe.\n\nClinical History: not provided", ChatCompletionsRequest.userText("Describe.", null));
    }
}
