package com.consort.server.openai;

import com.consort.assistant.Answer;
import org.springframework.security.core.Authentication;

/**
 * Published after {@code /v1/chat/completions} answered: who asked, the last user turn and the answer. An
 * event, not a call, because the listeners (the fair-exposure log) sit above the security layer that this
 * package is beneath.
 */
public record CompletionAnswered(Authentication authentication, String question, Answer answer) {
}
