package com.consort.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a seller's question into the hard constraints it states, against the vocabulary of the indexed data; what
 * {@link PartnerSearch} and its candidate window need of query understanding (implemented behind the door).
 */
public interface QuestionReader {

    /** The constraints the question states ("German-speaking", "in DACH", "Gold or better"), with what is left of it. */
    Constraints understand(String question);

    /**
     * For the industries and specialisations in force, the words a partner's own description may call them by (the
     * seller's words and every name of each value): what a partner that leaves the facet empty is searched for.
     */
    Map<Facet, Set<String>> described(Constraints constraints);

    /**
     * The places and languages the question states that the directory records for no partner ({@link
     * Constraints#UNRECORDED}), as stated criteria: one for the places (a region by its names and its countries'), one
     * for the languages, each met by a passage that names one of them.
     */
    List<Criterion> unrecorded(Constraints constraints);

    /** The directory's tiers, best first (the vendor's order, else the common tier ladder). */
    List<String> tierOrder();
}
