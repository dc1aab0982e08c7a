/**
 * The assistant's door: the seller's conversational partner finder and programme Q&amp;A. {@link
 * com.consort.assistant.Assistant} answers turns, {@link com.consort.assistant.Conversations} stores them per owner,
 * {@link com.consort.assistant.AssistantTools} are the tools the model and MCP clients call, {@link
 * com.consort.assistant.AccountOverlap} answers "who already works with ...?" from the CRM, {@link
 * com.consort.assistant.Suggestions} suggests partners for an opportunity; {@link com.consort.assistant.Answer} and
 * {@link com.consort.assistant.ConversationState} are the records they return. Everything else, the module's
 * Spring wiring ({@code internal.AssistantConfiguration}) included, is in {@code internal}.
 */
package com.consort.assistant;
