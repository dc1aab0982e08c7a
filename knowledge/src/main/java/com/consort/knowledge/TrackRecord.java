package com.consort.knowledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What each partner has delivered in the segment a question names (its industry, country or region,
 * within {@link TrackRecordSettings#windowMonths()}), as a ranking signal: a reason with the numbers,
 * a citation of the deals behind it, and a bounded boost for won deals weighted by the partner's role.
 * Open deals are reported, never boosted. A partner with no deals is told apart ("new, no recorded
 * deals") and gets no boost, which is no penalty: the other partners' boosts are small and bounded.
 * The figures are added up in SQL, per question, over the candidates: one grouped query for the counts and sums,
 * one for the newest deals to cite (each in chunks of 1,000 partners); only each partner's number of deals is held
 * in memory, re-read when the opportunities change.
 */
public class TrackRecord implements PartnerSearch.RankingSignal {

    public static final String SIGNAL = "track_record";
    public static final String EVIDENCE_KIND = "opportunities";
    private static final Duration RECHECK = Duration.ofSeconds(5);

    /** The segment a question names; empty sets mean any. */
    public record Segment(Set<String> industries, Set<String> countries, String place, LocalDate since, DealSize size) {
    }

    /**
     * One partner's deals in a segment: won deals by role, won and open sums by currency (never converted), lost deals,
     * all its deals anywhere, and the newest won (then open) deals of the segment, at most {@link #CITED}.
     */
    public record Summary(String partnerId, Map<PartnerRole, Integer> wonByRole, Map<String, BigDecimal> wonTotals, int open,
            Map<String, BigDecimal> openTotals, int lost, int allDeals, List<Opportunity> newest) {

        public int won() {
            return wonByRole.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Deals named in a reason's citation, per partner. */
    static final int CITED = 3;

    private final OpportunityRepository repository;
    private final Vocabulary vocabulary;
    private final TrackRecordSettings settings;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(String version, long checkedAt, Map<String, Integer> dealsByPartner) {
    }

    public TrackRecord(OpportunityRepository repository, Vocabulary vocabulary, TrackRecordSettings settings, Clock clock) {
        this.repository = repository;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.clock = clock;
    }

    public TrackRecordSettings settings() {
        return settings;
    }

    /** Forgets the deals read so far: the next question reads them again (called after an import). */
    public void invalidate() {
        snapshot = null;
    }

    @Override
    public Map<String, PartnerSearch.Contribution> contributions(Constraints constraints, Collection<String> partnerIds) {
        return contributions(null, constraints, partnerIds);
    }

    /** A deal size the question states narrows the segment to deals of about that size (half to twice). */
    @Override
    public Map<String, PartnerSearch.Contribution> contributions(String question, Constraints constraints, Collection<String> partnerIds) {
        Map<String, Integer> deals = dealCounts();
        if (deals.isEmpty()) {
            return Map.of(); // no CRM data imported: nothing to say about anyone
        }
        Segment segment = segment(constraints, DealSize.stated(question).orElse(null));
        Map<String, PartnerSearch.Contribution> contributions = new HashMap<>();
        for (Summary summary : summaries(partnerIds, segment, deals)) {
            double boost = boost(summary);
            contributions.put(summary.partnerId(), new PartnerSearch.Contribution(SIGNAL, boost,
                    new PartnerSearch.Reason(SIGNAL, explain(summary, segment, boost)), evidence(summary, segment)));
        }
        return contributions;
    }

    /** The segment: the question's industries, its countries and the countries of its regions, the window. */
    public Segment segment(Constraints constraints) {
        return segment(constraints, null);
    }

    /** As {@link #segment(Constraints)}, narrowed to deals of {@code size} when given. */
    public Segment segment(Constraints constraints, DealSize size) {
        Set<String> industries = new LinkedHashSet<>();
        industries.addAll(constraints.byFacet().getOrDefault(Facet.INDUSTRY, Set.of()));
        industries.addAll(constraints.byFacet().getOrDefault(Facet.CASE_STUDY_INDUSTRY, Set.of()));
        Set<String> countries = new LinkedHashSet<>(constraints.byFacet().getOrDefault(Facet.COUNTRY, Set.of()));
        Set<String> regions = constraints.byFacet().getOrDefault(Facet.REGION, Set.of());
        countries.addAll(vocabulary.coverage(regions).countries());
        List<String> places = new ArrayList<>(regions);
        constraints.byFacet().getOrDefault(Facet.COUNTRY, Set.of()).forEach(c -> places.add(vocabulary.displayName(Facet.COUNTRY, c)));
        return new Segment(industries, countries, String.join("/", places),
                LocalDate.now(clock).minusMonths(settings.windowMonths()), size);
    }

    public Summary summary(String partnerId, Segment segment) {
        return summaries(List.of(partnerId), segment, dealCounts()).get(0);
    }

    /** The partners' summaries in a segment, in the order given: two grouped queries over partners with any deal. */
    private List<Summary> summaries(Collection<String> partnerIds, Segment segment, Map<String, Integer> deals) {
        List<String> withDeals = partnerIds.stream().filter(deals::containsKey).distinct().toList();
        var filter = new OpportunityRepository.Filter(null, null, segment.industries(), segment.countries(), segment.since(),
                null, segment.size());
        record Sums(Map<PartnerRole, Integer> wonByRole, Map<String, BigDecimal> won, int[] openAndLost, Map<String, BigDecimal> open) {
        }
        Map<String, Sums> sums = new HashMap<>();
        for (var c : repository.segmentCounts(withDeals, filter)) {
            Sums s = sums.computeIfAbsent(c.partnerId(), k -> new Sums(new EnumMap<>(PartnerRole.class), new TreeMap<>(),
                    new int[2], new TreeMap<>()));
            switch (c.outcome()) {
                case WON -> {
                    s.wonByRole().merge(c.role(), c.deals(), Integer::sum);
                    add(s.won(), c.currency(), c.amount());
                }
                case OPEN -> {
                    s.openAndLost()[0] += c.deals();
                    add(s.open(), c.currency(), c.amount());
                }
                case LOST -> s.openAndLost()[1] += c.deals();
            }
        }
        List<String> cited = sums.entrySet().stream()
                .filter(e -> !e.getValue().wonByRole().isEmpty() || e.getValue().openAndLost()[0] > 0).map(Map.Entry::getKey).toList();
        Map<String, List<Opportunity>> newest = cited.isEmpty() ? Map.of() : repository.newestInSegment(cited, filter, CITED);
        List<Summary> summaries = new ArrayList<>();
        for (String partnerId : new LinkedHashSet<>(partnerIds)) {
            Sums s = sums.getOrDefault(partnerId, new Sums(Map.of(), Map.of(), new int[2], Map.of()));
            summaries.add(new Summary(partnerId, s.wonByRole(), s.won(), s.openAndLost()[0], s.open(), s.openAndLost()[1],
                    deals.getOrDefault(partnerId, 0), newest.getOrDefault(partnerId, List.of())));
        }
        return summaries;
    }

    private static void add(Map<String, BigDecimal> sums, String currency, BigDecimal amount) {
        if (currency != null && amount != null) {
            sums.merge(currency, amount, BigDecimal::add);
        }
    }

    double boost(Summary summary) {
        double weighted = summary.wonByRole().entrySet().stream().mapToDouble(e -> settings.weight(e.getKey()) * e.getValue()).sum();
        return Math.round(settings.maxBoost() * Math.min(1, weighted / settings.fullBoostDeals()) * 10000) / 10000.0;
    }

    private String explain(Summary s, Segment segment, double boost) {
        String where = where(segment);
        if (s.allDeals() == 0) {
            return "New partner: no recorded deals yet, so track record neither raises nor lowers its rank";
        }
        if (s.won() == 0 && s.open() == 0) {
            return "No recorded deals" + where + " (" + s.allDeals() + " elsewhere); track record adds nothing";
        }
        StringBuilder text = new StringBuilder();
        if (s.won() > 0) {
            text.append("Won ").append(s.won()).append(s.won() == 1 ? " deal" : " deals").append(where)
                    .append(" (").append(byRole(s.wonByRole())).append("), ").append(totals(s.wonTotals()));
        } else {
            text.append("No won deals").append(where);
        }
        if (s.open() > 0) {
            text.append("; ").append(s.open()).append(" open (").append(totals(s.openTotals())).append(")");
        }
        if (s.lost() > 0) {
            text.append("; ").append(s.lost()).append(" lost");
        }
        text.append(boost > 0 ? "; track record adds +" + boost + " to the score" : "; track record adds nothing");
        return text.toString();
    }

    private String where(Segment segment) {
        StringBuilder where = new StringBuilder();
        if (!segment.industries().isEmpty()) {
            where.append(" in ").append(String.join(" or ", segment.industries()));
        }
        if (!segment.place().isEmpty()) {
            where.append(" in ").append(segment.place());
        }
        if (segment.size() != null) {
            where.append(" in deals").append(segment.size().describe());
        }
        return where.append(" since ").append(segment.since().toString(), 0, 7).toString();
    }

    private static String byRole(Map<PartnerRole, Integer> wonByRole) {
        Map<PartnerRole, Integer> counts = new EnumMap<>(wonByRole);
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code()).collect(Collectors.joining(", "));
    }

    /** "EUR 1.2 M, USD 300 k": one sum per currency, never converted. */
    public static String totals(Map<String, BigDecimal> byCurrency) {
        Map<String, BigDecimal> sums = new TreeMap<>(byCurrency);
        if (sums.isEmpty()) {
            return "no amounts";
        }
        return sums.entrySet().stream().map(e -> e.getKey() + " " + money(e.getValue())).collect(Collectors.joining(", "));
    }

    static String money(BigDecimal amount) {
        if (amount.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return amount.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " M";
        }
        if (amount.compareTo(BigDecimal.valueOf(1_000)) >= 0) {
            return amount.divide(BigDecimal.valueOf(1_000), 0, RoundingMode.HALF_UP).toPlainString() + " k";
        }
        return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A citation of the deals: the newest few named, the API query that lists them all as its locator. */
    private List<PartnerSearch.Evidence> evidence(Summary s, Segment segment) {
        if (s.won() == 0 && s.open() == 0) {
            return List.of();
        }
        List<String> lines = s.newest().stream().map(TrackRecord::line).toList();
        int more = s.won() + s.open() - lines.size();
        String snippet = String.join("; ", lines) + (more > 0 ? "; and " + more + " more" : "");
        return List.of(new PartnerSearch.Evidence(EVIDENCE_KIND + ":" + s.partnerId(), "CRM opportunities" + where(segment),
                EVIDENCE_KIND, snippet, query(s.partnerId(), segment), null));
    }

    private static String line(Opportunity o) {
        return o.id() + " " + o.accountName() + ", " + o.outcome().code() + " " + o.closeDate() + ", " + o.role().code()
                + (o.amount() == null ? "" : ", " + o.currency() + " " + o.amount().setScale(0, RoundingMode.HALF_UP).toPlainString());
    }

    /** The opportunities API query that lists the deals behind a reason. */
    static String query(String partnerId, Segment segment) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("partnerId", partnerId);
        if (!segment.industries().isEmpty()) {
            params.put("industries", String.join(",", segment.industries()));
        }
        if (!segment.countries().isEmpty()) {
            params.put("countries", String.join(",", segment.countries()));
        }
        params.put("since", segment.since().toString());
        if (segment.size() != null) {
            params.put("minAmount", segment.size().min().toPlainString());
            if (segment.size().max() != null) {
                params.put("maxAmount", segment.size().max().toPlainString());
            }
            if (segment.size().currency() != null) {
                params.put("currency", segment.size().currency());
            }
        }
        return "/api/opportunities?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Every partner's number of deals, re-read when the opportunities have changed (checked at most every few seconds). */
    private Map<String, Integer> dealCounts() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < RECHECK.toNanos()) {
            return current.dealsByPartner();
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && now - current.checkedAt() < RECHECK.toNanos()) {
                return current.dealsByPartner();
            }
            String version = repository.version();
            if (current != null && current.version().equals(version)) {
                snapshot = new Snapshot(version, now, current.dealsByPartner());
                return current.dealsByPartner();
            }
            Map<String, Integer> counts = Map.copyOf(repository.dealCounts());
            snapshot = new Snapshot(version, now, counts);
            return counts;
        }
    }
}
