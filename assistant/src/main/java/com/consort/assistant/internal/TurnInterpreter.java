package com.consort.assistant.internal;

import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.QuestionReader;
import com.consort.assistant.ConversationState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a turn asks for, deterministically: a new partner search, a refinement of the last one,
 * details of a partner in the last shortlist, or a question about the partner programme.
 */
final class TurnInterpreter {

    enum Intent { PARTNERS, REFINE, PARTNER_DETAIL, PROGRAMME, EVIDENCE }

    record Turn(Intent intent, int shortlistIndex) {
    }

    private static final Pattern REFINE_CUE = Pattern.compile(
            "^(?:only|just|narrow|limit|restrict|filter|and|but|also|now|same|keep|exclude|without|what about|how about|"
                    // a correction of the last reading: "not financial services, insurance only", "no, I meant Gold", "actually, Spain"
                    + "not|no|actually|rather|instead|sorry|drop|remove|except|excluding|i meant|i mean|"
                    + "of (?:those|these|them)|which of|among|from (?:those|these|that list)|any of|the ones|those|these)\\b"
                    // "Premier only", "Saudi Arabia only, please"
                    + "|^[\\p{L}\\p{N}' -]{1,40}\\bonly\\b[ ,.!?]*(?:please)?[.!?]*$"
                    + "|\\b(?:of (?:those|these|them)|which of (?:those|these|them)|the ones (?:that|who|with|in)|"
                    + "those (?:that|who|with|in)|these (?:that|who|with))\\b");
    private static final Pattern DETAIL = Pattern.compile(
            "\\b(?:tell me (?:more )?about|more (?:about|on|details)|details? (?:about|on|of)|what about|who is|describe|"
                    + "show me|profile of)\\s+(?:the\\s+)?(first|second|third|fourth|fifth|last|top|1st|2nd|3rd|4th|5th|"
                    + "#?[1-9]|number [1-9]|no\\.? ?[1-9])(?:\\s+(?:one|partner|option|result|on the list))?\\b");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 0), Map.entry("top", 0),
            Map.entry("1st", 0), Map.entry("second", 1), Map.entry("2nd", 1), Map.entry("third", 2), Map.entry("3rd", 2),
            Map.entry("fourth", 3), Map.entry("4th", 3), Map.entry("fifth", 4), Map.entry("5th", 4));
    /**
     * The forms of a question about rules ("how long ...?", "what is ...?"): with no sign of a partner search, a programme
     * question. Which words are the programme's is learnt from its documents (see {@link CorpusTerms}), not listed here.
     */
    private static final Pattern QUESTION_FORM = Pattern.compile("\\b(?:how (?:do|does|can|long|much|many|quickly|soon|often)|"
            + "what (?:is|are|does|do|happens)|when (?:do|does|is)|by when|am i)\\b");
    /** A question whose words are this much the programme documents' own (sum of log frequency ratios) is about them. */
    static final double PROGRAMME_SCORE = 2.0;
    /** "partners in Türkiye" (a place, capitalised) asks for partners; "paying partners in cryptocurrency" does not. */
    private static final Pattern ASKS_FOR_PARTNERS = Pattern.compile("(?i:\\b(?:who|which (?:[\\p{L}-]+ ){0,3}?partners?|find|"
            + "recommend|suggest(?:ions?)?|shortlist|looking for|need (?:a|an|some)|any partners?|some(?:one|body)|anyone)\\b)"
            + "|(?i:\\b(?:partners?|resellers?|integrators?|consultanc(?:y|ies)|providers?) (?:based )?in (?:the )?)\\p{Lu}");
    private static final Pattern FIND_CUE = Pattern.compile(ASKS_FOR_PARTNERS.pattern() + "|\\b(?:partners? (?:in|for|that|who|"
            + "with|to|speaking)|can (?:run|deliver|help|implement|set up|do)|resellers?|integrators?|distributors?|"
            + "consultanc(?:y|ies)|isvs?|sis?|gsis?|speaks?|speaking|based in)\\b");


    /** @param statesTemplate a template is a partner's published asset: "who published it?" asks for partners */
    /**
     * @param programmeScore how much the question speaks the programme documents' vocabulary
     *        ({@link CorpusTerms.Snapshot#programmeScore})
     */
    Turn interpret(String text, ConversationState state, boolean statesConstraints, boolean statesTemplate,
            double programmeScore) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (!state.shortlist().isEmpty()) {
            Matcher detail = DETAIL.matcher(lower);
            if (detail.find()) {
                return new Turn(Intent.PARTNER_DETAIL, index(detail.group(1), state.shortlist()));
            }
        }
        boolean find = FIND_CUE.matcher(lower).find() || ASKS_FOR_PARTNERS.matcher(text).find();
        if (state.hasSearch() && REFINE_CUE.matcher(lower).find() && (statesConstraints || !find || lower.split("\\s+").length <= 10)) {
            return new Turn(Intent.REFINE, -1);
        }
        if (!statesTemplate && QuestionReader.asksWhoDid(lower)) {
            return new Turn(Intent.EVIDENCE, -1);
        }
        // "partners in Türkiye" asks for partners; "paying partners in cryptocurrency" is the programme's subject
        boolean aboutProgramme = programmeScore >= PROGRAMME_SCORE && !ASKS_FOR_PARTNERS.matcher(text).find();
        if (aboutProgramme || QUESTION_FORM.matcher(lower).find() && !find) {
            return new Turn(Intent.PROGRAMME, -1);
        }
        return new Turn(Intent.PARTNERS, -1);
    }

    private static int index(String word, List<String> shortlist) {
        if (word.equals("last")) {
            return shortlist.size() - 1;
        }
        Integer ordinal = ORDINALS.get(word);
        if (ordinal != null) {
            return ordinal;
        }
        return Integer.parseInt(word.replaceAll("\\D", "")) - 1;
    }
}
