package org.radassist.ui;

import java.util.regex.Pattern;

/**
 * Detects text that requests step-by-step (chain-of-thought) reasoning, in English or
 * Chinese. The window warns about it because a robustness study measured MedGemma 4B's accuracy
 * falling from 73.1 % to 56.2 % with chain-of-thought prompting (source: the team's MedGemma
 * facts, medgemma.md, section "Request"). The built-in templates never ask for it.
 * NOTE: the command line checks prompts with {@code PromptTemplates.asksForReasoning}, which knows
 * the English phrases only.
 */
final class ReasoningRequest {

    private static final Pattern PATTERN = Pattern.compile(
            "step[\\s-]*by[\\s-]*step"
                    + "|think(ing)?\\s+(in\\s+)?steps?\\b"
                    + "|chain[\\s-]*of[\\s-]*thoughts?"
                    + "|explain\\s+(your|the|its|their)\\s+(reasoning|thinking|thought\\s+process)"
                    + "|show\\s+(your|the)\\s+(reasoning|work|thinking|thought\\s+process)"
                    + "|let'?s\\s+think"
                    // Chinese: step by step, one step at a time, think step by step, chain of thought,
                    // explain (your) reasoning, reasoning process.
                    + "|逐步|一步一步|一步步|分步|思维链|思考链|解释.{0,2}推理|推理过程|说明.{0,2}理由",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReasoningRequest() {
    }

    /** Returns whether any of the texts requests step-by-step reasoning; null texts are skipped. */
    static boolean in(String... texts) {
        for (String text : texts) {
            if (text != null && PATTERN.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
