package com.consort.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rotates partners that fit a question equally well, when {@code consort.exposure.rotate} is on, so that
 * recommendations spread by fit and not by the ranking's tie-break habit.
 *
 * <p>"Equally fitting", precisely: the ranking is cut into groups from the top; a group starts at the best
 * remaining partner and holds every following partner whose score is at most {@code epsilon} below that
 * first score. Every partner ranked meets every hard constraint of the question (the ranking never sees one
 * that does not), so a rotation never crosses a constraint; and it never moves a partner past one whose
 * score is more than {@code epsilon} apart. Within a group of n, the k-th time the same group is ranked
 * (counted per set of partners, in this process) it starts at its (k mod n)-th member.
 */
public class FairExposure implements PartnerSearch.Ordering {

    /** Groups counted; beyond this the counts start afresh (a bound on memory, not a behaviour). */
    private static final int MAX_GROUPS = 10_000;

    private final ExposureSettings settings;
    private final Map<List<String>, AtomicLong> turns = new ConcurrentHashMap<>();

    public FairExposure(ExposureSettings settings) {
        this.settings = settings;
    }

    /** Whether equally fitting partners rotate ({@code consort.exposure.rotate}). */
    public boolean rotates() {
        return settings.rotate();
    }

    /** How far below a group's best score a partner still counts as equally fitting. */
    public double epsilon() {
        return settings.epsilon();
    }

    @Override
    public List<String> order(List<String> ranked, Map<String, Double> scores) {
        if (!settings.rotate() || ranked.size() < 2) {
            return ranked;
        }
        List<String> ordered = new ArrayList<>(ranked.size());
        int from = 0;
        while (from < ranked.size()) {
            int to = groupEnd(ranked, scores, from);
            List<String> group = ranked.subList(from, to);
            if (group.size() > 1) {
                if (turns.size() > MAX_GROUPS) {
                    turns.clear();
                }
                List<String> key = group.stream().sorted().toList();
                int shift = (int) (turns.computeIfAbsent(key, k -> new AtomicLong()).getAndIncrement() % group.size());
                ordered.addAll(group.subList(shift, group.size()));
                ordered.addAll(group.subList(0, shift));
            } else {
                ordered.addAll(group);
            }
            from = to;
        }
        return ordered;
    }

    /** The end (exclusive) of the group of equally fitting partners that starts at {@code from}. */
    private int groupEnd(List<String> ranked, Map<String, Double> scores, int from) {
        double first = scores.getOrDefault(ranked.get(from), 0.0);
        int to = from + 1;
        while (to < ranked.size() && first - scores.getOrDefault(ranked.get(to), 0.0) <= settings.epsilon() + 1e-12) {
            to++;
        }
        return to;
    }

    /** Whether a score counts as a best fit of a list whose top score is {@code top}. */
    public boolean bestFit(double score, double top) {
        return top - score <= settings.epsilon() + 1e-12;
    }
}
