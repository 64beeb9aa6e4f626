package org.radassist.cli;

import org.radassist.inference.PromptTemplates;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code analyze} and {@code batch} that set the model name and the prompt.
 * The descriptions are {@code analyze}'s; {@code batch} replaces them through the description
 * keys in its resource bundle, BatchCommand.properties.
 */
final class PromptOptions {

    @Option(names = "--model", paramLabel = "NAME", descriptionKey = "model",
            description = "Model name sent in the request: the served name on vLLM (default google/medgemma-4b-it), "
                    + "empty on Vertex AI.")
    String model;

    @Option(names = "--template", paramLabel = "ID", descriptionKey = "template",
            description = "Prompt template: chest-xray, ct, mr or generic (default: chosen by modality).")
    String templateId;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "Prompt text replacing the template's.")
    String prompt;

    @Option(names = "--system-prompt", paramLabel = "TEXT", descriptionKey = "system-prompt",
            description = "System message (default: none), e.g. \"You are an expert radiologist.\"")
    String systemPrompt;

    /** Rejects a {@code --template} that names no template. */
    void validate(CommandSpec spec) {
        if (templateId != null && PromptTemplates.all().stream().noneMatch(t -> t.id().equals(templateId))) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown --template '" + templateId + "': use chest-xray, ct, mr or generic.");
        }
    }
}
