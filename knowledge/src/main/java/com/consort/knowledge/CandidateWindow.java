package com.consort.knowledge;

import java.time.Duration;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The partners a search ranks, bounded however large the directory: up to {@link #WINDOW} partners meeting the
 * constraints are all ranked, as before; past that (a question with no constraint over 100,000 partners, or one whole
 * region) only the partners with a passage among the question's best matches and the directory's best partners by
 * tier, satisfaction and certifications, both meeting the constraints, are read and ranked. A partner with neither
 * could only have ranked by its boosts, below those. Reading and scoring every partner per question cost more than the
 * search itself at 100,000 partners. Who meets the constraints, and their ranking facts, come from the directory's sets
 * in memory ({@link DirectorySets}) while they are current, else from SQL.
 */
final class CandidateWindow {

    static final int WINDOW = 2_000;
    private static final long RECHECK_NANOS = Duration.ofSeconds(5).toNanos();

    private record Best(String signature, List<String> ids) {
    }

    private final PartnerRepository partners;
    private final Vocabulary vocabulary;
    private final QuestionReader understanding;
    private final int window;
    private final DirectorySets directory;
    private volatile Best best;
    private volatile long checkedAt;

    CandidateWindow(PartnerRepository partners, Vocabulary vocabulary, QuestionReader understanding,
            int window) {
        this.window = window;
        this.partners = partners;
        this.vocabulary = vocabulary;
        this.understanding = understanding;
        this.directory = new DirectorySets(partners);
    }

    /** @param passages the question's passages, searched once per search (the ranking searches the same ones) */
    List<PartnerRepository.Candidate> candidates(PartnerSearch.Query query, Constraints constraints, int depth,
            QuestionPassages passages) {
        String text = query.text() == null ? "" : query.text().strip();
        Map<Facet, Set<String>> described = understanding.described(constraints);
        Optional<DirectorySets.Snapshot> current = directory.current();
        if (current.isPresent()) {
            DirectorySets.Snapshot sets = current.get();
            BitSet meeting = sets.meeting(partners.requirements(constraints.byFacet(), described, vocabulary),
                    constraints.includeInactive());
            if (text.isEmpty() || meeting.cardinality() <= window) {
                return sets.candidates(meeting);
            }
            List<PartnerRepository.Candidate> windowed = sets.candidatesAmong(meeting, passagesAndBest(depth, passages));
            return windowed.size() >= query.limit() ? windowed : sets.candidates(meeting);
        }
        // the directory changed and its sets are being read again: the same in SQL
        if (text.isEmpty()) {
            return partners.candidates(constraints.byFacet(), described, constraints.includeInactive(), vocabulary);
        }
        // one read of at most one partner past the window: all of them when they fit, else the window's way
        List<PartnerRepository.Candidate> upTo = partners.candidates(constraints.byFacet(), described,
                constraints.includeInactive(), vocabulary, window + 1);
        if (upTo.size() <= window) {
            return upTo;
        }
        List<PartnerRepository.Candidate> windowed = partners.candidatesAmong(constraints.byFacet(), described,
                constraints.includeInactive(), vocabulary, passagesAndBest(depth, passages));
        return windowed.size() >= query.limit() ? windowed
                : partners.candidates(constraints.byFacet(), described, constraints.includeInactive(), vocabulary);
    }

    /** Past the window: the partners with a passage among the question's best matches, and the best by boosts. */
    private Set<String> passagesAndBest(int depth, QuestionPassages passages) {
        Set<String> ids = new LinkedHashSet<>();
        passages.ofAnyPartner(depth).forEach(h -> ids.add(h.chunk().partnerId()));
        ids.remove(null);
        ids.addAll(bestByBoost());
        return ids;
    }

    /**
     * For each constraint, how many partners meet all the others: what dropping it alone would let through (0 when it is
     * the only one).
     */
    Map<Facet, Integer> countsWithoutEach(Constraints constraints) {
        Map<Facet, Set<String>> described = understanding.described(constraints);
        return directory.current()
                .map(d -> d.countsWithoutEach(constraints.byFacet().keySet(),
                        partners.requirements(constraints.byFacet(), described, vocabulary), constraints.includeInactive()))
                .orElseGet(() -> partners.countsWithoutEach(constraints.byFacet(), described, constraints.includeInactive(),
                        vocabulary));
    }

    /** The directory's best partners by boosts alone (a tenth of the window), read again only when the directory changed. */
    private List<String> bestByBoost() {
        Best known = best;
        if (known != null && System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return known.ids();
        }
        synchronized (this) {
            String signature = partners.changeMark() + "/" + understanding.tierOrder();
            if (best == null || !best.signature().equals(signature)) {
                List<String> tiers = understanding.tierOrder();
                Map<String, Double> boosts = new LinkedHashMap<>();
                directory.current().map(d -> d.candidates(d.meeting(Map.of(), true)))
                        .orElseGet(() -> partners.candidates(Map.of(), true, vocabulary)).forEach(c -> boosts.put(c.id(),
                        PartnerSearch.boost(PartnerSearch.tierRank(tiers, c.tier()), c.satisfaction(), c.certifications())));
                best = new Best(signature, boosts.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                        .limit(Math.max(1, window / 10)).map(Map.Entry::getKey).toList());
            }
            checkedAt = System.nanoTime();
            return best.ids();
        }
    }
}
