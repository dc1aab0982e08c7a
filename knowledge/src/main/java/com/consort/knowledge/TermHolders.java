package com.consort.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stories and partners hold which terms ({@link CorpusTerms#keys}): a story's are those of its passages, a
 * partner's those of its profile and of the stories filed under it. The questions are asked for a question's few terms
 * and a search's candidates, so that nothing here needs every story's terms in memory: on PostgreSQL the database keeps
 * them as documents are indexed; the embedded set-up, whose whole index is in memory anyway, learns them with
 * {@link CorpusTerms}.
 */
public interface TermHolders {

    /** How many stories there are. */
    int stories();

    /** How many stories hold the term. */
    int storiesHolding(String term);

    /**
     * The stories the terms weigh most in, at most {@code limit}, best first, ties by id: a story's weight is the sum of
     * the weights of the terms it holds; a story holding none is not one of them.
     */
    List<String> storiesWeighingMost(Map<String, Double> weights, int limit);

    /** For each of the ids that is a story, which of the terms it holds (an empty set: none); other ids are left out. */
    Map<String, Set<String>> termsOfStories(Collection<String> storyIds, Collection<String> terms);

    /** For each of the partners, which of the terms its profile and stories hold; a partner holding none is left out. */
    Map<String, Set<String>> termsOfPartners(Collection<String> partnerIds, Collection<String> terms);
}
