package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Phrases that ask MedGemma for step-by-step reasoning, in English and Chinese. */
class ReasoningRequestTest {

    @Test
    void in_detectsEnglishPhrases() {
        assertTrue(ReasoningRequest.in("Think step by step."));
        assertTrue(ReasoningRequest.in("Please think step-by-step before answering"));
        assertTrue(ReasoningRequest.in("Think in steps and give the diagnosis"));
        assertTrue(ReasoningRequest.in("Use chain of thought."));
        assertTrue(ReasoningRequest.in("Explain your reasoning."));
        assertTrue(ReasoningRequest.in("LET'S THINK about it"));
    }

    @Test
    void in_detectsChinesePhrases() {
        assertTrue(ReasoningRequest.in("请逐步分析这张胸片"));
        assertTrue(ReasoningRequest.in("请一步一步思考"));
        assertTrue(ReasoningRequest.in("使用思维链"));
        assertTrue(ReasoningRequest.in("请解释你的推理"));
    }

    @Test
    void in_ignoresOrdinaryText() {
        assertFalse(ReasoningRequest.in("Based on the image and clinical history below, provide: DIAGNOSIS: ..."));
        assertFalse(ReasoningRequest.in("58-year-old smoker, stepped on a nail last week"));
        assertFalse(ReasoningRequest.in("请根据图像和病史给出诊断"));
        assertFalse(ReasoningRequest.in((String) null));
    }

    @Test
    void in_checksEveryText() {
        assertTrue(ReasoningRequest.in("Describe the image.", "Cough for three weeks. Think step by step."));
    }
}
