/**
 * The door of the prompts module, and all of it: {@link com.consort.prompts.PromptRegistry} loads the
 * prompt templates from the classpath and an override folder and fails fast at start-up when a prompt a
 * module requires is missing or lacks a variable; {@link com.consort.prompts.Prompt} renders one into
 * {@link com.consort.prompts.Rendered} text with the {@link com.consort.prompts.PromptRef} (id, version,
 * hash) that answers and drafts keep as provenance; {@link com.consort.prompts.PromptException} is its error.
 */
package com.consort.prompts;
