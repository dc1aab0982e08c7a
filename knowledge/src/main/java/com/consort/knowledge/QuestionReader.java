package com.consort.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    /**
     * Whether the question asks who did a piece of work: "Who helped X?", "which partner did Y for a Z?", "did a
     * partner help ...?" ask, in the simple past, what the story of that work tells; "who has done that?" (present
     * perfect) asks who can.
     */
    static boolean asksWhoDid(String question) {
        return question != null && WhoDid.ASKS.matcher(question.toLowerCase(Locale.ROOT)).find();
    }
}

/** The form of {@link QuestionReader#asksWhoDid}: "who" or "which partner" and a verb in the simple past. */
final class WhoDid {

    static final Pattern ASKS = Pattern.compile("\\b(?:who|which (?:[\\p{L}-]+ ){0,2}?(?:partners?|providers?|"
            + "compan(?:y|ies)|firms?|consultanc(?:y|ies)|integrators?|resellers?))"
            + "(?: (?:\\p{L}+ly|also|then|actually))? "
            + "(?!(?:based|located|certified|specialised|specialized|skilled|experienced|qualified|listed|registered|"
            + "accredited|authori[sz]ed|headquartered|focused|interested|needed|required)\\b)"
            + "(?:\\p{L}{2,}ed|did|was|were|built|sold|ran|set up|made|led|won|took|brought|drove|wrote|got|chose|"
            + "found|bought|began|put|cut|kept|went|came|gave|moved)\\b"
            + "|\\b(?:did|was) (?:a|any|the|our|one of our) (?:partners?|providers?|firms?)\\b");

    private WhoDid() {
    }
}
