package com.consort.prompts;

/** Which prompt produced something: recorded with every answer and draft so a change can be traced. */
public record PromptRef(String id, int version, String hash) {

    @Override
    public String toString() {
        return id + "@v" + version + "#" + hash;
    }
}
