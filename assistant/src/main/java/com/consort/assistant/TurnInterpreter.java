package com.consort.assistant;

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

    enum Intent { PARTNERS, REFINE, PARTNER_DETAIL, PROGRAMME }

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
    private static final Pattern PROGRAMME_CUE = Pattern.compile("\\b(?:programs?|programmes?|deal registration|register(?:ed|ing)? "
            + "(?:a |an |the )?(?:deal|opportunit)|mdf|market development|rebates?|spiffs?|margins?|discounts?|earns?|"
            + "earning|sourced|influenced|referral fee|commissions?|incentives?|benefits?|requirements?|renewals?|"
            + "protection|protected|conflicts?|co-?op|policy|policies|partner manager|onboarding of partners|"
            + "tier requirements|how (?:do|does|can|long|much|many)|what (?:is|are|does|do)|when (?:do|does|is)|am i)\\b");
    /** Names the programme's own rules: with these, "partners in ..." is the policy's subject, not a search. */
    private static final Pattern POLICY_CUE = Pattern.compile("\\b(?:programs?|programmes?|polic(?:y|ies)|deal registration|"
            + "mdf|market development|rebates?|spiffs?|referral fees?|commissions?|tier requirements)\\b");
    private static final Pattern ASKS_FOR_PARTNERS = Pattern.compile("\\b(?:who|which partners?|find|recommend|suggest|"
            + "shortlist|looking for|need (?:a|an|some)|any partners?|someone|anyone)\\b");
    private static final Pattern FIND_CUE = Pattern.compile(ASKS_FOR_PARTNERS.pattern() + "|\\b(?:partners? (?:in|for|that|who|"
            + "with|to|speaking)|can (?:run|deliver|help|implement|set up|do)|resellers?|integrators?|distributors?|"
            + "consultanc(?:y|ies)|isvs?|sis?|gsis?|speaks?|speaking|based in)\\b");

    Turn interpret(String text, ConversationState state, boolean statesConstraints) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (!state.shortlist().isEmpty()) {
            Matcher detail = DETAIL.matcher(lower);
            if (detail.find()) {
                return new Turn(Intent.PARTNER_DETAIL, index(detail.group(1), state.shortlist()));
            }
        }
        boolean find = FIND_CUE.matcher(lower).find();
        if (state.hasSearch() && REFINE_CUE.matcher(lower).find() && (statesConstraints || !find || lower.split("\\s+").length <= 10)) {
            return new Turn(Intent.REFINE, -1);
        }
        boolean aboutPolicy = POLICY_CUE.matcher(lower).find() && !ASKS_FOR_PARTNERS.matcher(lower).find();
        if (PROGRAMME_CUE.matcher(lower).find() && (!find || aboutPolicy)) {
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
