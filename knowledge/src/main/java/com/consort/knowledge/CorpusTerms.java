package com.consort.knowledge;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the indexed documents say, term by term, learnt from the index itself and learnt again when it changes:
 * in how many passages of each kind a term occurs (the programme documents' own vocabulary against the partners'),
 * and which terms each story holds (does a story tell what a question describes?). Nothing here is a word list:
 * a vendor whose programme speaks of "MDF" and "marks" teaches those words by uploading its guide.
 */
public final class CorpusTerms {

    public static final String PROGRAMME = DocumentKind.PROGRAM_DOC.code();
    public static final String PROFILE = DocumentKind.PROFILE.code();
    public static final String STORY = DocumentKind.CASE_STUDY.code();

    /** The index's change mark is read again at most this often; a change relearns the terms. */
    private static final Duration RECHECK = Duration.ofSeconds(2);

    /**
     * @param passages passages per kind
     * @param df       per kind, in how many of its passages each term occurs
     * @param holders  which stories and partners hold which terms
     * @param directoryTerms the terms of the directory's own values (tiers, certifications, industries, ...)
     */
    public record Snapshot(Map<String, Integer> passages, Map<String, Map<String, Integer>> df, TermHolders holders,
            Set<String> directoryTerms, Map<String, Map<String, Integer>> dfStems) {

        /**
         * Whether a term is specific: in at most one in fifty of what partners and customers wrote ("PostgreSQL",
         * "air-gapped", "Ceph"), and in at least one of it (a word nobody wrote proves nothing either way).
         */
        public boolean specific(String term) {
            int others = passages.getOrDefault(PROFILE, 0) + passages.getOrDefault(STORY, 0);
            int holding = df(PROFILE, term) + df(STORY, term);
            return holding > 0 && holding <= Math.max(1, others / 50) && !FUNCTION_WORDS.contains(term);
        }

        public int df(String kind, String term) {
            return df.getOrDefault(kind, Map.of()).getOrDefault(term, 0);
        }

        /**
         * Whether the term is the programme's own: several times more frequent in programme passages than among partner
         * profiles and stories. "Marks", "conformance",
         * "MDF" are; "Kubernetes", "partner", "certified" are not, being as frequent in what partners write.
         */
        /**
         * The larger of the weights of the term's light stem and of its six-letter key: "certify" is the programme's own
         * although "certified" (same key) is every partner's word; "endorsed" meets "endorsement" only by its key.
         */
        public double programmeWeight(String stem) {
            String key = stem.length() > 6 && !Character.isDigit(stem.charAt(0)) ? stem.substring(0, 6) : stem;
            return Math.max(programmeWeight(dfStems, stem), programmeWeight(df, key));
        }

        private double programmeWeight(Map<String, Map<String, Integer>> counts, String term) {
            int programme = passages.getOrDefault(PROGRAMME, 0);
            int inProgramme = count(counts, PROGRAMME, term);
            // a tier's or a certification's name is what partners are, not a rule: "Select partners in Türkiye?"
            if (programme == 0 || inProgramme == 0 || FUNCTION_WORDS.contains(term) || directoryTerms.contains(term)) {
                return 0;
            }
            int others = passages.getOrDefault(PROFILE, 0) + passages.getOrDefault(STORY, 0);
            double there = (double) inProgramme / programme;
            double elsewhere = (count(counts, PROFILE, term) + count(counts, STORY, term) + 1.0) / (others + 1.0);
            return there >= 5 * elsewhere ? Math.log(there / elsewhere) : 0;
        }

        private static int count(Map<String, Map<String, Integer>> counts, String kind, String term) {
            return counts.getOrDefault(kind, Map.of()).getOrDefault(term, 0);
        }

        /** The question's terms that are the programme's own vocabulary. */
        public List<String> programmeTerms(String question) {
            return Terms.of(question).stream().distinct().filter(t -> programmeWeight(t) > 0).toList();
        }

        /**
         * How much of the question is in the programme's own words: the sum, over its programme terms, of how many
         * times more frequent each is in programme passages than in what partners and customers wrote (log).
         */
        public double programmeScore(String question) {
            return Terms.of(question).stream().distinct().mapToDouble(this::programmeWeight).sum();
        }
    }

    /** English words that carry no topic, frequent in any rulebook; a programme's vocabulary is its topics. */
    private static final String FUNCTION_TEXT = "not no nor if each own per over under after "
            + "before another other more most less much many get gets got above below whose may might must shall should "
            + "would could same such every either neither both own being been were here just very";
    private static final Set<String> FUNCTION_WORDS = java.util.stream.Stream.concat(Terms.of(FUNCTION_TEXT).stream(),
            keys(FUNCTION_TEXT).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A text's terms as this class counts them: the index's light stems cut to six letters, so that a question's
     * "endorsed" meets the terms' "endorsement" and "conformant" meets "conformance".
     */
    public static List<String> keys(String text) {
        return Terms.of(text).stream().map(t -> t.length() > 6 && !Character.isDigit(t.charAt(0)) ? t.substring(0, 6) : t).toList();
    }

    private final DocumentRepository documents;
    private final PartnerRepository partners;
    /** Which stories and partners hold which terms, when the database keeps them (PostgreSQL); null: learnt here. */
    private final TermHolders kept;
    private volatile Snapshot snapshot;
    private volatile String signature = "";
    private volatile long checkedAt;

    /** Learns which stories and partners hold which terms with the rest, into memory (the embedded set-up). */
    public CorpusTerms(DocumentRepository documents, PartnerRepository partners) {
        this(documents, partners, null);
    }

    /** @param kept which stories and partners hold which terms, as the database keeps them; null: learnt into memory */
    public CorpusTerms(DocumentRepository documents, PartnerRepository partners, TermHolders kept) {
        this.documents = documents;
        this.partners = partners;
        this.kept = kept;
    }

    /** A learning that took longer than this is redone in the background, the previous snapshot answering meanwhile. */
    private static final Duration SLOW_LEARNING = Duration.ofSeconds(1);

    /** Checking the index for a change took longer than this (the embedded set-up counts it): the next checks run aside. */
    private static final Duration SLOW_CHECK = Duration.ofMillis(20);

    private volatile boolean learningInBackground;
    private volatile boolean checkingInBackground;
    private volatile long lastCheckNanos;
    private volatile long lastLearningNanos;

    /** What the index says now (learnt again when its counts changed, checked at most every two seconds). */
    public Snapshot current() {
        long now = System.nanoTime();
        Snapshot known = snapshot;
        if (known != null && now - checkedAt < RECHECK.toNanos()) {
            return known;
        }
        if (known != null && lastCheckNanos > SLOW_CHECK.toNanos()) {
            // a large embedded index: counting it takes long enough to show in a question's latency, so it is counted aside
            checkedAt = now;
            if (!checkingInBackground) {
                checkingInBackground = true;
                java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        check();
                    } finally {
                        checkingInBackground = false;
                    }
                });
            }
            return known;
        }
        return check();
    }

    private Snapshot check() {
        synchronized (this) {
            long start = System.nanoTime();
            String mark = documents.chunkChangeMark();
            checkedAt = System.nanoTime();
            lastCheckNanos = checkedAt - start;
            if (snapshot == null || !mark.equals(signature)) {
                if (snapshot != null && lastLearningNanos > SLOW_LEARNING.toNanos()) {
                    // a large index: no question waits for the whole of it to be read again after an upload
                    if (!learningInBackground) {
                        learningInBackground = true;
                        java.util.concurrent.CompletableFuture.runAsync(() -> relearn(mark));
                    }
                    return snapshot;
                }
                relearn(mark);
            }
            return snapshot;
        }
    }

    private void relearn(String mark) {
        try {
            long start = System.nanoTime();
            Snapshot learnt = learn();
            synchronized (this) {
                snapshot = learnt;
                signature = mark;
                lastLearningNanos = System.nanoTime() - start;
            }
        } finally {
            learningInBackground = false;
        }
    }

    /**
     * Every term once: a story's and a partner's terms are kept as sorted ids into it (4 bytes a term) rather than as
     * sets of strings, which at a million chunks took more heap than the server has.
     */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new java.util.ArrayList<>();

        int id(String term) {
            return ids.computeIfAbsent(term, t -> {
                terms.add(t);
                return terms.size() - 1;
            });
        }

        String canonical(String term) {
            return terms.get(id(term));
        }
    }

    /** The best stories offered by weight, at most a limit of them; a weight of 0 is no match. */
    private static final class Best {
        private final int limit;
        private final String[] ids;
        private final double[] weights;
        private int size;
        private int worst;

        Best(int limit) {
            this.limit = limit;
            this.ids = new String[Math.max(0, limit)];
            this.weights = new double[Math.max(0, limit)];
        }

        void offer(String id, double weight) {
            if (weight <= 0 || limit <= 0) {
                return;
            }
            if (size < limit) {
                ids[size] = id;
                weights[size++] = weight;
            } else if (better(weight, id, weights[worst], ids[worst])) {
                ids[worst] = id;
                weights[worst] = weight;
            } else {
                return;
            }
            if (size == limit) {
                worst = 0;
                for (int i = 1; i < size; i++) {
                    if (better(weights[worst], ids[worst], weights[i], ids[i])) {
                        worst = i;
                    }
                }
            }
        }

        private static boolean better(double weight, String id, double than, String thanId) {
            return weight > than || weight == than && id.compareTo(thanId) < 0;
        }

        /** Best first, ties by id. */
        List<String> ids() {
            Integer[] order = new Integer[size];
            java.util.Arrays.setAll(order, i -> i);
            java.util.Arrays.sort(order, (a, b) -> better(weights[a], ids[a], weights[b], ids[b]) ? -1
                    : better(weights[b], ids[b], weights[a], ids[a]) ? 1 : 0);
            return java.util.Arrays.stream(order).map(i -> ids[i]).toList();
        }
    }

    /**
     * The embedded set-up's {@link TermHolders}, learnt with the rest: each story's and partner's terms as sorted ids into
     * the dictionary, and how many stories hold each term (an int per term, counted when learnt). A list of each term's
     * stories was faster still, but held every story's terms a second time.
     */
    private static final class Learnt implements TermHolders {
        private final Dictionary dictionary;
        private final Map<String, TermSet> partners;
        private final Map<String, TermSet> byStory;
        private final int[] holding;

        /** The stories and their terms side by side, walked in a loop rather than through the map's entries. */
        private final String[] storyIds;
        private final int[][] termIds;

        Learnt(Dictionary dictionary, Map<String, TermSet> stories, Map<String, TermSet> partners) {
            this.dictionary = dictionary;
            this.partners = partners;
            this.byStory = stories;
            this.holding = new int[dictionary.terms.size()];
            this.storyIds = new String[stories.size()];
            this.termIds = new int[stories.size()][];
            int at = 0;
            for (var story : stories.entrySet()) {
                storyIds[at] = story.getKey();
                termIds[at++] = story.getValue().ids;
                for (int term : story.getValue().ids) {
                    holding[term]++;
                }
            }
        }

        @Override
        public int stories() {
            return storyIds.length;
        }

        @Override
        public int storiesHolding(String term) {
            Integer id = dictionary.ids.get(term);
            return id == null || id >= holding.length ? 0 : holding[id];
        }

        /** One pass over the stories with the terms looked up once, each story's ids searched (no string per story). */
        @Override
        public List<String> storiesWeighingMost(Map<String, Double> weights, int limit) {
            int[] asked = new int[weights.size()];
            double[] weight = new double[weights.size()];
            int known = 0;
            for (var term : weights.entrySet()) {
                Integer id = dictionary.ids.get(term.getKey());
                if (id != null) { // a term the dictionary lacks is in no story
                    asked[known] = id;
                    weight[known++] = term.getValue();
                }
            }
            Best best = new Best(limit);
            for (int story = 0; story < storyIds.length; story++) {
                int[] ids = termIds[story];
                double sum = 0;
                for (int i = 0; i < known; i++) {
                    if (java.util.Arrays.binarySearch(ids, asked[i]) >= 0) {
                        sum += weight[i];
                    }
                }
                // rounded, so that the same weights summed in another order, or 0.1 + 0.2 and 0.3, tie (then by id)
                best.offer(storyIds[story], Math.round(sum * 1e9) / 1e9);
            }
            return best.ids();
        }

        @Override
        public Map<String, Set<String>> termsOfStories(java.util.Collection<String> storyIds, java.util.Collection<String> terms) {
            return held(byStory, storyIds, terms, true);
        }

        @Override
        public Map<String, Set<String>> termsOfPartners(java.util.Collection<String> partnerIds, java.util.Collection<String> terms) {
            return held(partners, partnerIds, terms, false);
        }

        private Map<String, Set<String>> held(Map<String, TermSet> owners, java.util.Collection<String> ids,
                java.util.Collection<String> terms, boolean holdingNone) {
            Map<String, Set<String>> held = new java.util.LinkedHashMap<>();
            for (String id : ids) {
                TermSet owner = owners.get(id);
                if (owner != null) {
                    Set<String> holds = new java.util.TreeSet<>();
                    terms.stream().filter(owner::holds).forEach(holds::add);
                    if (holdingNone || !holds.isEmpty()) {
                        held.put(id, holds);
                    }
                }
            }
            return held;
        }
    }

    /** Terms as sorted ids into the dictionary. */
    private static final class TermSet {
        private final Dictionary dictionary;
        private int[] ids;

        TermSet(Dictionary dictionary) {
            this.dictionary = dictionary;
            this.ids = new int[0];
        }

        /** Adds the terms (already ids), keeping the ids sorted and distinct. */
        void addIds(int[] sortedDistinct) {
            int[] merged = new int[ids.length + sortedDistinct.length];
            int a = 0, b = 0, n = 0;
            while (a < ids.length || b < sortedDistinct.length) {
                int next = b >= sortedDistinct.length || a < ids.length && ids[a] <= sortedDistinct[b] ? ids[a++] : sortedDistinct[b++];
                if (n == 0 || merged[n - 1] != next) {
                    merged[n++] = next;
                }
            }
            ids = java.util.Arrays.copyOf(merged, n);
        }

        boolean holds(String term) {
            Integer id = dictionary.ids.get(term);
            return id != null && java.util.Arrays.binarySearch(ids, id) >= 0;
        }
    }

    private Snapshot learn() {
        Map<String, Integer> passages = new HashMap<>();
        Map<String, Map<String, Integer>> df = new HashMap<>();
        Map<String, Map<String, Integer>> dfStems = new HashMap<>();
        Map<String, TermSet> stories = new HashMap<>();
        Map<String, TermSet> byPartner = new HashMap<>();
        Dictionary dictionary = new Dictionary();
        documents.forEachChunk(List.of(PROGRAMME, PROFILE, STORY), chunk -> {
            passages.merge(chunk.kind(), 1, Integer::sum);
            Set<String> terms = new HashSet<>(keys(chunk.text()));
            Map<String, Integer> counts = df.computeIfAbsent(chunk.kind(), k -> new HashMap<>());
            terms.forEach(t -> counts.merge(dictionary.canonical(t), 1, Integer::sum));
            Map<String, Integer> stemCounts = dfStems.computeIfAbsent(chunk.kind(), k -> new HashMap<>());
            new HashSet<>(Terms.of(chunk.text())).forEach(t -> stemCounts.merge(dictionary.canonical(t), 1, Integer::sum));
            if (kept != null) {
                return; // the database keeps which stories and partners hold them
            }
            int[] ids = terms.stream().mapToInt(dictionary::id).sorted().toArray();
            if (STORY.equals(chunk.kind())) {
                stories.computeIfAbsent(chunk.documentId(), k -> new TermSet(dictionary)).addIds(ids);
            }
            if (chunk.partnerId() != null && !PROGRAMME.equals(chunk.kind())) {
                byPartner.computeIfAbsent(chunk.partnerId(), k -> new TermSet(dictionary)).addIds(ids);
            }
        });
        Set<String> directoryTerms = new HashSet<>();
        partners.knownValues().values().forEach(values -> values.forEach(v -> {
            directoryTerms.addAll(keys(v));
            directoryTerms.addAll(Terms.of(v));
        }));
        return new Snapshot(Map.copyOf(passages), df, kept != null ? kept : new Learnt(dictionary, stories, byPartner),
                directoryTerms, dfStems);
    }
}
