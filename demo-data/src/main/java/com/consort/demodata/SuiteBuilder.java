package com.consort.demodata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the retrieval-demo suite from the ground-truth model: every expected list is computed by
 * {@link DemoConstraints#expected}, never written by hand.
 */
final class SuiteBuilder {

    /** One case of the suite. */
    static final class Case {
        String id;
        String question;
        List<String> turns;
        DemoConstraints constraints;
        List<String> expected = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        String evidenceDocument;
        boolean noMatch;
        List<String> unmetConstraints = new ArrayList<>();
    }

    private static final int MAX_EXPECTED = 5;

    private final Dice dice;
    private final List<DemoPartner> partners;
    private final List<DemoPartner> active;
    private final List<CaseStudy> caseStudies;
    private final Map<String, List<String>> caseStudyIndustries = new LinkedHashMap<>();
    private final QuestionPhraser phraser;
    private final Set<String> seen = new HashSet<>();

    SuiteBuilder(Dice dice, List<DemoPartner> partners, List<CaseStudy> caseStudies) {
        this.dice = dice;
        this.partners = partners;
        this.active = partners.stream().filter(p -> p.active).toList();
        this.caseStudies = caseStudies;
        this.phraser = new QuestionPhraser(dice);
        for (CaseStudy cs : caseStudies) {
            if (cs.partner != null) {
                caseStudyIndustries.computeIfAbsent(cs.partner.id, k -> new ArrayList<>()).add(cs.scenario.industry());
            }
        }
    }

    Map<String, List<String>> caseStudyIndustries() {
        return caseStudyIndustries;
    }

    List<Case> build() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(fit());
        cases.addAll(evidence());
        cases.addAll(followUps());
        cases.addAll(noMatch());
        return cases;
    }

    // ---------------------------------------------------------------- fit questions

    private static final List<List<String>> FIT_SHAPES = List.of(
            List.of("countries", "industries", "specializations"),
            List.of("regions", "languages", "specializations"),
            List.of("countries", "types", "integrations"),
            List.of("regions", "tiers", "industries"),
            List.of("languages", "industries", "certifications"),
            List.of("regions", "integrations", "specializations"),
            List.of("countries", "templates"),
            List.of("types", "regions", "industries", "tiers"),
            List.of("regions", "certifications", "specializations"),
            List.of("languages", "countries", "integrations"),
            List.of("regions", "industries2", "specializations"),
            List.of("countries", "types2", "specializations"));
    private static final int[] FIT_COUNTS = {6, 4, 4, 4, 3, 4, 3, 3, 3, 2, 2, 2};
    private static final List<String> EXTRA_FACETS = List.of("specializations", "industries", "languages", "tiers",
            "certifications", "integrations", "templates", "types");

    private List<Case> fit() {
        List<Case> out = new ArrayList<>();
        for (int s = 0; s < FIT_SHAPES.size(); s++) {
            for (int n = 0; n < FIT_COUNTS[s]; n++) {
                Case c = fitCase(FIT_SHAPES.get(s));
                c.id = String.format("fit-%03d", out.size() + 1);
                out.add(c);
            }
        }
        return out;
    }

    private Case fitCase(List<String> shape) {
        for (int attempt = 0; attempt < 2000; attempt++) {
            DemoPartner seed = dice.pick(active);
            DemoConstraints c = fromSeed(seed, shape);
            if (c == null) {
                continue;
            }
            List<DemoPartner> expected = c.expected(partners, caseStudyIndustries);
            for (String extra : dice.sample(EXTRA_FACETS, EXTRA_FACETS.size())) {
                if (expected.size() <= MAX_EXPECTED) {
                    break;
                }
                if (c.has(extra)) {
                    continue;
                }
                DemoConstraints more = addFromSeed(c, seed, extra);
                if (more != null) {
                    c = more;
                    expected = c.expected(partners, caseStudyIndustries);
                }
            }
            if (expected.isEmpty() || expected.size() > MAX_EXPECTED || !seen.add(c.signature())) {
                continue;
            }
            Case k = new Case();
            k.constraints = c;
            k.question = phraser.question(c, false);
            k.expected = ids(expected);
            k.forbidden = forbidden(c, expected);
            return k;
        }
        throw new IllegalStateException("could not build a fit question of shape " + shape);
    }

    /** Constraints of the given shape that the seed partner meets, or null when it lacks a facet. */
    private DemoConstraints fromSeed(DemoPartner seed, List<String> shape) {
        DemoConstraints c = new DemoConstraints();
        for (String facet : shape) {
            c = addFromSeed(c, seed, facet);
            if (c == null) {
                return null;
            }
        }
        return c;
    }

    private DemoConstraints addFromSeed(DemoConstraints c, DemoPartner seed, String facet) {
        switch (facet) {
            case "countries":
                return c.with("countries", List.of(dice.chance(0.6) ? seed.hqCountry() : dice.pick(seed.countries)));
            case "regions": {
                List<String> options = new ArrayList<>();
                for (String country : seed.countries) {
                    for (String r : Geo.regionsOf(country)) {
                        DemoPartner.addIfAbsent(options, r);
                    }
                }
                List<String> subs = options.stream()
                        .filter(r -> List.of("DACH", "UKI", "NORDICS", "BENELUX", "ANZ").contains(r)).toList();
                String pick = !subs.isEmpty() && dice.chance(0.55) ? dice.pick(subs) : dice.pick(options);
                return c.with("regions", List.of(pick));
            }
            case "languages": {
                // English is spoken almost everywhere, so only local languages make a useful constraint
                List<String> local = seed.languages.stream().filter(l -> !l.equals("en")).toList();
                return local.isEmpty() ? null : c.with("languages", List.of(dice.pick(local)));
            }
            case "tiers": {
                if (seed.tier.equals("Registered")) {
                    return null;
                }
                if (!seed.tier.equals("Silver") && dice.chance(0.5)) {
                    return c.with("tiers", List.of("Platinum", "Gold"));
                }
                if (seed.tier.equals("Silver") && dice.chance(0.3)) {
                    return c.with("tiers", List.of("Platinum", "Gold", "Silver"));
                }
                return c.with("tiers", List.of(seed.tier));
            }
            case "types":
                return c.with("types", List.of(seed.type));
            case "types2": {
                String other = switch (seed.type) {
                    case DemoCatalog.RESELLER -> DemoCatalog.DISTRIBUTOR;
                    case DemoCatalog.DISTRIBUTOR -> DemoCatalog.RESELLER;
                    case DemoCatalog.SI -> DemoCatalog.GSI;
                    case DemoCatalog.GSI -> DemoCatalog.SI;
                    case DemoCatalog.TECH -> DemoCatalog.ISV;
                    case DemoCatalog.ISV -> DemoCatalog.TECH;
                    default -> DemoCatalog.SI;
                };
                return c.with("types", List.of(seed.type, other));
            }
            case "industries2": {
                String first = dice.pick(seed.industries);
                String other = switch (first) {
                    case "Healthcare" -> "Life Sciences";
                    case "Life Sciences" -> "Healthcare";
                    case "Manufacturing" -> "Automotive";
                    case "Automotive" -> "Manufacturing";
                    case "Financial Services" -> "Insurance";
                    case "Insurance" -> "Financial Services";
                    case "Public Sector" -> "Education";
                    case "Education" -> "Public Sector";
                    case "Retail" -> "Logistics";
                    case "Logistics" -> "Retail";
                    case "Energy & Utilities" -> "Construction";
                    case "Construction" -> "Energy & Utilities";
                    case "Technology" -> "Media & Entertainment";
                    default -> "Technology";
                };
                return c.with("industries", List.of(first, other));
            }
            default: {
                List<String> values = facetValues(seed, facet);
                return values.isEmpty() ? null : c.with(facet, List.of(dice.pick(values)));
            }
        }
    }

    private static List<String> facetValues(DemoPartner p, String facet) {
        return switch (facet) {
            case "industries" -> p.industries;
            case "specializations" -> p.specializations;
            case "certifications" -> p.certifications;
            case "integrations" -> p.integrations;
            case "templates" -> p.templates;
            default -> throw new IllegalArgumentException(facet);
        };
    }

    /** Inactive partners that meet every facet, then active near-misses that break exactly one. */
    private List<String> forbidden(DemoConstraints c, List<DemoPartner> expected) {
        List<DemoPartner> inactive = new ArrayList<>();
        List<DemoPartner> nearMisses = new ArrayList<>();
        for (DemoPartner p : partners) {
            if (expected.contains(p)) {
                continue;
            }
            if (!p.active) {
                if (c.meetsFacets(p, caseStudyIndustries)) {
                    inactive.add(p);
                }
                continue;
            }
            int broken = 0;
            for (String f : c.facets()) {
                if (!c.meets(p, f, caseStudyIndustries)) {
                    broken++;
                }
            }
            if (broken == 1) {
                nearMisses.add(p);
            }
        }
        inactive.sort(DemoPartner::rankOrder);
        nearMisses.sort(DemoPartner::rankOrder);
        List<String> out = new ArrayList<>(ids(inactive.subList(0, Math.min(3, inactive.size()))));
        out.addAll(ids(nearMisses.subList(0, Math.min(3, nearMisses.size()))));
        return out;
    }

    // ---------------------------------------------------------------- evidence questions

    private List<Case> evidence() {
        List<Case> out = new ArrayList<>();
        for (CaseStudy cs : caseStudies) {
            Scenario s = cs.scenario;
            if (s.question() == null || cs.partner == null || s.german() || s.injection() || out.size() >= 10) {
                continue;
            }
            Case k = new Case();
            k.id = String.format("evidence-%03d", out.size() + 1);
            k.question = s.question();
            k.expected = List.of(cs.partner.id);
            k.evidenceDocument = cs.file();
            out.add(k);
        }
        if (out.size() < 10) {
            throw new IllegalStateException("only " + out.size() + " evidence questions");
        }
        return out;
    }

    // ---------------------------------------------------------------- follow-ups

    private List<Case> followUps() {
        List<Case> out = new ArrayList<>();
        String[] narrowings = {"languages", "languages", "countries", "countries", "tiers", "tiers",
                "caseStudyIndustries", "caseStudyIndustries"};
        for (String narrowing : narrowings) {
            Case c = followUp(narrowing);
            c.id = String.format("follow-%03d", out.size() + 1);
            out.add(c);
        }
        return out;
    }

    private Case followUp(String narrowing) {
        for (int attempt = 0; attempt < 5000; attempt++) {
            DemoPartner seed = dice.pick(active);
            List<String> narrow = narrowValue(seed, narrowing);
            if (narrow == null) {
                continue;
            }
            List<String> shape = switch (narrowing) {
                case "countries" -> List.of("regions", "industries", "specializations");
                case "tiers" -> dice.chance(0.5) ? List.of("regions", "specializations") : List.of("regions", "industries");
                default -> dice.chance(0.5) ? List.of("regions", "specializations") : List.of("regions", "industries", "specializations");
            };
            DemoConstraints first = fromSeed(seed, shape);
            if ("caseStudyIndustries".equals(narrowing) && first != null) {
                // "... for manufacturers?" then "which of those has a manufacturing case study?"
                first = first.with("industries", narrow);
            }
            if (first == null || ("countries".equals(narrowing) && !topRegionOnly(first, narrow.get(0)))
                    || ("languages".equals(narrowing) && !spokenIn(first.get("regions").get(0), narrow.get(0)))) {
                continue;
            }
            List<DemoPartner> firstSet = first.expected(partners, caseStudyIndustries);
            DemoConstraints last = first.with(narrowing, narrow);
            List<DemoPartner> lastSet = last.expected(partners, caseStudyIndustries);
            if (firstSet.size() < 3 || firstSet.size() > 15 || lastSet.isEmpty() || lastSet.size() > MAX_EXPECTED
                    || lastSet.size() == firstSet.size() || !seen.add(last.signature())) {
                continue;
            }
            Case k = new Case();
            k.turns = List.of(phraser.question(first, true), phraser.narrowing(narrowing, narrow));
            k.constraints = last;
            k.expected = ids(lastSet);
            List<DemoPartner> dropped = new ArrayList<>(firstSet);
            dropped.removeAll(lastSet);
            k.forbidden = ids(dropped.subList(0, Math.min(5, dropped.size())));
            return k;
        }
        throw new IllegalStateException("could not build a follow-up narrowing by " + narrowing);
    }

    /** A language narrowing asks for a language of the region ("French" in EMEA, not "Japanese" in the Nordics). */
    private static boolean spokenIn(String region, String language) {
        return Geo.region(region).countries().stream().anyMatch(c -> Geo.country(c).languages().contains(language));
    }

    /** The region of a first turn that a country narrowing refines must contain the country. */
    private static boolean topRegionOnly(DemoConstraints first, String country) {
        return Geo.region(first.get("regions").get(0)).countries().contains(country);
    }

    private List<String> narrowValue(DemoPartner seed, String narrowing) {
        switch (narrowing) {
            case "languages": {
                List<String> local = seed.languages.stream().filter(l -> !l.equals("en")).toList();
                return local.isEmpty() ? null : List.of(dice.pick(local));
            }
            case "countries":
                return List.of(dice.pick(seed.countries));
            case "tiers":
                if (seed.tier.equals("Platinum")) {
                    return dice.chance(0.5) ? List.of("Platinum") : List.of("Platinum", "Gold");
                }
                return seed.tier.equals("Gold") ? List.of("Platinum", "Gold") : null;
            default: {
                List<String> inds = caseStudyIndustries.get(seed.id);
                return inds == null ? null : List.of(dice.pick(inds));
            }
        }
    }

    // ---------------------------------------------------------------- no-match questions

    private static final List<List<String>> NO_MATCH_BASES = List.of(
            List.of("tiers", "countries", "integrations"),
            List.of("industries", "specializations"),
            List.of("regions", "types"),
            List.of("regions", "types", "tiers"),
            List.of("regions", "specializations"),
            List.of("countries", "specializations", "tiers"));
    private static final List<String> NO_MATCH_FACETS = List.of("languages", "countries", "templates",
            "certifications", "languages", "integrations");

    private List<Case> noMatch() {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < NO_MATCH_BASES.size(); i++) {
            Case c = noMatchCase(NO_MATCH_BASES.get(i), NO_MATCH_FACETS.get(i));
            c.id = String.format("nomatch-%03d", out.size() + 1);
            out.add(c);
        }
        return out;
    }

    private Case noMatchCase(List<String> base, String impossible) {
        for (int attempt = 0; attempt < 5000; attempt++) {
            DemoPartner seed = dice.pick(active);
            DemoConstraints c = fromSeed(seed, base);
            if (c == null) {
                continue;
            }
            List<String> candidates = switch (impossible) {
                case "languages" -> List.of("pt", "ja", "ko", "fi", "pl", "it", "nl", "ar");
                case "countries" -> List.of("IS");
                case "templates" -> DemoCatalog.TEMPLATES;
                case "certifications" -> DemoCatalog.CERTIFICATIONS;
                default -> DemoCatalog.INTEGRATIONS;
            };
            String value = dice.pick(candidates);
            DemoConstraints full = c.with(impossible, List.of(value));
            if (!full.expected(partners, caseStudyIndustries).isEmpty() || !seen.add(full.signature())) {
                continue;
            }
            List<String> unmet = new ArrayList<>();
            for (String f : full.facets()) {
                if (!full.without(f).expected(partners, caseStudyIndustries).isEmpty()) {
                    unmet.add(f);
                }
            }
            // prefer a single culprit; late attempts accept any set that includes the planted one
            if (attempt < 2500 ? !unmet.equals(List.of(impossible)) : !unmet.contains(impossible)) {
                continue;
            }
            Case k = new Case();
            k.constraints = full;
            k.question = phraser.noMatchQuestion(full);
            k.noMatch = true;
            k.unmetConstraints = unmet;
            k.forbidden = forbidden(full, List.of());
            return k;
        }
        throw new IllegalStateException("could not build a no-match question on " + base + " + " + impossible);
    }

    private static List<String> ids(List<DemoPartner> ps) {
        return ps.stream().map(p -> p.id).toList();
    }
}
