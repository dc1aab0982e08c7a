package com.consort.server.track;

import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Kpis;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.PartnerRole;
import com.consort.server.security.Caller;
import com.consort.server.web.WebPage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The PartnerOps dashboard ({@code /deals}): per partner, won deals by role, win rate and won revenue by role
 * and currency over a date range, as server-rendered SVG bars and a table, with a CSV export. A partner sees
 * only its own; vendor roles see every partner (the security configuration admits who may open it).
 */
@WebPage
class DealsPage {

    static final int CHART_PARTNERS = 10;
    static final int CHART_WIDTH = 480;

    /** One bar segment: a role's won deals, as its share of the widest bar. */
    public record Segment(String role, int deals, double x, double width) {
    }

    public record Bar(String partnerId, String name, int won, int lost, int open, String winRate, double winRateWidth,
            List<Segment> segments, Map<String, String> revenue) {
    }

    private final Opportunities opportunities;
    private final PartnerRepository partners;

    DealsPage(Opportunities opportunities, PartnerRepository partners) {
        this.opportunities = opportunities;
        this.partners = partners;
    }

    @GetMapping("/deals")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Authentication authentication, Model model) {
        LocalDate from = since == null ? LocalDate.now().minusMonths(24) : since;
        LocalDate to = until == null ? LocalDate.now() : until;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end of the range (" + to + ") is before its start (" + from + ")");
        }
        List<Kpis> kpis = kpis(from, to, authentication);
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
            bars.add(new Bar(k.partnerId(), k.name(), k.won(), k.lost(), k.open(),
                    k.winRate() == null ? "–" : Math.round(k.winRate() * 100) + "%",
                    k.winRate() == null ? 0 : CHART_WIDTH * k.winRate(), segments, revenue(k)));
        }
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        for (PartnerRole role : PartnerRole.values()) {
            Map<String, BigDecimal> byCurrency = new TreeMap<>();
            kpis.forEach(k -> k.revenue().get(role.code()).forEach((c, a) -> byCurrency.merge(c, a, BigDecimal::add)));
            totals.put(role.code(), byCurrency);
        }
        model.addAttribute("since", from.toString());
        model.addAttribute("until", to.toString());
        model.addAttribute("bars", bars);
        model.addAttribute("chartBars", bars.stream().limit(CHART_PARTNERS).toList());
        model.addAttribute("chartWidth", CHART_WIDTH);
        model.addAttribute("roles", java.util.Arrays.stream(PartnerRole.values()).map(PartnerRole::code).toList());
        model.addAttribute("totals", totals.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> money(e.getValue()), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("confined", Caller.from(authentication).isPartner());
        return "track/deals";
    }

    @GetMapping(path = "/deals/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Authentication authentication) {
        LocalDate from = since == null ? LocalDate.now().minusMonths(24) : since;
        LocalDate to = until == null ? LocalDate.now() : until;
        StringBuilder csv = new StringBuilder("partner_id,partner,won,lost,open,win_rate");
        for (PartnerRole role : PartnerRole.values()) {
            csv.append(',').append(role.code()).append("_revenue");
        }
        csv.append("\r\n");
        for (Kpis k : kpis(from, to, authentication)) {
            List<String> cells = new ArrayList<>(List.of(k.partnerId(), k.name(), String.valueOf(k.won()), String.valueOf(k.lost()),
                    String.valueOf(k.open()), k.winRate() == null ? "" : String.valueOf(k.winRate())));
            revenue(k).values().forEach(cells::add);
            csv.append(cells.stream().map(DealsPage::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("partner-deals-" + from + "-" + to + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Kpis> kpis(LocalDate from, LocalDate to, Authentication authentication) {
        Caller caller = Caller.from(authentication);
        String confined = caller.isPartner() ? (caller.partnerId() == null ? "" : caller.partnerId()) : null;
        return Kpis.of(opportunities.tally(new OpportunityRepository.Filter(confined, null, null, null, from, to)), partners.namesById());
    }

    private static Map<String, String> revenue(Kpis k) {
        Map<String, String> revenue = new LinkedHashMap<>();
        k.revenue().forEach((role, byCurrency) -> revenue.put(role, money(byCurrency)));
        return revenue;
    }

    private static String money(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString())
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
