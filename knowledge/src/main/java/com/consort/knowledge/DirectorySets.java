package com.consort.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory as sets in memory: for each facet value a bit per partner holding it, the active partners, and each
 * partner's ranking facts. Read again when the directory's change mark moves, and used only while that mark is the
 * current one: the SQL answers meanwhile. At 100,000 partners a question's facets met by intersecting the facet index's
 * sets of 5,000 to 100,000 partners cost 25-80 ms per read in SQL, and a question nothing meets made three such reads
 * (the window, the counts without each constraint, the nearest window); on bits each is well under a millisecond. About
 * 100 bytes a partner (its id, facts and bits), 10 MB at 100,000.
 */
final class DirectorySets {

    private static final Logger log = LoggerFactory.getLogger(DirectorySets.class);

    /** A read that took longer than this is redone aside when the directory changes, the SQL answering meanwhile. */
    private static final Duration SLOW_READ = Duration.ofMillis(250);

    private final PartnerRepository partners;
    private final long slowReadNanos;
    private volatile Snapshot snapshot;
    private volatile long lastReadNanos;
    private volatile boolean readingAside;

    DirectorySets(PartnerRepository partners) {
        this(partners, SLOW_READ);
    }

    DirectorySets(PartnerRepository partners, Duration slowRead) {
        this.partners = partners;
        this.slowReadNanos = slowRead.toNanos();
    }

    /** The sets when they are the directory's current ones; empty while a large directory's change is read again. */
    Optional<Snapshot> current() {
        String mark = partners.changeMark();
        Snapshot known = snapshot;
        if (known != null && known.mark.equals(mark)) {
            return Optional.of(known);
        }
        if (known != null && lastReadNanos > slowReadNanos) {
            // a large directory: no question waits for all of it to be read again after an import
            if (!readingAside) {
                readingAside = true;
                CompletableFuture.runAsync(() -> {
                    try {
                        read();
                    } catch (RuntimeException e) {
                        log.warn("Reading the directory's sets again failed; searches filter in SQL until it succeeds", e);
                    } finally {
                        readingAside = false;
                    }
                });
            }
            return Optional.empty();
        }
        Snapshot read = read();
        return read.mark.equals(mark) ? Optional.of(read) : Optional.empty();
    }

    private synchronized Snapshot read() {
        // the mark is read first: a write during the read moves it, and these sets are then never the current ones
        String mark = partners.changeMark();
        if (snapshot != null && snapshot.mark.equals(mark)) {
            return snapshot;
        }
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>();
        List<PartnerRepository.Candidate> facts = new ArrayList<>();
        List<Boolean> active = new ArrayList<>();
        Map<String, String> tiers = new HashMap<>();
        partners.everyPartner((c, isActive) -> {
            ids.add(c.id());
            // a tier's name once, not once per partner
            facts.add(c.tier() == null ? c : new PartnerRepository.Candidate(c.id(), tiers.computeIfAbsent(c.tier(), t -> t),
                    c.satisfaction(), c.certifications()));
            active.add(isActive);
        });
        Integer[] order = new Integer[ids.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        String[] sortedIds = new String[order.length];
        PartnerRepository.Candidate[] candidates = new PartnerRepository.Candidate[order.length];
        BitSet activeBits = new BitSet(order.length);
        for (int at = 0; at < order.length; at++) {
            sortedIds[at] = ids.get(order[at]);
            candidates[at] = facts.get(order[at]);
            activeBits.set(at, active.get(order[at]));
        }
        Map<String, Map<String, BitSet>> holders = new HashMap<>();
        partners.everyHolding((facet, value, holding) -> {
            BitSet bits = new BitSet(sortedIds.length);
            for (String id : holding) {
                int at = Arrays.binarySearch(sortedIds, id);
                if (at >= 0) {
                    bits.set(at);
                }
            }
            holders.computeIfAbsent(facet, f -> new HashMap<>()).put(value, bits);
        });
        snapshot = new Snapshot(mark, sortedIds, candidates, activeBits, holders);
        lastReadNanos = System.nanoTime() - start;
        log.info("Read the directory's sets: {} partners, {} facet values, in {} ms", sortedIds.length,
                holders.values().stream().mapToInt(Map::size).sum(), lastReadNanos / 1_000_000);
        return snapshot;
    }

    /** One reading of the directory's sets, immutable. */
    static final class Snapshot {
        private final String mark;
        private final String[] ids;
        private final PartnerRepository.Candidate[] candidates;
        private final BitSet active;
        private final Map<String, Map<String, BitSet>> holders;

        private Snapshot(String mark, String[] ids, PartnerRepository.Candidate[] candidates, BitSet active,
                Map<String, Map<String, BitSet>> holders) {
            this.mark = mark;
            this.ids = ids;
            this.candidates = candidates;
            this.active = active;
            this.holders = holders;
        }

        /** The partners meeting every requirement (and active, unless {@code includeInactive}). */
        BitSet meeting(Map<Facet, PartnerRepository.Requirement> requirements, boolean includeInactive) {
            BitSet meeting = everyone(includeInactive);
            requirements.values().forEach(r -> meeting.and(meeting(r)));
            return meeting;
        }

        private BitSet everyone(boolean includeInactive) {
            if (includeInactive) {
                BitSet all = new BitSet(ids.length);
                all.set(0, ids.length);
                return all;
            }
            return (BitSet) active.clone();
        }

        private BitSet meeting(PartnerRepository.Requirement requirement) {
            BitSet meeting = new BitSet(ids.length);
            requirement.held().forEach((facet, values) -> {
                Map<String, BitSet> byValue = holders.getOrDefault(facet, Map.of());
                values.forEach(value -> {
                    BitSet holding = byValue.get(value);
                    if (holding != null) {
                        meeting.or(holding);
                    }
                });
            });
            requirement.otherwise().forEach(id -> {
                int at = Arrays.binarySearch(ids, id);
                if (at >= 0) {
                    meeting.set(at);
                }
            });
            return meeting;
        }

        /** The ranking facts of these partners, by id. */
        List<PartnerRepository.Candidate> candidates(BitSet partners) {
            List<PartnerRepository.Candidate> list = new ArrayList<>(partners.cardinality());
            partners.stream().forEach(at -> list.add(candidates[at]));
            return list;
        }

        /** The ranking facts of those of {@code ids} in {@code partners}, by id. */
        List<PartnerRepository.Candidate> candidatesAmong(BitSet partners, Collection<String> ids) {
            BitSet among = new BitSet(this.ids.length);
            for (String id : ids) {
                int at = id == null ? -1 : Arrays.binarySearch(this.ids, id);
                if (at >= 0 && partners.get(at)) {
                    among.set(at);
                }
            }
            return candidates(among);
        }

        /**
         * For each constraint, how many partners meet all the others (0 when it is the only one): as {@link
         * PartnerRepository#countsWithoutEach}. A constraint naming no value has no requirement and constrains nothing.
         */
        Map<Facet, Integer> countsWithoutEach(Set<Facet> constrained, Map<Facet, PartnerRepository.Requirement> requirements,
                boolean includeInactive) {
            Map<Facet, Integer> counts = new LinkedHashMap<>();
            if (constrained.size() < 2) {
                constrained.forEach(facet -> counts.put(facet, 0)); // dropping the only one lets nothing through
                return counts;
            }
            Map<Facet, BitSet> sets = new LinkedHashMap<>();
            requirements.forEach((facet, r) -> sets.put(facet, meeting(r)));
            for (Facet facet : constrained) {
                BitSet others = everyone(includeInactive);
                sets.forEach((f, set) -> {
                    if (f != facet) {
                        others.and(set);
                    }
                });
                counts.put(facet, others.cardinality());
            }
            return counts;
        }
    }
}
