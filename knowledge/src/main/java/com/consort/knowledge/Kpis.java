package com.consort.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One partner's KPIs over a period, as partner teams report them: won revenue by role (sourced first,
 * the KPI most teams report), per currency and never converted; deals by role and outcome; win rate.
 *
 * @param revenue  won amounts by role code, then by currency
 * @param deals    deals by role code, then by outcome code
 * @param winRate  won / (won + lost), or null when none has closed
 */
public record Kpis(String partnerId, String name, Map<String, Map<String, BigDecimal>> revenue,
        Map<String, Map<String, Integer>> deals, int won, int lost, int open, Double winRate) {

    /** KPIs per partner from tallies, ordered by won deals (most first), then id. */
    public static List<Kpis> of(List<OpportunityRepository.Tally> tallies, Map<String, String> names) {
        Map<String, List<OpportunityRepository.Tally>> byPartner = new TreeMap<>();
        tallies.forEach(t -> byPartner.computeIfAbsent(t.partnerId(), k -> new ArrayList<>()).add(t));
        List<Kpis> all = new ArrayList<>();
        byPartner.forEach((partnerId, rows) -> {
            Map<String, Map<String, BigDecimal>> revenue = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> deals = new LinkedHashMap<>();
            for (PartnerRole role : PartnerRole.values()) {
                Map<String, Integer> outcomes = new LinkedHashMap<>();
                for (Outcome outcome : Outcome.values()) {
                    outcomes.put(outcome.code(), 0);
                }
                deals.put(role.code(), outcomes);
                revenue.put(role.code(), new TreeMap<>());
            }
            Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
            for (var t : rows) {
                deals.get(t.role().code()).merge(t.outcome().code(), t.deals(), Integer::sum);
                byOutcome.merge(t.outcome(), t.deals(), Integer::sum);
                if (t.outcome() == Outcome.WON && t.currency() != null && t.amount() != null) {
                    revenue.get(t.role().code()).merge(t.currency(), t.amount(), BigDecimal::add);
                }
            }
            int won = byOutcome.getOrDefault(Outcome.WON, 0);
            int lost = byOutcome.getOrDefault(Outcome.LOST, 0);
            Double rate = won + lost == 0 ? null : Math.round(1000.0 * won / (won + lost)) / 1000.0;
            all.add(new Kpis(partnerId, names.getOrDefault(partnerId, partnerId), revenue, deals, won, lost,
                    byOutcome.getOrDefault(Outcome.OPEN, 0), rate));
        });
        all.sort(Comparator.comparingInt((Kpis k) -> -k.won()).thenComparing(Kpis::partnerId));
        return all;
    }
}
