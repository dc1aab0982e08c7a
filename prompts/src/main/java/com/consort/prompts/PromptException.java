package com.consort.prompts;

/** A prompt file that cannot be used: a bad header, a template error, or variables nobody supplies. */
public class PromptException extends RuntimeException {

    public PromptException(String message) {
        super(message);
    }

    public PromptException(String message, Throwable cause) {
        super(message, cause);
    }
}
