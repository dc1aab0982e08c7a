package com.consort.server.track;

import com.consort.knowledge.DealSize;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Kpis;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.OpportunityRepository.Dimension;
import com.consort.knowledge.Outcome;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerNames;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerRole;
import com.consort.knowledge.Vocabulary;
import com.consort.server.security.Caller;
import com.consort.server.security.Role;
import com.consort.server.web.WebPage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PartnerOps dashboard ({@code /deals}): per partner, won deals by role, win rate, won revenue by role and
 * currency, deals by role, median time to close, satisfaction and integrations; per segment (industry, country,
 * deal size) the same sums; over a date range and optionally one segment, as server-rendered SVG bars and
 * tables, with a CSV export. A partner sees only its own; vendor roles see every partner (the security
 * configuration admits who may open it).
 */
@WebPage
class DealsPage {

    static final int CHART_PARTNERS = 10;
    static final int CHART_WIDTH = 480;

    /** One bar segment: a role's won deals, as its share of the widest bar. */
    public record Segment(String role, int deals, double x, double width) {
    }

    public record Bar(String partnerId, String name, int won, int lost, int open, String winRate, double winRateWidth,
            List<Segment> segments, Map<String, String> revenue, String dealsByRole, String daysToClose, String satisfaction,
            int integrations) {
    }

    /** One segment's sums: {@code width} is its won deals as a share of the dimension's widest. */
    public record SegmentRow(String key, String label, int won, int lost, int open, String winRate, String revenue, double width) {
    }

    /** The deals a dashboard shows: a date range, and optionally one industry, country and deal-size band. */
    record Scope(DateRange range, String industry, String country, String size) {
        OpportunityRepository.Filter filter(String partnerId) {
            return new OpportunityRepository.Filter(partnerId, null, industry == null ? null : List.of(industry),
                    country == null ? null : List.of(country), range.from(), range.to(), size == null ? null : DealSize.band(size));
        }
    }

    private final Opportunities opportunities;
    private final PartnerRepository partners;
    private final PartnerNames names;
    private final Vocabulary vocabulary;

    DealsPage(Opportunities opportunities, PartnerRepository partners, PartnerNames names, Vocabulary vocabulary) {
        this.opportunities = opportunities;
        this.partners = partners;
        this.names = names;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/deals")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String country,
            @RequestParam(required = false) String size, Authentication authentication, Model model) {
        Scope scope = scope(since, until, industry, country, size);
        String confined = confined(authentication);
        var filter = scope.filter(confined);
        List<Kpis> kpis = Kpis.of(opportunities.tally(filter), names.get());
        Map<String, Partner> directory = directory(kpis);
        Map<String, Double> days = opportunities.medianDaysToClose(filter);
        int widest = kpis.stream().limit(CHART_PARTNERS).mapToInt(Kpis::won).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Kpis k : kpis) {
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            for (PartnerRole role : PartnerRole.values()) {
                int deals = k.deals().get(role.code()).get("won");
                double width = widest == 0 ? 0 : CHART_WIDTH * (double) deals / widest;
                if (deals > 0) {
                    segments.add(new Segment(role.code(), deals, x, width));
                }
                x += width;
            }
            Partner p = directory.get(k.partnerId());
            bars.add(new Bar(k.partnerId(), k.name(), k.won(), k.lost(), k.open(), rate(k.winRate()),
                    k.winRate() == null ? 0 : CHART_WIDTH * k.winRate(), segments, revenue(k), dealsByRole(k),
                    median(days.get(k.partnerId())), p == null || p.satisfaction() == null ? "–" : String.valueOf(p.satisfaction()),
                    p == null ? 0 : p.values(Facet.INTEGRATION).size()));
        }
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        for (PartnerRole role : PartnerRole.values()) {
            Map<String, BigDecimal> byCurrency = new TreeMap<>();
            kpis.forEach(k -> k.revenue().get(role.code()).forEach((c, a) -> byCurrency.merge(c, a, BigDecimal::add)));
            totals.put(role.code(), byCurrency);
        }
        model.addAttribute("since", scope.range().from().toString());
        model.addAttribute("until", scope.range().to().toString());
        model.addAttribute("industry", scope.industry() == null ? "" : scope.industry());
        model.addAttribute("country", scope.country() == null ? "" : scope.country());
        model.addAttribute("size", scope.size() == null ? "" : scope.size());
        model.addAttribute("query", query(scope));
        model.addAttribute("bars", bars);
        model.addAttribute("chartBars", bars.stream().limit(CHART_PARTNERS).toList());
        model.addAttribute("chartWidth", CHART_WIDTH);
        model.addAttribute("roles", Arrays.stream(PartnerRole.values()).map(PartnerRole::code).toList());
        model.addAttribute("totals", totals.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> money(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
        var all = new OpportunityRepository.Filter(confined, null, null, null, scope.range().from(), scope.range().to());
        model.addAttribute("byIndustry", segments(filter, Dimension.INDUSTRY));
        model.addAttribute("byCountry", segments(filter, Dimension.COUNTRY));
        model.addAttribute("bySize", segments(filter, Dimension.SIZE));
        model.addAttribute("industries", keys(all, Dimension.INDUSTRY));
        model.addAttribute("countries", keys(all, Dimension.COUNTRY));
        model.addAttribute("sizes", DealSize.BANDS.keySet().stream().collect(Collectors.toMap(k -> k, DealSize::describeBand,
                (a, b) -> a, LinkedHashMap::new)));
        Caller caller = Caller.from(authentication);
        model.addAttribute("confined", caller.isPartner());
        model.addAttribute("exposureLink", caller.role() == Role.ADMIN || caller.role() == Role.MARKETING);
        return "track/deals";
    }

    @GetMapping(path = "/deals/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String country,
            @RequestParam(required = false) String size, Authentication authentication) {
        Scope scope = scope(since, until, industry, country, size);
        var filter = scope.filter(confined(authentication));
        StringBuilder csv = new StringBuilder("partner_id,partner,won,lost,open,win_rate");
        for (PartnerRole role : PartnerRole.values()) {
            csv.append(',').append(role.code()).append("_revenue");
        }
        csv.append(",deals_by_role,median_days_to_close,satisfaction,integrations\r\n");
        List<Kpis> kpis = Kpis.of(opportunities.tally(filter), names.get());
        Map<String, Partner> directory = directory(kpis);
        Map<String, Double> days = opportunities.medianDaysToClose(filter);
        for (Kpis k : kpis) {
            Partner p = directory.get(k.partnerId());
            List<String> cells = new ArrayList<>(List.of(k.partnerId(), k.name(), String.valueOf(k.won()), String.valueOf(k.lost()),
                    String.valueOf(k.open()), k.winRate() == null ? "" : String.valueOf(k.winRate())));
            cells.addAll(revenue(k).values());
            String median = median(days.get(k.partnerId()));
            cells.addAll(List.of(dealsByRole(k), median.equals("–") ? "" : median,
                    p == null || p.satisfaction() == null ? "" : String.valueOf(p.satisfaction()),
                    p == null ? "0" : String.valueOf(p.values(Facet.INTEGRATION).size())));
            csv.append(cells.stream().map(DealsPage::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("partner-deals-" + scope.range().from() + "-" + scope.range().to() + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Scope scope(LocalDate since, LocalDate until, String industry, String country, String size) {
        String sizeKey = blank(size) ? null : size.strip().toLowerCase(java.util.Locale.ROOT);
        if (sizeKey != null) {
            DealSize.band(sizeKey); // an unknown band is a bad request
        }
        return new Scope(DateRange.of(since, until), blank(industry) ? null : industry.strip(),
                blank(country) ? null : vocabulary.canonical(Facet.COUNTRY, country.strip()).orElse(country.strip()), sizeKey);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The scope as a query string, for the CSV link and the segment links. */
    private static String query(Scope scope) {
        StringBuilder q = new StringBuilder("since=" + scope.range().from() + "&until=" + scope.range().to());
        if (scope.industry() != null) {
            q.append("&industry=").append(java.net.URLEncoder.encode(scope.industry(), StandardCharsets.UTF_8));
        }
        if (scope.country() != null) {
            q.append("&country=").append(java.net.URLEncoder.encode(scope.country(), StandardCharsets.UTF_8));
        }
        if (scope.size() != null) {
            q.append("&size=").append(scope.size());
        }
        return q.toString();
    }

    /** A PARTNER caller's own partner ("" when it has none: nothing); null for the vendor's roles. */
    private static String confined(Authentication authentication) {
        Caller caller = Caller.from(authentication);
        return caller.isPartner() ? (caller.partnerId() == null ? "" : caller.partnerId()) : null;
    }

    private Map<String, Partner> directory(List<Kpis> kpis) {
        Map<String, Partner> byId = new HashMap<>();
        partners.findAll(kpis.stream().map(Kpis::partnerId).toList()).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private List<SegmentRow> segments(OpportunityRepository.Filter filter, Dimension dimension) {
        record Sums(int[] outcomes, Map<String, BigDecimal> won) {
        }
        Map<String, Sums> bySegment = new TreeMap<>();
        for (var t : opportunities.segments(filter, dimension)) {
            Sums sums = bySegment.computeIfAbsent(t.segment() == null ? "" : t.segment(), k -> new Sums(new int[3], new TreeMap<>()));
            sums.outcomes()[t.outcome().ordinal()] += t.deals();
            if (t.outcome() == Outcome.WON && t.currency() != null && t.amount() != null) {
                sums.won().merge(t.currency(), t.amount(), BigDecimal::add);
            }
        }
        int widest = bySegment.values().stream().mapToInt(s -> s.outcomes()[Outcome.WON.ordinal()]).max().orElse(0);
        List<SegmentRow> rows = new ArrayList<>();
        bySegment.forEach((key, s) -> {
            int won = s.outcomes()[Outcome.WON.ordinal()];
            int lost = s.outcomes()[Outcome.LOST.ordinal()];
            rows.add(new SegmentRow(key, label(dimension, key), won, lost, s.outcomes()[Outcome.OPEN.ordinal()],
                    rate(won + lost == 0 ? null : (double) won / (won + lost)), money(s.won()),
                    widest == 0 ? 0 : Math.round(10.0 * CHART_WIDTH * won / widest) / 10.0));
        });
        rows.sort(Comparator.comparingInt((SegmentRow r) -> -r.won()).thenComparing(SegmentRow::label));
        return rows;
    }

    private Map<String, String> keys(OpportunityRepository.Filter filter, Dimension dimension) {
        Map<String, String> keys = new TreeMap<>();
        opportunities.segments(filter, dimension).stream().filter(t -> t.segment() != null)
                .forEach(t -> keys.put(t.segment(), label(dimension, t.segment())));
        return keys.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private String label(Dimension dimension, String key) {
        if (key.isEmpty()) {
            return dimension == Dimension.SIZE ? "no amount" : "not given";
        }
        return switch (dimension) {
            case COUNTRY -> vocabulary.displayName(Facet.COUNTRY, key);
            case SIZE -> DealSize.describeBand(key);
            default -> key;
        };
    }

    private static String rate(Double rate) {
        return rate == null ? "–" : Math.round(rate * 100) + "%";
    }

    /** "3 sourced, 1 transacted": every deal (won, lost or open) by the partner's role in it. */
    private static String dealsByRole(Kpis k) {
        List<String> parts = new ArrayList<>();
        k.deals().forEach((role, outcomes) -> {
            int n = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            if (n > 0) {
                parts.add(n + " " + role);
            }
        });
        return String.join(", ", parts);
    }

    /** The median days from created to closed of won deals with a created date, rounded; "–" without any. */
    static String median(Double days) {
        return days == null ? "–" : String.valueOf(Math.round(days));
    }

    private static Map<String, String> revenue(Kpis k) {
        Map<String, String> revenue = new LinkedHashMap<>();
        k.revenue().forEach((role, byCurrency) -> revenue.put(role, money(byCurrency)));
        return revenue;
    }

    private static String money(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().setScale(0, RoundingMode.HALF_UP).toPlainString())
                .collect(Collectors.joining("; "));
    }

    /**
     * A CSV cell a spreadsheet reads as text: one starting with = + - @ (or a tab or carriage return) would be a
     * formula, so it gets a leading apostrophe; quotes are doubled and the cell quoted when needed.
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*|.*'.*") || text.startsWith("'") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
