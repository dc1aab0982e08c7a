package com.consort.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo ecosystem's CRM opportunity history ({@code opportunities.csv}, a Salesforce-style export):
 * every customer story is a won deal of the partner it credits, at that customer; each partner has further
 * deals in its own countries and industries, more the higher its tier, in roles that fit its type
 * (resellers transact, integrators source and assist, technology partners influence); about one partner in
 * ten has none (new). A few planted records give the eval suite track-record cases (assistant-track-record.yaml).
 * Dates run up to {@link #AS_OF}; deals closing after it are open. Every deal has a Created Date 30 to 180 days
 * before its close (never after {@link #AS_OF}), drawn from a dice of its own so that the other columns stay as they
 * were before it: the dashboard's time to close.
 */
final class OpportunityHistory {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static final String FILE = "opportunities.csv";

    /**
     * A planted record: won deals of the partner in the segment, and none of its rival's there, so that track
     * record alone tells two otherwise equal partners apart.
     */
    record Planted(String partnerId, String rivalId, String industry, String country, int wonDeals) {

        boolean segment(String industry, String country) {
            return this.industry.equals(industry) && this.country.equals(country);
        }
    }

    static final List<Planted> PLANTED = List.of(
            new Planted("P0762", "P0104", "Energy & Utilities", "AT", 3),
            new Planted("P0249", "P0177", "Manufacturing", "AU", 3));

    private static final List<String> HEADER = List.of("Opportunity ID", "Account Name", "Industry", "Billing Country",
            "Amount", "Currency", "Close Date", "Stage", "Won", "Partner Account", "Partner Role", "Created Date");
    private static final List<String> OPEN_STAGES = List.of("Prospecting", "Qualification", "Proposal", "Negotiation");

    private final Dice dice;
    private final Dice created = new Dice(DemoDataGenerator.SEED + 7);
    private final Set<String> accounts = new HashSet<>();
    private final List<List<String>> rows = new ArrayList<>();
    private int next = 1;

    OpportunityHistory(Dice dice) {
        this.dice = dice;
    }

    /** Regenerates only the opportunity history, from the same seeds as the rest of the demo. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<DemoPartner> partners = new PartnerFactory(new Dice(DemoDataGenerator.SEED)).generate(DemoDataGenerator.PARTNER_COUNT);
        List<CaseStudy> stories = new CaseStudyPlanner(new Dice(DemoDataGenerator.SEED + 1), partners).plan(Scenario.load());
        String csv = new OpportunityHistory(new Dice(DemoDataGenerator.SEED + 6)).csv(partners, stories);
        Files.writeString(root.resolve(DemoDataGenerator.DEMO_DIR).resolve(FILE), csv);
        System.out.println("Generated " + (csv.lines().count() - 1) + " opportunities");
    }

    String csv(List<DemoPartner> partners, List<CaseStudy> stories) {
        stories.forEach(cs -> accounts.add(cs.customer));
        for (CaseStudy cs : stories) {
            if (cs.partner != null) {
                row(cs.customer, cs.scenario.industry(), cs.country, cs.partner, roleFor(cs.partner),
                        AS_OF.minusDays(dice.between(30, 540)), true);
            }
        }
        for (Planted planted : PLANTED) {
            DemoPartner p = partners.stream().filter(x -> x.id.equals(planted.partnerId())).findFirst().orElseThrow();
            for (int i = 0; i < planted.wonDeals(); i++) {
                row(account(planted.country()), planted.industry(), planted.country(), p, "Sourced",
                        AS_OF.minusDays(dice.between(20, 400)), true);
            }
        }
        for (DemoPartner p : partners) {
            if (p.industries.isEmpty() || p.countries.isEmpty() || dice.chance(0.1)) {
                continue; // new partners: no recorded deals
            }
            int rank = DemoCatalog.tierRank(p.tier);
            int deals = rank == 0 ? dice.between(8, 14) : rank == 1 ? dice.between(5, 9) : rank == 2 ? dice.between(2, 6) : dice.between(0, 3);
            for (int i = 0; i < deals; i++) {
                String industry = dice.pick(p.industries);
                String country = dice.pick(p.countries);
                if (PLANTED.stream().anyMatch(x -> (x.partnerId().equals(p.id) || x.rivalId().equals(p.id))
                        && x.segment(industry, country))) {
                    continue; // in a planted segment, the planted deals are the whole history of both
                }
                LocalDate close = AS_OF.plusDays(dice.between(-900, 150));
                row(account(country), industry, country, p, roleFor(p), close, null);
            }
        }
        return DemoDataGenerator.csv(HEADER, rows);
    }

    /** {@code won}: true for a won deal; null: open after {@link #AS_OF}, else won or lost by chance. */
    private void row(String account, String industry, String country, DemoPartner p, String role, LocalDate close, Boolean won) {
        boolean open = won == null && (close.isAfter(AS_OF) || dice.chance(0.08));
        boolean isWon = Boolean.TRUE.equals(won) || won == null && !open && dice.chance(0.55);
        String stage = open ? dice.pick(OPEN_STAGES) : isWon ? "Closed Won" : "Closed Lost";
        Geo.Country c = Geo.country(country);
        int amount = dice.between(15, 600) * 1000;
        LocalDate closed = open && !close.isAfter(AS_OF) ? AS_OF.plusDays(dice.between(10, 120)) : close;
        LocalDate opened = closed.minusDays(created.between(30, 180));
        if (opened.isAfter(AS_OF)) {
            opened = AS_OF.minusDays(created.between(5, 60));
        }
        rows.add(List.of(String.format(Locale.ROOT, "006%07dQAA", next++), account, industry, c.name(), Integer.toString(amount),
                c.currency(), closed.toString(), stage, Boolean.toString(isWon), p.name, role, opened.toString()));
    }

    private String account(String country) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = People.customerStem(dice, country) + " " + dice.pick(SUFFIXES);
            if (accounts.add(name)) {
                return name;
            }
        }
        return People.customerStem(dice, country) + " " + dice.pick(SUFFIXES) + " " + next;
    }

    private static final List<String> SUFFIXES = List.of("Group", "Industries", "Holdings", "Works", "Services", "Systems",
            "Logistics", "Energy", "Health", "Foods", "Bank", "Retail", "Manufacturing", "Partners", "Labs");

    /** The role a partner of this type usually has in a deal, as partner programmes pay it. */
    private String roleFor(DemoPartner p) {
        String type = p.type == null ? "" : p.type.toLowerCase(Locale.ROOT);
        Map<String, Integer> weights;
        if (type.contains("resell") || type.contains("var") || type.contains("distrib")) {
            weights = Map.of("Reseller", 6, "Sourced", 3, "Influenced", 1);
        } else if (type.contains("integrat") || type.equals("si")) {
            weights = Map.of("Sourced", 4, "Services", 4, "Influenced", 2);
        } else if (type.contains("tech")) {
            weights = Map.of("Influenced", 6, "Assisted", 4);
        } else {
            weights = Map.of("Sourced", 4, "Influence", 4, "Assisted", 2);
        }
        List<String> roles = new ArrayList<>(new java.util.TreeSet<>(weights.keySet()));
        return dice.weighted(roles, roles.stream().map(weights::get).toList());
    }
}
