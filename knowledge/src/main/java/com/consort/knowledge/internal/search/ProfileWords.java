package com.consort.knowledge.internal.search;

import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words a directory's partners use for the industries and specialisations they list, learnt from the directory
 * itself: a seller asks in those words ("get off the mainframe", "help them recover") more often than in the
 * directory's names for them ("Legacy Modernisation", "Incident Response"), and no general word list knows every
 * vendor's competencies. A word means a value when, among the partners that list any value of its facet, enough of
 * them say it, most of the value's partners say it, and nearly all that say it list the value.
 */
public final class ProfileWords {

    /** Partners read to learn from: the statistics hold on a sample, and reading it costs the same at any size. */
    public static final int SAMPLE = 5_000;
    /** Fewer partners than this saying a word teach nothing about it (a town, a client, a product two firms sell). */
    static final int MIN_SAYING = 5;
    /** Of the partners that say the word, the share that list the value: the word must tell the value apart. */
    static final double PRECISION = 0.8;
    /**
     * Of the value's partners, the share that say the word: a word only a corner of them says (a city where several
     * happen to work) is that corner's, not the value's.
     */
    static final double SHARE = 0.3;

    /** A word's meaning, with how many of the partners that say it list the value, of how many. */
    public record Meaning(Facet facet, String value, int listing, int saying) {
    }

    /**
     * Nouns among the words of any partner question: never learnt, but next to a word they change what it names ("staff
     * accounts" are not the "cloud accounts" of cloud posture partners), as its function words and verbs do not.
     */
    private static final Set<String> NOUNS = Set.of("partner", "partners", "customer", "customers", "client", "clients",
            "prospect", "people", "team", "teams", "staff", "company", "companies", "firm", "firms", "thing");
    /** The keys of the words of any partner question ({@link SemanticReading#BREAKS}): they mean nothing. */
    private static final Set<String> SKIP = keysOf(SemanticReading.BREAKS);
    /** Words passed over next to a word: the words of any partner question but its nouns. */
    private static final Set<String> PASSED_OVER = SKIP.stream().filter(k -> !keysOf(NOUNS).contains(k))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static final ProfileWords NONE = new ProfileWords(Map.of(), Map.of());

    private final Map<String, Meaning> byKey;
    /** Per word learnt, the words its value's partners say right next to it ("cloud" of "cloud accounts"). */
    private final Map<String, Set<String>> companions;

    private ProfileWords(Map<String, Meaning> byKey, Map<String, Set<String>> companions) {
        this.byKey = byKey;
        this.companions = companions;
    }

    private static Set<String> keysOf(Set<String> words) {
        Set<String> keys = new HashSet<>();
        words.forEach(w -> keys.addAll(CorpusTerms.keys(w)));
        return Set.copyOf(keys);
    }

    /** Learns from these partners; the words of any partner question ({@link SemanticReading#BREAKS}) mean nothing. */
    public static ProfileWords learn(Collection<PartnerRepository.Profile> profiles) {
        Map<String, Meaning> learnt = new HashMap<>();
        for (Facet facet : com.consort.knowledge.Constraints.DESCRIBABLE) {
            Map<String, Integer> saying = new HashMap<>();
            Map<String, Integer> holders = new HashMap<>();
            Map<String, Map<String, Integer>> listing = new HashMap<>();
            for (PartnerRepository.Profile profile : profiles) {
                Set<String> values = profile.values().getOrDefault(facet, Set.of());
                if (values.isEmpty()) {
                    continue; // a partner that lists nothing of the facet may serve anything: it proves nothing
                }
                values.forEach(v -> holders.merge(v, 1, Integer::sum));
                for (String key : new HashSet<>(CorpusTerms.keys(profile.words()))) {
                    if (content(key, SKIP) == null) {
                        continue;
                    }
                    saying.merge(key, 1, Integer::sum);
                    Map<String, Integer> byValue = listing.computeIfAbsent(key, k -> new HashMap<>());
                    values.forEach(v -> byValue.merge(v, 1, Integer::sum));
                }
            }
            saying.forEach((key, says) -> {
                if (says < MIN_SAYING) {
                    return;
                }
                listing.get(key).forEach((value, lists) -> {
                    if (lists >= PRECISION * says && lists >= SHARE * holders.get(value)) {
                        learnt.merge(key, new Meaning(facet, value, lists, says), ProfileWords::telling);
                    }
                });
            });
        }
        // what the value's partners say next to each word learnt
        Map<String, Set<String>> companions = new HashMap<>();
        for (PartnerRepository.Profile profile : profiles) {
            String[] words = profile.words().split("[^\\p{L}\\p{N}]+");
            for (int i = 0; i < words.length; i++) {
                String key = key(words[i], SKIP);
                Meaning meaning = key == null ? null : learnt.get(key);
                if (meaning != null && profile.values().getOrDefault(meaning.facet(), Set.of()).contains(meaning.value())) {
                    for (int n : new int[] {i - 1, i + 1}) {
                        String next = n < 0 || n >= words.length ? null : key(words[n], PASSED_OVER);
                        if (next != null) {
                            companions.computeIfAbsent(key, k -> new HashSet<>()).add(next);
                        }
                    }
                }
            }
        }
        return new ProfileWords(Map.copyOf(learnt), Map.copyOf(companions));
    }

    /** A word's key when it is a word of content (not a number, not one of {@code skip}), else null. */
    private static String key(String word, Set<String> skip) {
        List<String> keys = CorpusTerms.keys(word);
        return keys.size() == 1 ? content(keys.get(0), skip) : null;
    }

    /** The key when it is of content: three characters or more, not a number, not one of {@code skip}; else null. */
    private static String content(String key, Set<String> skip) {
        return key.length() < 3 || Character.isDigit(key.charAt(0)) || skip.contains(key) ? null : key;
    }

    /** Of two meanings of one word, the one it tells better: the larger share listing it, then more partners, then by name. */
    private static Meaning telling(Meaning a, Meaning b) {
        int order = Double.compare((double) a.listing() / a.saying(), (double) b.listing() / b.saying());
        if (order == 0) {
            order = Integer.compare(a.listing(), b.listing());
        }
        if (order == 0) {
            order = b.value().compareTo(a.value());
        }
        return order >= 0 ? a : b;
    }

    /**
     * What a question's word means in this directory's words, if anything. A word next to another word of content in the
     * question means the value only when the value's partners say that pair too: "staff accounts" is not the "cloud
     * accounts" of cloud posture partners, "review RACF" not the "access reviews" of identity partners.
     *
     * @param neighbours the words right before and after it in the question (null at either end)
     */
    public Optional<Meaning> meaning(String word, String... neighbours) {
        String key = key(word, SKIP);
        Meaning meaning = key == null ? null : byKey.get(key);
        if (meaning == null) {
            return Optional.empty();
        }
        for (String neighbour : neighbours) {
            String next = neighbour == null ? null : key(neighbour, PASSED_OVER);
            if (next != null && !companions.getOrDefault(key, Set.of()).contains(next)) {
                return Optional.empty();
            }
        }
        return Optional.of(meaning);
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}
