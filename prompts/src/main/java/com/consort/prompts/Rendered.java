package com.consort.prompts;

/** A prompt or template rendered with a model, and the provenance of the prompt that rendered it. */
public record Rendered(String text, PromptRef prompt) {
}
