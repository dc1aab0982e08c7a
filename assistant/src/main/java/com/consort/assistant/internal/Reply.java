package com.consort.assistant.internal;

import com.consort.assistant.Answer;
import com.consort.assistant.ConversationState;

/** An offline answer and the conversation state after it. */
public record Reply(Answer answer, ConversationState state) {
}
