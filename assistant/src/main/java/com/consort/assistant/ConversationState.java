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
 */
public record ConversationState(String question, Map<String, Set<String>> constraints, boolean includeInactive,
        List<String> shortlist) {

    public static final ConversationState EMPTY = new ConversationState(null, Map.of(), false, List.of());

    public ConversationState {
        constraints = Map.copyOf(constraints);
        shortlist = List.copyOf(shortlist);
    }

    boolean hasSearch() {
        return question != null;
    }
}
