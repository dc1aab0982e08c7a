package com.consort.knowledge;

import java.util.List;

/**
 * Reads a seller's question into the hard constraints it states, against the vocabulary of the indexed data; what
 * {@link PartnerSearch} and its candidate window need of query understanding (implemented behind the door).
 */
public interface QuestionReader {

    /** The constraints the question states ("German-speaking", "in DACH", "Gold or better"), with what is left of it. */
    Constraints understand(String question);

    /** The directory's tiers, best first (the vendor's order, else the common tier ladder). */
    List<String> tierOrder();
}
