package com.consort.studio;

/** A draft with one of its versions (the current one unless asked otherwise). */
public record DraftView(Draft draft, DraftVersion version) {
}
