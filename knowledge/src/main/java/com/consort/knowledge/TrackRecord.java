package com.consort.knowledge;

import com.consort.knowledge.internal.track.TrackRecordSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * The deals are held in memory (about 100 bytes each) and re-read when they change.
 */
public class TrackRecord implements PartnerSearch.RankingSignal {

    public static final String SIGNAL = "track_record";
    public static final String EVIDENCE_KIND = "opportunities";
    private static final Duration RECHECK = Duration.ofSeconds(5);

    /** The segment a question names; empty sets mean any. */
    public record Segment(Set<String> industries, Set<String> countries, String place, LocalDate since) {
    }

    /** One partner's deals in a segment. */
    public record Summary(String partnerId, List<Opportunity> won, List<Opportunity> open, int lost, int allDeals) {
    }

    private final OpportunityRepository repository;
    private final Vocabulary vocabulary;
    private final TrackRecordSettings settings;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(String version, long checkedAt, Map<String, List<Opportunity>> byPartner) {
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
        Map<String, List<Opportunity>> deals = deals();
        if (deals.isEmpty()) {
            return Map.of(); // no CRM data imported: nothing to say about anyone
        }
        Segment segment = segment(constraints);
        Map<String, PartnerSearch.Contribution> contributions = new HashMap<>();
        for (String partnerId : partnerIds) {
            Summary summary = summary(partnerId, deals.getOrDefault(partnerId, List.of()), segment);
            double boost = boost(summary);
            contributions.put(partnerId, new PartnerSearch.Contribution(SIGNAL, boost,
                    new PartnerSearch.Reason(SIGNAL, explain(summary, segment, boost)), evidence(summary, segment)));
        }
        return contributions;
    }

    /** The segment: the question's industries, its countries and the countries of its regions, the window. */
    public Segment segment(Constraints constraints) {
        Set<String> industries = new LinkedHashSet<>();
        industries.addAll(constraints.byFacet().getOrDefault(Facet.INDUSTRY, Set.of()));
        industries.addAll(constraints.byFacet().getOrDefault(Facet.CASE_STUDY_INDUSTRY, Set.of()));
        Set<String> countries = new LinkedHashSet<>(constraints.byFacet().getOrDefault(Facet.COUNTRY, Set.of()));
        Set<String> regions = constraints.byFacet().getOrDefault(Facet.REGION, Set.of());
        countries.addAll(vocabulary.coverage(regions).countries());
        List<String> places = new ArrayList<>(regions);
        constraints.byFacet().getOrDefault(Facet.COUNTRY, Set.of()).forEach(c -> places.add(vocabulary.displayName(Facet.COUNTRY, c)));
        return new Segment(industries, countries, String.join("/", places),
                LocalDate.now(clock).minusMonths(settings.windowMonths()));
    }

    public Summary summary(String partnerId, Segment segment) {
        return summary(partnerId, deals().getOrDefault(partnerId, List.of()), segment);
    }

    private Summary summary(String partnerId, List<Opportunity> all, Segment segment) {
        List<Opportunity> won = new ArrayList<>();
        List<Opportunity> open = new ArrayList<>();
        int lost = 0;
        for (Opportunity o : all) {
            if (!in(o, segment)) {
                continue;
            }
            switch (o.outcome()) {
                case WON -> won.add(o);
                case OPEN -> open.add(o);
                case LOST -> lost++;
            }
        }
        Comparator<Opportunity> newest = Comparator.comparing(Opportunity::closeDate).reversed().thenComparing(Opportunity::id);
        won.sort(newest);
        open.sort(newest);
        return new Summary(partnerId, won, open, lost, all.size());
    }

    private static boolean in(Opportunity o, Segment s) {
        // an open deal's close date is expected, possibly in the future: it counts while the deal is open
        return (o.outcome() == Outcome.OPEN || !o.closeDate().isBefore(s.since()))
                && (s.industries().isEmpty() || o.industry() != null && s.industries().contains(o.industry()))
                && (s.countries().isEmpty() || o.country() != null && s.countries().contains(o.country()));
    }

    double boost(Summary summary) {
        double weighted = summary.won().stream().mapToDouble(o -> settings.weight(o.role())).sum();
        return Math.round(settings.maxBoost() * Math.min(1, weighted / settings.fullBoostDeals()) * 10000) / 10000.0;
    }

    private String explain(Summary s, Segment segment, double boost) {
        String where = where(segment);
        if (s.allDeals() == 0) {
            return "New partner: no recorded deals yet, so track record neither raises nor lowers its rank";
        }
        if (s.won().isEmpty() && s.open().isEmpty()) {
            return "No recorded deals" + where + " (" + s.allDeals() + " elsewhere); track record adds nothing";
        }
        StringBuilder text = new StringBuilder();
        if (!s.won().isEmpty()) {
            text.append("Won ").append(s.won().size()).append(s.won().size() == 1 ? " deal" : " deals").append(where)
                    .append(" (").append(byRole(s.won())).append("), ").append(totals(s.won()));
        } else {
            text.append("No won deals").append(where);
        }
        if (!s.open().isEmpty()) {
            text.append("; ").append(s.open().size()).append(" open (").append(totals(s.open())).append(")");
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
        return where.append(" since ").append(segment.since().toString(), 0, 7).toString();
    }

    private static String byRole(List<Opportunity> deals) {
        Map<PartnerRole, Long> counts = new EnumMap<>(PartnerRole.class);
        deals.forEach(o -> counts.merge(o.role(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code()).collect(Collectors.joining(", "));
    }

    /** "EUR 1.2 M, USD 300 k": one sum per currency, never converted. */
    public static String totals(List<Opportunity> deals) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        deals.stream().filter(o -> o.amount() != null && o.currency() != null)
                .forEach(o -> sums.merge(o.currency(), o.amount(), BigDecimal::add));
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
        if (s.won().isEmpty() && s.open().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        s.won().stream().limit(3).forEach(o -> lines.add(line(o)));
        s.open().stream().limit(Math.max(0, 3 - lines.size())).forEach(o -> lines.add(line(o)));
        int more = s.won().size() + s.open().size() - lines.size();
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
        return "/api/opportunities?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** All deals by partner, re-read when they have changed (checked at most every few seconds). */
    private Map<String, List<Opportunity>> deals() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < RECHECK.toNanos()) {
            return current.byPartner();
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && now - current.checkedAt() < RECHECK.toNanos()) {
                return current.byPartner();
            }
            String version = repository.version();
            if (current != null && current.version().equals(version)) {
                snapshot = new Snapshot(version, now, current.byPartner());
                return current.byPartner();
            }
            Map<String, List<Opportunity>> byPartner = new HashMap<>();
            for (Opportunity o : repository.all()) {
                byPartner.computeIfAbsent(o.partnerId(), k -> new ArrayList<>()).add(o);
            }
            snapshot = new Snapshot(version, now, byPartner);
            return byPartner;
        }
    }
}
