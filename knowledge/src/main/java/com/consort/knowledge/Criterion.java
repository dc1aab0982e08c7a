package com.consort.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A thing the seller asked for in words no directory value stands for ("Portuguese", "OpenShift", "air-gapped",
 * "banks and financial institutions"): met by a partner when one of its passages (profile, customer story) says one of
 * {@code terms}, which are the question's words as {@link CorpusTerms#keys} counts them.
 *
 * @param words the seller's words, quoted: {@code 'air-gapped'}
 * @param constraint the filter key ("countries", "languages") of a place or language the seller stated that the
 *            directory records for no partner ({@link QuestionReader#unrecorded}): a partner none of whose passages says
 *            it is not a match, only an alternative; null for a thing asked for in words, which labels and ranks
 */
public record Criterion(String words, Set<String> terms, String constraint) {

    public Criterion {
        terms = Set.copyOf(terms);
    }

    public Criterion(String words, Set<String> terms) {
        this(words, terms, null);
    }

    /** Whether the seller stated it as a constraint the directory cannot check ({@link #constraint}). */
    public boolean stated() {
        return constraint != null;
    }

    /**
     * The things asked for in the question's own words: its specific terms (see {@link CorpusTerms.Snapshot#specific}:
     * in the index, and rare there) that no constraint was read from, no directory value holds and {@code ignored}
     * does not list (the vendor's name), adjacent ones together ("financial institutions").
     */
    private static final Set<String> PRONOUNS = Set.of("it", "them");
    /**
     * Words of asking and of when ("wants", "needs", "did", "based", "last night", "today", "that kind of work"): in a
     * small directory they are as rare as the thing asked for, and a partner's passages need not say them.
     */
    private static final Set<String> ASKING = Set.copyOf(CorpusTerms.keys("""
            want wants wanted need needs needed do does did done doing help helps helped helping someone somebody
            anyone anybody something thing things know knows knew look looks looking find finds found ask asks asked
            bring brings use uses used make makes made set up onto based answer answers able actually really maybe
            please thanks today tonight tomorrow yesterday night nights day days week weeks month months year years
            quarter last next soon now currently already still kind kinds sort sorts"""));

    /** The letters of a word of a question: "24/7" and "air-gapped" are one word each. */
    private static final String WORD_LETTERS = "\\p{L}\\p{N}/\u00d7-";
    /** What separates the words, as {@link #in} splits the question. */
    private static final String NOT_A_WORD = "[^" + WORD_LETTERS + "]+";
    /** The same words, and the punctuation that ends a clause, as {@link #lacked} reads them. */
    private static final java.util.regex.Pattern WORD_OR_CLAUSE_END =
            java.util.regex.Pattern.compile("[" + WORD_LETTERS + "]+|[.,;:!?]");

    /** Words after which, to the end of the clause, the question says what the customer lacks, not what it asks for. */
    private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "never", "none", "nor");

    public static List<Criterion> in(String question, Constraints read, CorpusTerms.Snapshot terms, Set<String> ignored) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        Set<String> consumed = new HashSet<>(ignored);
        read.mentions().forEach(m -> consumed.addAll(CorpusTerms.keys(m.phrase())));
        List<Criterion> criteria = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Set<String> group = new LinkedHashSet<>();
        String[] all = question.split(NOT_A_WORD);
        // a question that starts with a separator splits into an empty first word
        boolean[] lacked = lacked(question, all.length, all.length > 0 && all[0].isEmpty() ? 1 : 0);
        for (int i = 0; i < all.length; i++) {
            String word = all[i];
            List<String> keys = CorpusTerms.keys(word);
            if (keys.isEmpty() && !lacked[i]) {
                continue; // a stop word joins its neighbours: "banks and financial institutions" is one criterion
            }
            // "which partner covers it?": a word before "it" or "them" is what the partner should do with a thing
            // already named, not a thing asked for
            boolean verbOfAnAntecedent = i + 1 < all.length && PRONOUNS.contains(all[i + 1].toLowerCase(java.util.Locale.ROOT));
            if (!verbOfAnAntecedent && !lacked[i] && keys.stream().allMatch(k -> terms.specific(k) && !consumed.contains(k)
                    && !terms.directoryTerms().contains(k) && !ASKING.contains(k))) {
                group.addAll(keys);
                if (!words.isEmpty()) {
                    // two words of a criterion are often written as one: "bare metal", "baremetal"
                    group.addAll(CorpusTerms.keys(words.get(words.size() - 1) + word));
                }
                words.add(word);
            } else if (!group.isEmpty()) {
                criteria.add(new Criterion("'" + String.join(" ", words) + "'", group));
                group.clear();
                words.clear();
            }
        }
        if (!group.isEmpty()) {
            criteria.add(new Criterion("'" + String.join(" ", words) + "'", group));
        }
        return criteria;
    }

    /**
     * For each word of the question (as split in {@link #in}), whether it follows a negation in its clause: "the network
     * has no internet connection" says what the customer lacks, which no partner's passage need say.
     */
    private static boolean[] lacked(String question, int words, int first) {
        boolean[] lacked = new boolean[words];
        var tokens = WORD_OR_CLAUSE_END.matcher(question);
        boolean negated = false;
        int i = first;
        while (tokens.find() && i < words) {
            String token = tokens.group();
            if (token.length() == 1 && ".,;:!?".contains(token)) {
                negated = false;
                continue;
            }
            lacked[i++] = negated;
            negated |= NEGATIONS.contains(token.toLowerCase(java.util.Locale.ROOT));
        }
        return lacked;
    }

    /** Whether the text says it (one of its terms, as the index's analyser reads the text). */
    public boolean saidIn(String text) {
        return text != null && CorpusTerms.keys(text).stream().anyMatch(terms::contains);
    }

    /**
     * The passage's text flattened to one line and cut, like {@link PartnerSearch#snippet}, around the first word that
     * says the criterion, so the quote shows it; the plain snippet when no word does.
     */
    public String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        var word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}-]+").matcher(flat);
        while (word.find()) {
            if (CorpusTerms.keys(word.group()).stream().anyMatch(terms::contains)) {
                if (word.end() <= 270) {
                    return PartnerSearch.snippet(flat);
                }
                int from = flat.lastIndexOf(' ', Math.max(0, word.start() - 120));
                String rest = flat.substring(from < 0 ? 0 : from + 1);
                return "…" + PartnerSearch.snippet(rest);
            }
        }
        return PartnerSearch.snippet(flat);
    }

    /** Whether any passage of the partner says it, given which of the criteria's terms its passages hold ({@link #heldBy}). */
    public boolean metBy(Set<String> partnerTerms) {
        return partnerTerms != null && terms.stream().anyMatch(partnerTerms::contains);
    }

    /** For each of the partners, which of the criteria's terms its passages hold (a partner holding none is left out). */
    public static Map<String, Set<String>> heldBy(java.util.Collection<String> partnerIds, java.util.Collection<Criterion> criteria,
            CorpusTerms.Snapshot snapshot) {
        Set<String> asked = new java.util.TreeSet<>();
        criteria.forEach(c -> asked.addAll(c.terms()));
        return asked.isEmpty() || partnerIds.isEmpty() ? Map.of() : snapshot.holders().termsOfPartners(partnerIds, asked);
    }

    /** What a partner without a passage for it misses, as its label says. */
    public String miss() {
        return "no passage says " + words;
    }
}
