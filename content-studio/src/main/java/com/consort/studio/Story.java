package com.consort.studio;

import java.util.List;
import java.util.Optional;

/**
 * A case study as the studio reads it: its facts, each with the passage it came from, and the
 * passages themselves (the only ground a claim in a draft may stand on).
 */
public record Story(String documentId, String title, String partnerId, List<Fact> facts, List<Passage> passages) {

    /** A chunk of the indexed story. */
    public record Passage(String chunkId, String locator, String text) {
    }

    public Optional<String> first(String field) {
        return facts.stream().filter(f -> f.field().equals(field)).map(Fact::value).findFirst();
    }

    public List<Fact> all(String field) {
        return facts.stream().filter(f -> f.field().equals(field)).toList();
    }
}
