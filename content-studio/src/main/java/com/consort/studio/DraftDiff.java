package com.consort.studio;

import java.util.List;

/** What changed between two versions of a draft, section by section, word by word. */
public record DraftDiff(String draftId, int from, int to, List<SectionDiff> sections) {

    /** op is "same", "added" or "removed". */
    public record Part(String op, String text) {
    }

    public record SectionDiff(String section, boolean changed, List<Part> parts) {
    }
}
