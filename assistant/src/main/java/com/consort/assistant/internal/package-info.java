/**
 * How the assistant answers, not for use outside the module: a turn is read once into a {@code Query}
 * ({@code QueryTransformer}), its intent decided ({@code TurnInterpreter}), and answered by the answer for that intent
 * ({@code PartnerAnswer}, {@code PartnerDetailAnswer}, {@code ProgrammeAnswer}, {@code EvidenceAnswer}) over the
 * passages the {@code ChunkRetriever} finds, with shared {@code Citations} and {@code Markdown}; in LLM mode
 * {@code LlmAnswerer} lets the model write the answer from the same grounded results. {@code AssistantConfiguration}
 * wires the module; {@code DirectorySuggestions}, {@code CrmAccountOverlap} and {@code DirectoryTools} implement the
 * door's {@code Suggestions}, {@code AccountOverlap} and {@code AssistantTools}. The few public types here are public
 * only for the wiring.
 */
package com.consort.assistant.internal;
