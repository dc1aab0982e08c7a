package com.consort.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Partner-level ranking. Hard constraints (stated in the question or given as filters) decide who
 * may appear at all; among those, relevance of the profile and case studies to the question orders
 * them, with small, explained boosts for tier, satisfaction and certifications. Every reason names
 * a criterion and the evidence for it: a directory fact the partner's profile, each thing asked for in words no
 * directory value stands for ({@link Criterion}) the passage that says it; a partner with no passage for one lists it
 * in {@link Result#missing()}.
 */
public class PartnerSearch {

    /**
     * A partner search: the question, the constraints {@link #understand read} from it (null: not read yet, the search
     * reads it) and the {@code filters} applied over them. {@code signals}: false ranks by retrieval and the directory's
     * boosts alone (what a retrieval suite measures).
     */
    public record Query(String text, Constraints read, Constraints filters, int limit, RetrievalMode mode, boolean signals) {
        public Query {
            filters = filters == null ? Constraints.NONE : filters;
            mode = mode == null ? RetrievalMode.HYBRID : mode;
        }

        public Query(String text, Constraints filters, int limit, RetrievalMode mode, boolean signals) {
            this(text, null, filters, limit, mode, signals);
        }

        public Query(String text, Constraints filters, int limit, RetrievalMode mode) {
            this(text, null, filters, limit, mode, true);
        }

        /** This query with its text already read (by {@link PartnerSearch#understand}), so the search does not read it again. */
        public Query withReading(Constraints read) {
            return new Query(text, read, filters, limit, mode, signals);
        }
    }

    /**
     * @param citation the passage that supports the reason (a word criterion's passage that says it, a directory fact's
     *                 profile), or null when none was retrieved
     */
    public record Reason(String criterion, String explanation, Evidence citation) {
        public Reason(String criterion, String explanation) {
            this(criterion, explanation, null);
        }
    }

    /** The criterion of a reason that cites the passage saying a thing asked for in words ({@link Criterion}). */
    public static final String TEXT = "text";

    public record Evidence(String documentId, String title, String kind, String snippet, String locator, Instant updatedAt) {
    }

    /**
     * @param signals how much of {@code score} each {@link RankingSignal} added, by signal name (e.g.
     *                {@code track_record}); the rest is relevance and the stated boosts
     * @param missing for each {@link Criterion} asked for that no passage of the partner says, what it misses ("no passage
     *                says 'air-gapped'"); each criterion a partner has a passage for adds {@link #CRITERION_BOOST} to its
     *                score, shown in {@code signals} as {@value #CRITERIA_SIGNAL}
     */
    public record Result(String partnerId, String name, double score, List<Reason> reasons, List<Evidence> evidence,
            Partner partner, Map<String, Double> signals, List<String> missing) {
        public Result {
            missing = missing == null ? List.of() : List.copyOf(missing);
        }

        public Result(String partnerId, String name, double score, List<Reason> reasons, List<Evidence> evidence,
                Partner partner, Map<String, Double> signals) {
            this(partnerId, name, score, reasons, evidence, partner, signals, List.of());
        }
    }

    /**
     * A further, bounded contribution to the ranking of partners that already meet every hard constraint
     * (so it can reorder them but never let one in), stated as a reason with its own evidence.
     */
    public interface RankingSignal {
        /** Contributions for some of {@code partnerIds}, given what the question asks for. */
        Map<String, Contribution> contributions(Constraints constraints, java.util.Collection<String> partnerIds);

        /** As above, with the question's words too (a deal size it states, for one); null when there are none. */
        default Map<String, Contribution> contributions(String question, Constraints constraints,
                java.util.Collection<String> partnerIds) {
            return contributions(constraints, partnerIds);
        }
    }

    /**
     * Reorders the whole ranking (ids, best first, with their scores) before it is cut to the limit: fair
     * exposure's rotation of equally fitting partners. The identity when there is none.
     */
    public interface Ordering {
        Ordering NONE = (ranked, scores) -> ranked;

        List<String> order(List<String> ranked, Map<String, Double> scores);
    }

    /** {@code boost} is added to the score; {@code reason} and {@code evidence} explain it, also when it is 0. */
    public record Contribution(String signal, double boost, Reason reason, List<Evidence> evidence) {
    }

    /** A constraint no partner meets together with the others. */
    public record Unmet(String constraint, Set<String> values, int partnersWithoutIt) {
    }

    /**
     * {@code alternatives} are filled only when {@code results} is empty: the nearest partners, each
     * meeting all but the constraints listed in {@code unmet}. {@code criteria}: the things the question asks for in
     * words no directory value stands for, each checked against every listed partner's passages.
     */
    public record Response(Constraints understood, List<Result> results, List<Unmet> unmet, List<Result> alternatives,
            List<Criterion> criteria) {
        public Response {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }

        public Response(Constraints understood, List<Result> results, List<Unmet> unmet, List<Result> alternatives) {
            this(understood, results, unmet, alternatives, List.of());
        }
    }

    /** Boosts of the best, second and third tier of the directory's tier order. */
    static final double[] TIER_BOOSTS = {0.06, 0.04, 0.02};
    static final double PER_CERTIFICATION = 0.01;
    static final double MAX_SATISFACTION_BOOST = 0.04;
    /** Above this many candidates, filtering after retrieval is cheaper than filtering inside the index. */
    static final int IN_INDEX_FILTER_LIMIT = 300;

    private final PartnerRepository partners;
    private final QuestionReader understanding;
    private final ChunkSearch chunks;
    private final Vocabulary vocabulary;
    private final List<RankingSignal> signals;
    private final Ordering ordering;
    private final CandidateWindow window;
    private final CorpusTerms corpus;

    public PartnerSearch(PartnerRepository partners, QuestionReader understanding, ChunkSearch chunks,
            Vocabulary vocabulary) {
        this(partners, understanding, chunks, vocabulary, List.of());
    }

    public PartnerSearch(PartnerRepository partners, QuestionReader understanding, ChunkSearch chunks,
            Vocabulary vocabulary, List<RankingSignal> signals) {
        this(partners, understanding, chunks, vocabulary, signals, Ordering.NONE);
    }

    public PartnerSearch(PartnerRepository partners, QuestionReader understanding, ChunkSearch chunks,
            Vocabulary vocabulary, List<RankingSignal> signals, Ordering ordering) {
        this(partners, understanding, chunks, vocabulary, signals, ordering, null);
    }

    /** @param corpus what the index says term by term, for the question's word criteria; null: none are checked */
    public PartnerSearch(PartnerRepository partners, QuestionReader understanding, ChunkSearch chunks,
            Vocabulary vocabulary, List<RankingSignal> signals, Ordering ordering, CorpusTerms corpus) {
        this.corpus = corpus;
        this.signals = List.copyOf(signals);
        this.ordering = ordering;
        this.partners = partners;
        this.understanding = understanding;
        this.chunks = chunks;
        this.vocabulary = vocabulary;
        this.window = new CandidateWindow(partners, vocabulary, understanding, CandidateWindow.WINDOW);
    }

    /** The index's terms this search checks word criteria against, or null when it checks none. */
    public CorpusTerms corpus() {
        return corpus;
    }

    /** The constraints a question states, each with the phrase it was read from. */
    public Constraints understand(String text) {
        return understanding.understand(text);
    }

    /**
     * The partners for a query. A query that carries its reading (a question the caller read once, with {@link
     * Query#withReading}) is not read again; one with only its text (REST and MCP callers) is read here, once.
     */
    public Response search(Query query) {
        // the question's embedding runs beside its reading and the directory's read, not after them
        String text = query.text() == null ? "" : query.text().strip();
        QuestionPassages passages = new QuestionPassages(chunks, text, chunks.embeddingAhead(text, query.mode()), query.mode());
        Constraints read = query.read() != null ? query.read() : understanding.understand(query.text());
        Constraints constraints = read.overriddenBy(query.filters());
        CorpusTerms.Snapshot terms = corpus == null ? null : corpus.current();
        List<Criterion> criteria = new ArrayList<>();
        if (terms != null) {
            criteria.addAll(Criterion.in(query.text(), constraints, terms, Set.of()));
            criteria.addAll(understanding.unrecorded(constraints));
        }
        Evidencing evidencing = new Evidencing(criteria, terms);
        int depth = Math.max(300, query.limit() * 60);
        List<PartnerRepository.Candidate> meeting = meeting(query, constraints, depth, passages);
        List<PartnerRepository.Candidate> candidates = meeting;
        List<Criterion> stated = criteria.stream().filter(Criterion::stated).toList();
        if (!meeting.isEmpty() && !stated.isEmpty()) {
            // a place or language stated where the directory records none: only partners whose own words name it match
            evidencing.know(meeting.stream().map(PartnerRepository.Candidate::id).toList());
            List<PartnerRepository.Candidate> saying = meeting.stream()
                    .filter(c -> stated.stream().allMatch(criterion -> evidencing.saysSomewhere(c.id(), criterion))).toList();
            if (saying.isEmpty()) {
                List<Unmet> unmet = stated.stream().map(c -> new Unmet(c.constraint(), Set.of(c.words().replace("'", "")),
                        (int) meeting.stream().filter(p -> !evidencing.saysSomewhere(p.id(), c)).count())).toList();
                return new Response(constraints, List.of(), unmet,
                        rank(query, constraints, meeting, Math.min(query.limit(), 3), evidencing, passages, depth), criteria);
            }
            candidates = saying;
        }
        if (!candidates.isEmpty()) {
            return new Response(constraints, rank(query, constraints, candidates, query.limit(), evidencing, passages, depth), List.of(), List.of(),
                    criteria);
        }
        // Nothing meets everything: find the constraints that, dropped alone, let partners through.
        List<Unmet> unmet = new ArrayList<>();
        Constraints nearest = null;
        int nearestCount = 0;
        Map<Facet, Integer> withoutEach = window.countsWithoutEach(constraints);
        for (Facet facet : constraints.byFacet().keySet()) {
            Constraints relaxed = constraints.without(facet);
            int count = withoutEach.get(facet);
            if (count > 0) {
                unmet.add(new Unmet(facet.filterKey(), display(facet, constraints.byFacet().get(facet)), count));
                if (count > nearestCount) {
                    nearest = relaxed;
                    nearestCount = count;
                }
            }
        }
        if (nearest == null) {
            // no single constraint is to blame: every one of them is reported, alternatives match the text only
            constraints.byFacet().forEach((facet, values) -> unmet.add(new Unmet(facet.filterKey(), display(facet, values), 0)));
            nearest = new Constraints(Map.of(), List.of(), constraints.includeInactive());
        }
        List<Result> alternatives = rank(query, nearest, window.candidates(query, nearest, depth, passages),
                Math.min(query.limit(), 3), evidencing, passages, depth);
        return new Response(constraints, List.of(), unmet, alternatives, criteria);
    }

    /**
     * Added for each word criterion a partner has a passage for. Chosen by measurement (docs/eval.md): 0.05, 0.08, 0.1,
     * 0.2 and ranking by the number met first give the same recall@5 on the three retrieval suites; only 0.05 keeps
     * the demo's evidence question whose answer lacks an incidental word ("speed") first.
     */
    static final double CRITERION_BOOST = 0.05;
    /** The name in {@link Result#signals} of what the word criteria a partner's passages say added to its score. */
    public static final String CRITERIA_SIGNAL = "criteria";

    /** @param depth how many of every partner's passages the window searched: past it, the ranking reads the same ones */
    private List<Result> rank(Query query, Constraints constraints, List<PartnerRepository.Candidate> candidates, int limit,
            Evidencing evidencing, QuestionPassages passages, int depth) {
        Set<String> candidateIds = new java.util.HashSet<>();
        candidates.forEach(c -> candidateIds.add(c.id()));
        Map<String, Double> relevance = new LinkedHashMap<>();
        Map<String, List<ChunkSearch.Hit>> hitsByPartner = new LinkedHashMap<>();
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            // A filter on hundreds of partners costs more than it saves: search the kinds, keep the candidates.
            // past the window, the same search as the window's (read once: QuestionPassages), also when fewer are
            // ranked than the query asks for (the nearest alternatives): a second search of every partner's passages,
            // shallower, cost an unmet question's answer 55 ms at 1,000,000 chunks
            List<ChunkSearch.Hit> hits = (candidateIds.size() <= IN_INDEX_FILTER_LIMIT
                    ? passages.ofPartners(Math.max(100, limit * 20), candidateIds)
                    : passages.ofAnyPartner(depth)).stream()
                    .filter(h -> candidateIds.contains(h.chunk().partnerId())).toList();
            double top = hits.isEmpty() ? 1 : hits.get(0).score();
            for (ChunkSearch.Hit hit : hits) {
                String partnerId = hit.chunk().partnerId();
                hitsByPartner.computeIfAbsent(partnerId, k -> new ArrayList<>()).add(hit);
                // best chunk per partner, relative to the best chunk overall, so modes share one scale
                relevance.merge(partnerId, hit.score() / top, Math::max);
            }
        }
        // Every candidate meets every hard constraint; ones without a matching passage still rank by boosts.
        Map<String, Double> scores = new LinkedHashMap<>();
        List<String> tiers = understanding.tierOrder();
        for (PartnerRepository.Candidate c : candidates) {
            scores.put(c.id(), relevance.getOrDefault(c.id(), 0.0) * 0.5
                    + boost(tierRank(tiers, c.tier()), c.satisfaction(), c.certifications()));
        }
        Map<String, List<Contribution>> contributions = new LinkedHashMap<>();
        for (RankingSignal signal : query.signals() ? signals : List.<RankingSignal>of()) {
            signal.contributions(query.text(), constraints, candidateIds).forEach((id, c) -> {
                contributions.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
                scores.merge(id, c.boost(), Double::sum);
            });
        }
        // each thing asked for in words that a passage of the partner says adds to its score (evidence per criterion): the
        // partner that says "edge" and "air-gapped" before one whose text is only near them
        Map<String, Double> saying = new LinkedHashMap<>();
        evidencing.know(candidates.stream().map(PartnerRepository.Candidate::id).toList());
        for (PartnerRepository.Candidate c : candidates) {
            long met = evidencing.criteria().stream().filter(criterion -> evidencing.saysSomewhere(c.id(), criterion)).count();
            if (met > 0) {
                saying.put(c.id(), met * CRITERION_BOOST);
                scores.merge(c.id(), met * CRITERION_BOOST, Double::sum);
            }
        }
        Map<String, PartnerRepository.Candidate> byId = new LinkedHashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<String> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((PartnerRepository.Candidate c) -> -scores.get(c.id()))
                        .thenComparing(c -> tierRank(tiers, c.tier()))
                        .thenComparing(c -> -(c.satisfaction() == null ? 0 : c.satisfaction()))
                        .thenComparing(PartnerRepository.Candidate::id))
                .map(PartnerRepository.Candidate::id).toList();
        List<String> top = (query.signals() ? ordering.order(ranked, scores) : ranked).stream().limit(limit).toList();
        List<Result> results = new ArrayList<>();
        Map<String, Map<Criterion, ChunkSearch.Hit>> says = evidencing.passages(top, hitsByPartner);
        for (Partner partner : partners.findAll(top)) {
            List<ChunkSearch.Hit> partnerHits = hitsByPartner.getOrDefault(partner.id(), List.of());
            Evidence profile = partnerHits.stream().filter(h -> h.document().kind() == DocumentKind.PROFILE).findFirst()
                    .map(PartnerSearch::cited).orElse(null);
            List<Reason> reasons = constraintReasons(partner, constraints, profile);
            List<Evidence> evidence = evidence(partnerHits);
            List<String> missing = new ArrayList<>();
            // each thing asked for in words: the passage that says it is the reason's citation, or the partner misses it
            for (Criterion criterion : evidencing.criteria()) {
                ChunkSearch.Hit hit = says.getOrDefault(partner.id(), Map.of()).get(criterion);
                if (hit != null) {
                    Evidence cited = cited(hit, criterion.excerpt(hit.chunk().text()));
                    reasons.add(new Reason(TEXT, (hit.document().kind() == DocumentKind.CASE_STUDY ? "Its customer story" : "Its profile")
                            + " says " + criterion.words() + ": \"" + cited.snippet() + "\"", cited));
                    if (!evidence.contains(cited)) {
                        evidence = new ArrayList<>(evidence);
                        evidence.add(cited);
                    }
                } else if (!evidencing.saysSomewhere(partner.id(), criterion)) {
                    missing.add(criterion.miss());
                }
            }
            if (!evidence.isEmpty() && reasons.stream().noneMatch(r -> TEXT.equals(r.criterion()))) {
                // no passage says a word asked for (or none was asked): the passage the ranking found closest is the reason
                Evidence best = evidence.get(0);
                reasons.add(new Reason("relevance", ("case_study".equals(best.kind()) ? "Case study \"" : "Profile \"")
                        + best.title() + "\" matches the request" + (best.locator() == null ? "" : " (" + best.locator() + ")"), best));
            }
            boostReasons(partner, tierRank(tiers, partner.tier()), reasons);
            Map<String, Double> added = new LinkedHashMap<>();
            if (saying.containsKey(partner.id())) {
                added.put(CRITERIA_SIGNAL, Math.round(saying.get(partner.id()) * 10000) / 10000.0);
            }
            for (Contribution c : contributions.getOrDefault(partner.id(), List.of())) {
                reasons.add(c.reason());
                evidence = new ArrayList<>(evidence);
                evidence.addAll(c.evidence());
                added.merge(c.signal(), Math.round(c.boost() * 10000) / 10000.0, Double::sum);
            }
            results.add(new Result(partner.id(), partner.name(), Math.round(scores.get(partner.id()) * 10000) / 10000.0,
                    reasons, evidence, partner, added, missing));
        }
        return results;
    }

    /**
     * The partners that meet the constraints. A question about work done ("which partner did that for a hospital
     * group?") has the customer's industry told by the partner's listing or by the story of the work, filed under the
     * partner that did it.
     */
    private List<PartnerRepository.Candidate> meeting(Query query, Constraints constraints, int depth, QuestionPassages passages) {
        List<PartnerRepository.Candidate> meeting = window.candidates(query, constraints, depth, passages);
        if (!constraints.byFacet().containsKey(Facet.INDUSTRY) || !QuestionReader.asksWhoDid(query.text())) {
            return meeting;
        }
        Map<String, PartnerRepository.Candidate> either = new LinkedHashMap<>();
        meeting.forEach(c -> either.put(c.id(), c));
        window.candidates(query, constraints.industryOfStories(), depth, passages).forEach(c -> either.putIfAbsent(c.id(), c));
        return List.copyOf(either.values());
    }

    private List<Reason> constraintReasons(Partner partner, Constraints constraints, Evidence profile) {
        List<Reason> reasons = new ArrayList<>();
        constraints.byFacet().forEach((facet, wanted) -> {
            Set<String> met = new LinkedHashSet<>();
            if (facet == Facet.REGION) {
                Vocabulary.Coverage coverage = vocabulary.coverage(wanted);
                partner.values(Facet.REGION).stream().filter(coverage.regions()::contains).forEach(met::add);
                partner.values(Facet.COUNTRY).stream().filter(coverage.countries()::contains)
                        .forEach(c -> met.add(vocabulary.displayName(Facet.COUNTRY, c)));
            } else {
                partner.values(facet).stream().filter(wanted::contains)
                        .forEach(v -> met.add(vocabulary.displayName(facet, v)));
            }
            reasons.add(new Reason(facet.filterKey(), met.isEmpty() ? unlisted(partner, facet, wanted, constraints)
                    : explain(facet, wanted, met), profile));
        });
        return reasons;
    }

    /** Why a partner that lists none of the values meets them: its own words for one, else a customer story in it. */
    private String unlisted(Partner partner, Facet facet, Set<String> wanted, Constraints constraints) {
        Set<String> words = understanding.described(constraints).getOrDefault(facet, Set.of());
        return PartnerRepository.describedWord(partner, words)
                .map(word -> "Its description says '" + word + "'")
                .orElseGet(() -> facet == Facet.INDUSTRY ? explain(Facet.CASE_STUDY_INDUSTRY, wanted, Set.of())
                        : explain(facet, wanted, Set.of()));
    }

    private String explain(Facet facet, Set<String> wanted, Set<String> met) {
        String values = String.join(", ", met);
        return switch (facet) {
            case REGION -> "Operates in " + String.join("/", wanted) + ": " + values;
            case COUNTRY -> "Operates in " + values;
            case LANGUAGE -> "Speaks " + values;
            case TYPE -> "Is a " + values;
            case TIER -> values + " tier";
            case INDUSTRY -> "Serves " + values;
            case SPECIALIZATION -> "Specialises in " + values;
            case CERTIFICATION -> "Holds " + values;
            case INTEGRATION -> "Has the " + values + " integration";
            case TEMPLATE -> "Offers the " + values + " template";
            case CASE_STUDY_INDUSTRY -> "Has a customer story in " + String.join(" or ", wanted);
        };
    }

    /** Boosts are small next to relevance (at most 0.5); each one is stated as a reason. */
    static double boost(int tierRank, Double satisfaction, int certifications) {
        return tierBoost(tierRank) + satisfactionBoost(satisfaction) + Math.min(3, certifications) * PER_CERTIFICATION;
    }

    private static double tierBoost(int tierRank) {
        return tierRank < TIER_BOOSTS.length ? TIER_BOOSTS[tierRank] : 0;
    }

    private static double satisfactionBoost(Double satisfaction) {
        return satisfaction == null ? 0 : Math.max(0, (satisfaction - 3) / 2) * MAX_SATISFACTION_BOOST;
    }

    private static void boostReasons(Partner partner, int tierRank, List<Reason> reasons) {
        double tier = tierBoost(tierRank);
        if (tier > 0) {
            reasons.add(new Reason("boost", partner.tier() + " tier (+" + tier + ")"));
        }
        double satisfaction = satisfactionBoost(partner.satisfaction());
        if (satisfaction > 0) {
            reasons.add(new Reason("boost", "Customer satisfaction " + partner.satisfaction() + "/5 (+"
                    + Math.round(satisfaction * 1000) / 1000.0 + ")"));
        }
        int certifications = Math.min(3, partner.values(Facet.CERTIFICATION).size());
        if (certifications > 0) {
            reasons.add(new Reason("boost", certifications + " certification" + (certifications > 1 ? "s" : "")
                    + " (+" + Math.round(certifications * PER_CERTIFICATION * 100) / 100.0 + ")"));
        }
    }

    private static List<Evidence> evidence(List<ChunkSearch.Hit> hits) {
        List<Evidence> evidence = new ArrayList<>();
        Set<String> documents = new LinkedHashSet<>();
        // case studies are stronger proof than the partner's own profile, so they come first
        hits.stream().sorted(Comparator.comparing((ChunkSearch.Hit h) -> h.document().kind() != DocumentKind.CASE_STUDY)
                .thenComparing(Comparator.comparingDouble(ChunkSearch.Hit::score).reversed()))
                .filter(h -> documents.add(h.document().id()))
                .limit(2)
                .forEach(h -> evidence.add(cited(h)));
        return evidence;
    }

    private static Evidence cited(ChunkSearch.Hit h) {
        return cited(h, snippet(h.chunk().text()));
    }

    private static Evidence cited(ChunkSearch.Hit h, String snippet) {
        return new Evidence(h.document().id(), h.document().title(), h.document().kind().code(), snippet, h.chunk().locator(),
                h.document().updatedAt());
    }

    /**
     * The word criteria of one search and where the listed partners' passages say them. The passages the ranking
     * already fetched are read first; only a partner that says a criterion in a passage outside them (the index's
     * terms know) costs a search, one per criterion for all such partners together.
     */
    private final class Evidencing {
        private final List<Criterion> criteria;
        private final CorpusTerms.Snapshot terms;
        /** Which of the criteria's terms each partner read so far holds (none: not a key), and every partner read. */
        private final Map<String, Set<String>> held = new java.util.HashMap<>();
        private final Set<String> known = new java.util.HashSet<>();

        Evidencing(List<Criterion> criteria, CorpusTerms.Snapshot terms) {
            this.criteria = criteria;
            this.terms = terms;
        }

        List<Criterion> criteria() {
            return criteria;
        }

        /**
         * Reads which of the criteria's terms these partners' passages hold, those not read yet, in one query: what
         * {@link #saysSomewhere} answers from. A search reads its candidates' once.
         */
        void know(java.util.Collection<String> partnerIds) {
            if (terms == null || criteria.isEmpty()) {
                return;
            }
            List<String> unknown = partnerIds.stream().filter(id -> !known.contains(id)).distinct().toList();
            held.putAll(Criterion.heldBy(unknown, criteria, terms));
            known.addAll(unknown);
        }

        boolean saysSomewhere(String partnerId, Criterion criterion) {
            if (terms == null) {
                return false;
            }
            know(List.of(partnerId));
            return criterion.metBy(held.get(partnerId));
        }

        /** For each partner, the best passage that says each criterion it has a passage for. */
        Map<String, Map<Criterion, ChunkSearch.Hit>> passages(List<String> partnerIds, Map<String, List<ChunkSearch.Hit>> fetched) {
            Map<String, Map<Criterion, ChunkSearch.Hit>> says = new java.util.HashMap<>();
            Map<String, Set<String>> keys = new java.util.HashMap<>(); // each fetched passage's terms, read once
            for (Criterion criterion : criteria) {
                List<String> elsewhere = new ArrayList<>();
                for (String id : partnerIds) {
                    ChunkSearch.Hit hit = fetched.getOrDefault(id, List.of()).stream()
                            .filter(h -> keys.computeIfAbsent(h.chunk().id(), k -> Set.copyOf(CorpusTerms.keys(h.chunk().text())))
                                    .stream().anyMatch(criterion.terms()::contains))
                            .findFirst().orElse(null);
                    if (hit != null) {
                        says.computeIfAbsent(id, k -> new java.util.HashMap<>()).put(criterion, hit);
                    } else if (saysSomewhere(id, criterion)) {
                        elsewhere.add(id);
                    }
                }
                if (!elsewhere.isEmpty()) {
                    String words = criterion.words().replace("'", "");
                    for (ChunkSearch.Hit hit : chunks.search(words, null, Math.max(20, elsewhere.size() * 4),
                            Scope.kinds(QuestionPassages.EVIDENCE_KINDS).withPartners(elsewhere), RetrievalMode.KEYWORD)) {
                        if (criterion.saidIn(hit.chunk().text())) {
                            says.computeIfAbsent(hit.chunk().partnerId(), k -> new java.util.HashMap<>()).putIfAbsent(criterion, hit);
                        }
                    }
                }
            }
            return says;
        }
    }

    /** Text flattened to one line and cut at a word near 280 characters: what a citation shows. */
    public static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 280) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 277);
        return flat.substring(0, cut > 200 ? cut : 277) + "…";
    }

    private Set<String> display(Facet facet, Set<String> values) {
        Set<String> names = new LinkedHashSet<>();
        values.forEach(v -> names.add(vocabulary.displayName(facet, v)));
        return names;
    }

    /** The tier's place in the directory's order, best 0; no tier or an unknown one ranks last. */
    static int tierRank(List<String> order, String tier) {
        int rank = tier == null ? -1 : order.indexOf(tier);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }
}
