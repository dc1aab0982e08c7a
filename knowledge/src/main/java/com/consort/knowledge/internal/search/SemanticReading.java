package com.consort.knowledge.internal.search;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Vocabulary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/**
 * The semantic fallback of question understanding: the words of a question that no value, synonym or general word
 * matched ("round-the-clock security monitoring", "software companies that build on our platform") are compared by
 * embedding similarity with the directory's values and the words that mean them. Above the threshold the nearest
 * value becomes the constraint; below it the words stay free text for retrieval. The values' embeddings are computed
 * once per taxonomy (when the directory's values or the vendor's words change), not per question; a question costs one
 * batch embedding of its left-over phrases, and nothing when every word was read.
 */
public final class SemanticReading {

    /**
     * Calibrated on the demo suites (scripts in docs/retrieval.md, "Semantic fallback"): the lowest threshold at which no
     * demo question gains a constraint it does not state.
     */
    public static final double DEFAULT_THRESHOLD = 0.80;
    /** Values of one facet this close to the best are read together ("IR retainer": both retainer types). */
    static final double MARGIN = 0.015;
    /** Subtracted from a partner type's similarity (see {@link #nearest}). */
    static final double TYPE_PENALTY = 0.05;
    private static final Set<Facet> FACETS = EnumSet.of(Facet.TYPE, Facet.INDUSTRY, Facet.SPECIALIZATION, Facet.CERTIFICATION,
            Facet.INTEGRATION);
    /** Words that separate the phrases of a question: function words and the words of any partner question. */
    static final Set<String> BREAKS = Set.of("a", "an", "the", "for", "in", "with", "from", "at", "by", "on", "of", "to",
            "and", "or", "but", "who", "whom", "which", "what", "where", "when", "why", "how", "that", "this", "these", "those",
            "there", "here", "is", "are", "was", "were", "be", "been", "do", "does", "did", "done", "have", "has", "had", "can",
            "could", "would", "should", "will", "may", "might", "must", "we", "our", "us", "you", "your", "they", "their",
            "them", "it", "its", "i", "me", "my", "he", "she", "any", "anyone", "anybody", "someone", "somebody", "some",
            "partner", "partners", "customer", "customers", "client", "clients", "prospect", "need", "needs", "want",
            "wants", "looking", "find", "recommend", "suggest", "please", "help", "helps", "helped", "get", "gets", "got",
            "only", "just", "also", "all", "actually", "really", "still", "already", "before", "after", "next", "last",
            "ready", "one", "ones", "people", "team", "teams", "staff", "company", "companies", "firm", "firms", "know",
            "knows", "who's", "else", "thing", "sort", "kind", "like", "about", "into", "up", "out", "so", "if", "not",
            "no", "yes", "than", "then", "very", "much", "many", "more", "most", "best", "good", "great", "new", "s",
            // words that say which facet the neighbouring value is of ("Jira integration experience", "based in")
            "integration", "integrations", "connector", "connectors", "experience", "certification", "certifications",
            "certified", "speaking", "speak", "speaks", "language", "languages", "tier", "level", "based", "covering", "cover",
            "covers", "work", "works", "working", "worked", "run", "runs", "running", "doing", "offer", "offers", "take",
            "took", "made", "make", "makes", "build", "builds", "integrate", "integrates", "integrated", "connect", "connects",
            "connected", "hooked", "linked");

    private final Embedder embedder;
    private final double threshold;
    private volatile Index index;

    /** One text meaning a value: its own name (or the vendor's word for it), or a general word of the base vocabulary. */
    private record Entry(Facet facet, String value, String text, float[] vector) {
    }

    /** @param generic words in many of one facet's values ("Certified ...", the vendor's name): they say nothing */
    private record Index(Object source, List<Entry> entries, Set<String> generic) {
    }

    public SemanticReading(Embedder embedder, double threshold) {
        this.embedder = embedder;
        this.threshold = threshold;
    }

    /** A phrase of the question and the nearest value it was read as, with the similarity. */
    public record Nearest(String phrase, Facet facet, Set<String> values, double similarity) {
    }

    /**
     * Reads the phrases of the question made of words not {@code read} yet, adding a constraint for each phrase whose
     * nearest value is above the threshold, on a facet the question does not already constrain.
     *
     * @param held how many partners hold a value: a value spelt alike in two facets is read as the one more hold
     */
    void read(List<String> tokens, boolean[] read, List<Vocabulary.Phrase> phrases, Map<Facet, Set<String>> known,
            Map<Facet, Set<String>> found, List<Constraints.Mention> mentions, Vocabulary vocabulary,
            ToIntBiFunction<Facet, String> held) {
        for (Nearest nearest : nearest(tokens, read, phrases, known, held)) {
            if (nearest.similarity() >= threshold && !found.containsKey(nearest.facet())) {
                Set<String> values = new LinkedHashSet<>(nearest.values());
                values.addAll(vocabulary.spellingsIn(nearest.facet(), values, known.getOrDefault(nearest.facet(), Set.of())));
                found.put(nearest.facet(), values);
                values.forEach(v -> mentions.add(new Constraints.Mention(nearest.facet(), v, nearest.phrase(),
                        Constraints.SIMILAR)));
            }
        }
    }

    /** For each left-over phrase, its nearest value whatever the similarity (for calibration). */
    List<Nearest> nearest(List<String> tokens, boolean[] read, List<Vocabulary.Phrase> phrases, Map<Facet, Set<String>> known,
            ToIntBiFunction<Facet, String> held) {
        if (leftOver(tokens, read, Set.of()).isEmpty()) {
            return List.of();
        }
        Index index = index(phrases, known);
        List<String> runs = leftOver(tokens, read, index.generic());
        if (runs.isEmpty() || index.entries().isEmpty()) {
            return List.of();
        }
        List<float[]> vectors = embedder.embedPassages(runs);
        List<Nearest> result = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            String run = runs.get(r);
            Map<String, Double> byValue = new LinkedHashMap<>();
            Entry top = null;
            double topScore = -1;
            for (Entry e : index.entries()) {
                if (partOf(run, e)) {
                    continue;
                }
                double score = cosine(vectors.get(r), e.vector());
                byValue.merge(e.facet() + "\u0000" + e.value(), score, Math::max);
                // the same words filed under two facets embed alike: the facet more partners hold them in wins
                boolean tie = top != null && Math.abs(score - topScore) < 1e-6 && e.facet() != top.facet();
                if (tie ? held.applyAsInt(e.facet(), e.value()) > held.applyAsInt(top.facet(), top.value()) : score > topScore) {
                    topScore = score;
                    top = e;
                }
            }
            if (top == null) {
                continue;
            }
            Facet facet = top.facet();
            double cut = topScore - MARGIN;
            Set<String> values = new LinkedHashSet<>();
            values.add(top.value());
            byValue.forEach((key, score) -> {
                String[] parts = key.split("\u0000", 2);
                if (parts[0].equals(facet.name()) && score >= cut) {
                    values.add(parts[1]);
                }
            });
            // a partner type read from meaning alone often names the customer ("a car parts supplier"): it needs more
            result.add(new Nearest(run, facet, values, facet == Facet.TYPE ? topScore - TYPE_PENALTY : topScore));
        }
        return result;
    }

    /**
     * A single word that is only part of a general word ("maker" of "car maker", "network" of "hospital network",
     * "exchange" of "stock exchange") says nothing about the value: the whole word would have matched. The words of the
     * value's own name are exempt ("SOC" of "SOC Operations").
     */
    private static boolean partOf(String run, Entry entry) {
        if (run.contains(" ") || entry.text().equals(entry.value().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String stem = run.length() > 5 ? run.substring(0, 5) : run;
        for (String word : entry.text().split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Runs of words not read yet, split at function words; a run needs a word of three letters or more. */
    static List<String> leftOver(List<String> tokens, boolean[] read, Set<String> generic) {
        List<String> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            boolean breaks = i == tokens.size() || read[i] || BREAKS.contains(tokens.get(i)) || generic.contains(tokens.get(i)) || tokens.get(i).matches("\\d+");
            if (!breaks) {
                run.add(tokens.get(i));
            } else if (!run.isEmpty()) {
                if (run.stream().anyMatch(w -> w.length() >= 3)) {
                    runs.add(String.join(" ", run));
                }
                run.clear();
            }
        }
        return runs;
    }

    private Index index(List<Vocabulary.Phrase> phrases, Map<Facet, Set<String>> known) {
        Index current = index;
        if (current != null && current.source() == phrases) {
            return current;
        }
        synchronized (this) {
            if (index != null && index.source() == phrases) {
                return index;
            }
            // each value by its own name and every word that means it (the vendor's synonyms, the base's general words)
            List<String> keys = new ArrayList<>();
            for (Facet facet : FACETS) {
                for (String value : known.getOrDefault(facet, Set.of())) {
                    keys.add(facet.name() + "\u0000" + value + "\u0000" + value.toLowerCase(java.util.Locale.ROOT));
                }
            }
            for (Vocabulary.Phrase p : phrases) {
                // the value shortened ("kubernetes training") means no more than its name and would draw near any
                // phrase that shares the common word ("kubernetes consultancy")
                if (FACETS.contains(p.facet()) && known.getOrDefault(p.facet(), Set.of()).contains(p.value())
                        && !shortened(p)) {
                    keys.add(p.facet().name() + "\u0000" + p.value() + "\u0000" + p.text());
                }
            }
            List<String> distinct = keys.stream().distinct().toList();
            List<float[]> vectors = embedder.embedPassages(distinct.stream().map(k -> k.split("\u0000", 3)[2]).toList());
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                String[] parts = distinct.get(i).split("\u0000", 3);
                entries.add(new Entry(Facet.valueOf(parts[0]), parts[1], parts[2], vectors.get(i)));
            }
            Set<String> generic = new java.util.HashSet<>();
            for (Facet facet : FACETS) {
                generic.addAll(Vocabulary.sharedWords(known.getOrDefault(facet, Set.of())));
            }
            index = new Index(phrases, List.copyOf(entries), Set.copyOf(generic));
            return index;
        }
    }

    /** Whether the phrase is the value's own name with words left out. */
    private static boolean shortened(Vocabulary.Phrase phrase) {
        List<String> name = List.of(QueryUnderstanding.tokenize(phrase.value()));
        List<String> words = List.of(QueryUnderstanding.tokenize(phrase.text()));
        return words.size() < name.size() && name.containsAll(words);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
