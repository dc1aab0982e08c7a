package com.consort.assistant;

import com.consort.prompts.PromptRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reply of the assistant: the Markdown answer and, beside it, the structured facts it rests on.
 * Every partner in {@code partners} exists, is active unless the seller asked otherwise, and meets every
 * constraint in {@code constraints}; partners that miss one are only ever in {@code alternatives}.
 *
 * @param intent      {@code partners}, {@code refine}, {@code partner_detail}, {@code programme} or {@code help}
 * @param constraints the hard constraints applied, by filter key (regions, languages, ...)
 * @param unmet       when nothing meets every constraint: the ones that could not be met
 * @param notice      why the answer is not what was asked for (e.g. the model timed out), or null
 * @param prompts     the prompts and templates that produced the answer (provenance)
 * @param reading     how the question was read: each constraint value with the seller's words it came from
 */
public record Answer(String answer, List<PartnerCard> partners, List<Citation> citations, String mode, String intent,
        Map<String, Set<String>> constraints, List<Unmet> unmet, List<PartnerCard> alternatives, String notice,
        List<PromptRef> prompts, List<Reading> reading) {

    public Answer(String answer, List<PartnerCard> partners, List<Citation> citations, String mode, String intent,
            Map<String, Set<String>> constraints, List<Unmet> unmet, List<PartnerCard> alternatives, String notice,
            List<PromptRef> prompts) {
        this(answer, partners, citations, mode, intent, constraints, unmet, alternatives, notice, prompts, List.of());
    }

    /**
     * One constraint value as read from the question: {@code constraint} is its filter key, {@code phrase} the seller's
     * words, {@code how} {@code words} (a value, synonym or general word), {@code spelling} (misspelt), {@code profiles}
     * (a word the value's partners use for it in their descriptions and others do not), {@code similar} (the semantic
     * fallback), {@code not} (excluded) or {@code unrecorded} (a place or language the directory records
     * for no partner, looked for in the partners' own words).
     */
    public record Reading(String constraint, String value, String phrase, String how) {
    }

    public static final String OFFLINE = "offline";
    public static final String LLM = "llm";

    /**
     * A partner in the answer; {@code evidence} are the citations behind its reasons; {@code score} its ranking
     * score when it comes from a ranking (else null), which the fair-exposure log compares with the list's best.
     */
    public record PartnerCard(String partnerId, String name, int rank, String type, String tier, List<String> countries,
            List<String> reasons, List<Citation> evidence, List<String> missing, Double score) {

        public PartnerCard(String partnerId, String name, int rank, String type, String tier, List<String> countries,
                List<String> reasons, List<Citation> evidence, List<String> missing) {
            this(partnerId, name, rank, type, tier, countries, reasons, evidence, missing, null);
        }
    }

    /**
     * A numbered source passage: [n] in the answer refers to it. {@code updatedAt} is when its document
     * was last indexed, so a reader sees the source's age.
     */
    public record Citation(int n, String documentId, String title, String kind, String partnerId, String locator,
            String snippet, Instant updatedAt) {
    }

    public record Unmet(String constraint, Set<String> values) {
    }

    /** This answer as the model wrote it from the same grounded results. */
    public Answer withLlm(String text, List<PromptRef> more) {
        List<PromptRef> all = new java.util.ArrayList<>(prompts);
        all.addAll(more);
        return new Answer(text, partners, citations, LLM, intent, constraints, unmet, alternatives, null, all, reading);
    }

    /** This answer with a notice saying why it is not what was asked for. */
    public Answer withNotice(String why) {
        return new Answer(answer, partners, citations, mode, intent, constraints, unmet, alternatives, why, prompts, reading);
    }
}
