package com.consort.assistant;

/** Too many messages arrived for one conversation at once; nothing was lost, the caller may retry. */
public class ConversationBusyException extends RuntimeException {

    public ConversationBusyException(String message) {
        super(message);
    }
}
