package com.consort.assistant.internal;

import com.consort.assistant.Answer;
import com.consort.assistant.ConversationState;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seller's question read once ({@link QueryTransformer}): its words and the constraints read from them, each with the
 * phrase it came from (the reading). Everything downstream, partner search and the overlap answer included, takes the
 * reading from here.
 */
public record Query(String text, Constraints read) {

    /** The partner search for this question under {@code filters}, which are applied over what was read. */
    PartnerSearch.Query search(Constraints filters, int limit) {
        return new PartnerSearch.Query(text, filters, limit, RetrievalMode.HYBRID).withReading(read);
    }

    /** The reading kept in the conversation state, so a refinement does not read the question again. */
    ConversationState.Read kept() {
        return new ConversationState.Read(read.asFilters(), filters(read.excluded()), read.mentions().stream()
                .map(m -> new Answer.Reading(m.facet().filterKey(), m.value(), m.phrase(), m.how())).toList(), read.includeInactive());
    }

    /** The question a conversation's search started from, with the reading kept in its state. */
    static Query kept(String text, ConversationState.Read kept) {
        List<Constraints.Mention> mentions = kept.mentions().stream().flatMap(r -> Facet.byFilterKey(r.constraint()).stream()
                .map(f -> new Constraints.Mention(f, r.value(), r.phrase(), r.how()))).toList();
        return new Query(text, new Constraints(byFacet(kept.constraints()), mentions, kept.includeInactive(), byFacet(kept.excluded())));
    }

    /** Constraints given as filters (by filter key), with no words behind them. */
    static Constraints constraints(Map<String, Set<String>> filters, boolean includeInactive) {
        return new Constraints(byFacet(filters), List.of(), includeInactive);
    }

    private static Map<Facet, Set<String>> byFacet(Map<String, Set<String>> filters) {
        Map<Facet, Set<String>> byFacet = new EnumMap<>(Facet.class);
        filters.forEach((key, values) -> Facet.byFilterKey(key).ifPresent(f -> byFacet.put(f, values)));
        return byFacet;
    }

    private static Map<String, Set<String>> filters(Map<Facet, Set<String>> byFacet) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        byFacet.forEach((facet, values) -> filters.put(facet.filterKey(), values));
        return filters;
    }
}
