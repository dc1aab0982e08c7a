package com.consort.assistant;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a conversation remembers between turns, so that follow-ups refine instead of starting over.
 *
 * @param question    the question that started the current partner search; its words keep ranking
 * @param constraints the constraints in force, by filter key
 * @param shortlist   partner ids of the last shortlist, in rank order ("the second one")
 * @param reading     what was read from {@code question}, so that a follow-up refines it without reading it again;
 *                    null in a state stored before the reading was kept
 */
public record ConversationState(String question, Map<String, Set<String>> constraints, boolean includeInactive,
        List<String> shortlist, Read reading) {

    public static final ConversationState EMPTY = new ConversationState(null, Map.of(), false, List.of(), null);

    /**
     * The constraints read from a question, by filter key: those it asks for, those it excludes ("not Member"), and
     * each value with the seller's words it came from.
     */
    public record Read(Map<String, Set<String>> constraints, Map<String, Set<String>> excluded, List<Answer.Reading> mentions,
            boolean includeInactive) {
        public Read {
            constraints = Map.copyOf(constraints);
            excluded = Map.copyOf(excluded);
            mentions = List.copyOf(mentions);
        }
    }

    public ConversationState {
        constraints = Map.copyOf(constraints);
        shortlist = List.copyOf(shortlist);
    }

    public boolean hasSearch() {
        return question != null;
    }
}
