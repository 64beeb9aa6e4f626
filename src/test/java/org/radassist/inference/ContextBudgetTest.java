package org.radassist.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The context estimate: characters / 4, 256 per image and max_tokens, against the maximum context. */
class ContextBudgetTest {

    @Test
    void estimate_countsTextImageAndMaxTokens() {
        // User text: "Describe." + "\n\nClinical History: " + 31 x's = 9 + 20 + 31 = 60 characters; system 20.
        AnalysisRequest request = new AnalysisRequest("Describe.", "x".repeat(31), TestImages.smallPng(),
                "y".repeat(20), 500, null);
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:8000/v1");

        ContextBudget budget = ContextBudget.estimate(request, config);

        assertEquals(20, budget.textTokens());
        assertEquals(256, budget.imageTokens());
        assertEquals(500, budget.maxTokens());
        assertEquals(776, budget.totalTokens());
        assertEquals(32768, budget.maxContextTokens());
        assertFalse(budget.exceeded());
    }

    @Test
    void estimate_overProfileMaximum_exceeded() {
        AnalysisRequest request = new AnalysisRequest("Describe.", "", TestImages.smallPng(), null, 1500, null);
        EndpointConfig config = EndpointConfig.openAiCompatible("http://127.0.0.1:8000/v1").toBuilder()
                .maxContextTokens(1024).build();

        ContextBudget budget = ContextBudget.estimate(request, config);

        // "Describe." + "\n\nClinical History: " + "not provided" = 41 characters, rounded up to 11 tokens.
        assertTrue(budget.exceeded());
        assertEquals("the request needs about 1767 tokens (an estimate: 11 of text at 4 characters per token, 256"
                + " for the image, 1500 of max_tokens) but the endpoint's maximum context is 1024 tokens",
                budget.detail());
    }
}
