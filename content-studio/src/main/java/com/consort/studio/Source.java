package com.consort.studio;

/** The passage of the source story a fact or claim was found in: chunk id, its locator and the sentence. */
public record Source(String chunkId, String locator, String excerpt) {
}
