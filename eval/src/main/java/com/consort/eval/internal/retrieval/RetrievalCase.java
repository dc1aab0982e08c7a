package com.consort.eval.internal.retrieval;

import java.util.List;
import java.util.Map;

/**
 * One seller question (or a conversation whose last turn narrows the first) with the partners it
 * should find.
 *
 * @param constraints the hard constraints the question states, canonical form, keyed by filter name
 * @param expected every partner that should be found, best first
 * @param forbidden partners that must never be returned (inactive, or breaking a constraint)
 * @param noMatch true when no partner can meet the question; {@code unmetConstraints} then names why
 */
public record RetrievalCase(String id, List<String> turns, Map<String, List<String>> constraints,
        List<String> expected, List<String> forbidden, boolean noMatch, List<String> unmetConstraints,
        String evidenceDocument) {

    public String question() {
        return turns.get(turns.size() - 1);
    }
}
