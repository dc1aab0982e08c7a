package com.consort.demodata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Draws the partner population: identity, coverage, tier and facets, all from one seeded {@link Dice}. */
final class PartnerFactory {

    private static final List<String> TYPE_ORDER = DemoCatalog.TYPES;
    private static final List<Integer> TYPE_WEIGHTS = List.of(30, 5, 22, 2, 12, 10, 18);

    private static final List<String> ANGLO_SURNAMES = List.of("Smith", "Rowe", "Patel", "Johnson", "Carter", "Nguyen",
            "Alvarez", "Whitaker", "Brennan", "Hayes", "Morgan", "Sullivan", "Kaplan", "Okafor", "Delgado");
    private static final List<String> UK_SURNAMES = List.of("Hartley", "Moss", "Fitzgerald", "Doyle", "Whitmore",
            "Ashcroft", "Pemberton", "Blake", "Harcourt", "Lyle", "Sinclair", "Cavendish");
    private static final List<String> IRISH_SURNAMES = List.of("Brien", "Neill", "Connor", "Sullivan", "Donnell", "Reilly");
    private static final List<String> DACH_SURNAMES = List.of("Keller", "Brandt", "Vogel", "Lindner", "Roth", "Seidel",
            "Winkler", "Franke", "Huber", "Gruber");

    private static final Map<String, List<String>> MANAGERS = Map.of(
            "NA", List.of("Dana Whitfield", "Marcus Chen", "Priya Raman", "Tom Eckhart"),
            "LATAM", List.of("Camila Rojas", "Rafael Souza"),
            "EMEA", List.of("Sophie Laurent", "Jonas Weber", "Olivia Grant", "Lars Nyström", "Amira Haddad"),
            "APAC", List.of("Kenji Watanabe", "Chloe Tan", "Liam O'Connor"));

    private final Dice dice;
    private final Set<String> nameKeys = new HashSet<>();
    /** Global SIs are few and well known: no two share a name stem. */
    private final Set<String> globalStems = new HashSet<>();

    PartnerFactory(Dice dice) {
        this.dice = dice;
    }

    List<DemoPartner> generate(int count) {
        List<DemoPartner> partners = new ArrayList<>();
        List<Integer> flavourWeights = new ArrayList<>();
        for (Flavour f : Flavour.ALL) {
            flavourWeights.add(f.weight());
        }
        for (int i = 1; i <= count; i++) {
            DemoPartner p = new DemoPartner(String.format(Locale.ROOT, "P%04d", i));
            p.type = dice.weighted(TYPE_ORDER, TYPE_WEIGHTS);
            Flavour flavour = DemoCatalog.GSI.equals(p.type) ? Flavour.GLOBAL : dice.weighted(Flavour.ALL, flavourWeights);
            coverage(p, flavour);
            name(p, flavour);
            tierAndStatus(p);
            facets(p, flavour);
            p.hqCity = dice.pick(Geo.country(p.hqCountry()).cities());
            p.employees = employees(p.type);
            p.foundedYear = DemoCatalog.GSI.equals(p.type) ? dice.between(1962, 2001) : dice.between(1988, 2021);
            p.partnerManager = dice.pick(MANAGERS.get(Geo.topRegion(p.hqCountry())));
            partners.add(p);
        }
        return partners;
    }

    private void coverage(DemoPartner p, Flavour f) {
        String hq = dice.weighted(f.hqCountries(), f.hqWeights());
        p.countries.add(hq);
        boolean gsi = DemoCatalog.GSI.equals(p.type);
        boolean distributor = DemoCatalog.DISTRIBUTOR.equals(p.type);
        if (gsi) {
            for (String c : dice.sample(f.neighbours(), dice.between(5, 9))) {
                DemoPartner.addIfAbsent(p.countries, c);
            }
        } else {
            double chance = distributor ? 0.8 : 0.22;
            for (String c : f.neighbours()) {
                if (!c.equals(hq) && p.countries.size() < 4 && dice.chance(chance)) {
                    p.countries.add(c);
                }
            }
        }
        languages(p, f, gsi);
        regions(p, gsi);
    }

    private void languages(DemoPartner p, Flavour f, boolean gsi) {
        String hq = p.hqCountry();
        List<String> hqLangs = Geo.country(hq).languages();
        p.languages.add(hqLangs.get(0));
        for (String extra : hqLangs.subList(1, hqLangs.size())) {
            double chance = switch (hq) {
                case "CA" -> 0.45;
                case "CH" -> extra.equals("fr") ? 0.5 : 0.25;
                case "IN", "MY", "SG" -> 0.45;
                default -> 0.9;
            };
            if (dice.chance(chance)) {
                p.languages.add(extra);
            }
        }
        for (String c : p.countries.subList(1, p.countries.size())) {
            if (dice.chance(0.45)) {
                DemoPartner.addIfAbsent(p.languages, Geo.country(c).languages().get(0));
            }
        }
        if (gsi || dice.chance(f.englishChance())) {
            DemoPartner.addIfAbsent(p.languages, "en");
        }
        if ("US".equals(hq) && dice.chance(0.15)) {
            DemoPartner.addIfAbsent(p.languages, "es");
        }
        if (("NL".equals(hq) || "BE".equals(hq)) && dice.chance(0.15)) {
            DemoPartner.addIfAbsent(p.languages, "de");
        }
    }

    private void regions(DemoPartner p, boolean gsi) {
        List<String> tops = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        for (Geo.Region r : Geo.REGIONS.values()) {
            boolean covered = p.countries.stream().anyMatch(c -> r.countries().contains(c));
            if (!covered) {
                continue;
            }
            if (List.of("NA", "LATAM", "EMEA", "APAC").contains(r.code())) {
                tops.add(r.code());
            } else {
                subs.add(r.code());
            }
        }
        double roll = dice.nextDouble();
        if (gsi || subs.isEmpty() || roll < 0.4) {
            p.regions.addAll(tops);
        } else if (roll < 0.7) {
            p.regions.addAll(subs);
        } else {
            p.regions.addAll(tops);
            p.regions.addAll(subs);
        }
    }

    private void name(DemoPartner p, Flavour f) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String[] parts = drawName(p, f);
            String key = Text.slug(parts[0]);
            if (!"taken".equals(parts[1]) && nameKeys.add(key)) {
                p.name = (parts[0] + (parts[1].isEmpty() ? "" : " " + parts[1])).trim();
                if (p.name.startsWith("PT ")) {
                    key = key.substring(3);
                }
                p.website = "https://www." + key.replace("-", "") + "." + (DemoCatalog.GSI.equals(p.type) ? "com" : Geo.country(p.hqCountry()).tld());
                return;
            }
        }
        throw new IllegalStateException("ran out of names for flavour " + f.key());
    }

    /** [name without legal suffix, legal suffix]. */
    private String[] drawName(DemoPartner p, Flavour f) {
        String hq = p.hqCountry();
        List<String> suffixes = f.suffixes().getOrDefault(hq, f.suffixes().values().iterator().next());
        String suffix = dice.pick(suffixes);
        String stem = dice.pick(f.stems());
        if (f == Flavour.GLOBAL && !globalStems.add(stem)) {
            return new String[] {stem + " " + f.middles().get(0), "taken"};
        }
        String middle = dice.pick(f.middles());
        double roll = dice.nextDouble();
        switch (f.nameStyle()) {
            case "anglo":
                if (roll < 0.05) {
                    return new String[] {dice.pick(ANGLO_SURNAMES) + " & " + dice.pick(ANGLO_SURNAMES) + " " + middle, suffix};
                }
                if (roll < 0.08) {
                    return new String[] {dice.pick(ANGLO_SURNAMES) + "'s " + dice.pick(List.of("Project Shop", "Workflow Works", "PMO Studio")), suffix};
                }
                break;
            case "uki":
                if (roll < 0.05) {
                    String a = dice.pick(UK_SURNAMES);
                    String b = dice.pick(UK_SURNAMES);
                    if (!a.equals(b)) {
                        return new String[] {a + ", " + b + " and Partners", "LLP"};
                    }
                } else if (roll < 0.10) {
                    return new String[] {"O'" + dice.pick(IRISH_SURNAMES) + " " + middle, "IE".equals(hq) ? "Ltd" : suffix};
                }
                break;
            case "dach":
                if (roll < 0.07) {
                    String a = dice.pick(DACH_SURNAMES);
                    String b = dice.pick(DACH_SURNAMES);
                    if (!a.equals(b)) {
                        return new String[] {a + " & " + b + " " + middle, suffix};
                    }
                }
                break;
            case "fr":
                if (roll < 0.1) {
                    return new String[] {"L'" + dice.pick(List.of("Atelier", "Agence", "Observatoire")) + " " + middle, suffix};
                }
                break;
            case "sea":
                if ("ID".equals(hq)) {
                    return new String[] {"PT " + stem + " " + middle, ""};
                }
                break;
            default:
                break;
        }
        if (stem.equals(middle)) {
            middle = f.middles().get(0);
        }
        return new String[] {stem + " " + middle, suffix};
    }

    private void tierAndStatus(DemoPartner p) {
        List<Integer> weights = switch (p.type) {
            case DemoCatalog.GSI -> List.of(50, 40, 10, 0);
            case DemoCatalog.DISTRIBUTOR -> List.of(15, 40, 35, 10);
            case DemoCatalog.SI -> List.of(6, 18, 32, 44);
            default -> List.of(4, 13, 30, 53);
        };
        p.tier = dice.weighted(DemoCatalog.TIERS, weights);
        double low;
        double high;
        switch (p.tier) {
            // the programme guide's satisfaction thresholds: Silver 4.0, Gold 4.3, Platinum 4.5
            case "Platinum" -> { low = 4.5; high = 5.0; }
            case "Gold" -> { low = 4.3; high = 5.0; }
            case "Silver" -> { low = 4.0; high = 4.9; }
            default -> { low = 3.0; high = 4.8; }
        }
        double raw = low + dice.nextDouble() * (high - low);
        p.satisfaction = Math.round(raw * 10) / 10.0;
        if ((p.tier.equals("Registered") || p.tier.equals("Silver")) && dice.chance(0.04)) {
            p.satisfaction = null;
        }
        p.active = p.tier.equals("Platinum") || !dice.chance(0.055);
    }

    private void facets(DemoPartner p, Flavour f) {
        industries(p, f);
        specializations(p);
        certifications(p);
        integrations(p, f);
        templates(p);
    }

    private void industries(DemoPartner p, Flavour f) {
        List<Integer> weights = new ArrayList<>();
        int[] base = {12, 6, 8, 6, 9, 5, 8, 6, 7, 6, 9, 5, 7, 4, 5};
        for (int i = 0; i < DemoCatalog.INDUSTRIES.size(); i++) {
            weights.add(base[i] + f.industryBoost().getOrDefault(DemoCatalog.INDUSTRIES.get(i), 0));
        }
        int n = switch (p.type) {
            case DemoCatalog.GSI -> dice.between(3, 5);
            case DemoCatalog.SI -> dice.between(2, 4);
            case DemoCatalog.DISTRIBUTOR -> dice.between(2, 5);
            case DemoCatalog.TECH, DemoCatalog.ISV -> dice.between(1, 2);
            default -> dice.between(1, 3);
        };
        p.industries.addAll(dice.weightedSample(DemoCatalog.INDUSTRIES, weights, n));
    }

    private void specializations(DemoPartner p) {
        // weights in the order of Catalog.SPECIALIZATIONS:
        // PPM, PMO, DX, WFA, RM, AGILE, CHANGE, ITSM, DATA, INTEGRATION, TRAINING, MANAGED
        int[] w;
        int n;
        switch (p.type) {
            case DemoCatalog.RESELLER -> { w = new int[] {6, 1, 3, 5, 3, 1, 1, 1, 2, 1, 8, 5}; n = dice.between(1, 3); }
            case DemoCatalog.DISTRIBUTOR -> { w = new int[] {1, 0, 2, 1, 1, 0, 0, 1, 1, 2, 8, 6}; n = dice.between(1, 2); }
            case DemoCatalog.SI -> { w = new int[] {4, 2, 7, 7, 3, 4, 2, 5, 6, 9, 2, 3}; n = dice.between(2, 4); }
            case DemoCatalog.GSI -> { w = new int[] {5, 5, 6, 5, 4, 4, 5, 4, 5, 5, 3, 5}; n = dice.between(3, 5); }
            case DemoCatalog.TECH -> { w = new int[] {0, 0, 1, 4, 1, 1, 0, 2, 5, 10, 0, 1}; n = dice.between(1, 2); }
            case DemoCatalog.ISV -> { w = new int[] {2, 0, 1, 6, 3, 3, 0, 2, 4, 6, 1, 0}; n = dice.between(1, 3); }
            default -> { w = new int[] {9, 9, 6, 3, 6, 5, 7, 1, 2, 1, 4, 1}; n = dice.between(2, 4); }
        }
        List<Integer> weights = new ArrayList<>();
        for (int x : w) {
            weights.add(Math.max(x, 0));
        }
        List<String> pool = new ArrayList<>();
        List<Integer> poolWeights = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) > 0) {
                pool.add(DemoCatalog.SPECIALIZATIONS.get(i));
                poolWeights.add(weights.get(i));
            }
        }
        p.specializations.addAll(dice.weightedSample(pool, poolWeights, n));
    }

    private void certifications(DemoPartner p) {
        int n = switch (p.tier) {
            case "Platinum" -> dice.between(3, 5);
            case "Gold" -> dice.between(2, 4);
            case "Silver" -> dice.between(1, 2);
            default -> dice.between(0, 1);
        };
        List<Integer> weights = switch (p.type) {
            case DemoCatalog.TECH, DemoCatalog.ISV -> List.of(4, 8, 6, 6, 1);
            case DemoCatalog.CONSULTING -> List.of(10, 4, 3, 5, 8);
            case DemoCatalog.SI, DemoCatalog.GSI -> List.of(8, 7, 7, 5, 4);
            default -> List.of(10, 3, 4, 9, 3);
        };
        if (p.tier.equals("Platinum")) {
            // the programme guide requires a Solution Architect and Certified Consultants for Platinum
            p.certifications.add("Orbitly Certified Consultant");
            p.certifications.add("Orbitly Solution Architect");
        }
        for (String c : dice.weightedSample(DemoCatalog.CERTIFICATIONS, weights, DemoCatalog.CERTIFICATIONS.size())) {
            if (p.certifications.size() >= n) {
                break;
            }
            DemoPartner.addIfAbsent(p.certifications, c);
        }
        p.certifications.sort((a, b) -> Integer.compare(DemoCatalog.CERTIFICATIONS.indexOf(a), DemoCatalog.CERTIFICATIONS.indexOf(b)));
    }

    private void integrations(DemoPartner p, Flavour f) {
        int n = switch (p.type) {
            case DemoCatalog.TECH -> dice.between(1, 2);
            case DemoCatalog.ISV -> dice.between(1, 3);
            case DemoCatalog.SI -> dice.between(1, 4);
            case DemoCatalog.GSI -> dice.between(2, 5);
            default -> dice.chance(0.55) ? 0 : dice.between(1, 2);
        };
        // Jira, Salesforce, SAP, Teams, Dynamics, ServiceNow, Slack, Workday, NetSuite, DocuSign, Tableau, Power BI, Google
        int[] w = {9, 10, 6, 9, 5, 6, 7, 4, 4, 5, 4, 7, 6};
        if (f.key().equals("dach") || f.key().equals("jp")) {
            w[2] += 10;
        }
        if (f.key().equals("us") || f.key().equals("ca") || f.key().equals("anz")) {
            w[1] += 5;
            w[8] += 3;
        }
        if (f.key().equals("uki") || f.key().equals("benelux") || f.key().equals("nordics")) {
            w[4] += 5;
        }
        if (p.specializations.contains(DemoCatalog.ITSM)) {
            w[5] += 12;
            w[0] += 6;
        }
        if (p.specializations.contains(DemoCatalog.DATA)) {
            w[10] += 8;
            w[11] += 8;
        }
        if (p.specializations.contains(DemoCatalog.AGILE)) {
            w[0] += 10;
            w[6] += 4;
        }
        List<Integer> weights = new ArrayList<>();
        for (int x : w) {
            weights.add(x);
        }
        p.integrations.addAll(dice.weightedSample(DemoCatalog.INTEGRATIONS, weights, n));
    }

    private void templates(DemoPartner p) {
        int n = switch (p.type) {
            case DemoCatalog.RESELLER -> dice.between(1, 3);
            case DemoCatalog.ISV -> dice.between(1, 3);
            case DemoCatalog.GSI -> dice.between(1, 3);
            case DemoCatalog.TECH, DemoCatalog.DISTRIBUTOR -> dice.between(0, 1);
            default -> dice.between(0, 2);
        };
        List<Integer> weights = new ArrayList<>();
        for (String t : DemoCatalog.TEMPLATES) {
            List<String> inds = DemoCatalog.TEMPLATE_INDUSTRIES.get(t);
            boolean fits = inds.stream().anyMatch(p.industries::contains);
            weights.add(fits ? 8 : inds.isEmpty() ? 3 : 1);
        }
        p.templates.addAll(dice.weightedSample(DemoCatalog.TEMPLATES, weights, n));
    }

    private int employees(String type) {
        return switch (type) {
            case DemoCatalog.GSI -> dice.between(20, 300) * 1000;
            case DemoCatalog.DISTRIBUTOR -> dice.between(10, 200) * 10;
            case DemoCatalog.SI -> dice.between(5, 150) * 10;
            case DemoCatalog.TECH -> dice.between(3, 80) * 10;
            case DemoCatalog.ISV -> dice.between(8, 300);
            case DemoCatalog.RESELLER -> dice.between(8, 250);
            default -> dice.between(5, 400);
        };
    }
}
