package com.consort.demodata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each scenario a partner, a customer and a format. The best-fitting active partner is chosen (same
 * industry, then specialization, integrations, tier), and the facets the story proves are planted on the
 * partner so that its profile and its evidence agree.
 */
final class CaseStudyPlanner {

    private final Dice dice;
    private final List<DemoPartner> partners;
    private final Set<String> customerNames = new HashSet<>();
    private final java.util.Map<String, Integer> storiesByType = new java.util.LinkedHashMap<>();

    CaseStudyPlanner(Dice dice, List<DemoPartner> partners) {
        this.dice = dice;
        this.partners = partners;
    }

    List<CaseStudy> plan(List<Scenario> scenarios) {
        List<CaseStudy.Format> formats = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            formats.add(CaseStudy.Format.values()[i % 4]);
        }
        dice.shuffle(formats);
        List<CaseStudy> out = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            DemoPartner p = s.vendorOnly() ? null : choosePartner(s);
            CaseStudy.Role role = p == null ? null : role(p);
            CaseStudy cs = new CaseStudy(s, p, role, formats.get(i));
            if (p != null) {
                plant(p, s);
                p.caseStudies.add(s.slug());
            }
            cs.integrations.addAll(s.integrations());
            customer(cs);
            out.add(cs);
        }
        return out;
    }

    private DemoPartner choosePartner(Scenario s) {
        DemoPartner best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (DemoPartner p : partners) {
            if (!p.active) {
                continue;
            }
            if (s.german() && !(p.languages.contains("de")
                    && p.countries.stream().anyMatch(c -> Geo.region("DACH").countries().contains(c)))) {
                continue;
            }
            double score = dice.nextDouble() * 3;
            score += p.industries.contains(s.industry()) ? 6 : 0;
            score += p.specializations.contains(s.specialization()) ? 4 : 0;
            for (String i : s.integrations()) {
                score += p.integrations.contains(i) ? 2 : 0;
            }
            score += switch (p.tier) {
                case "Platinum" -> 2;
                case "Gold" -> 1.5;
                case "Silver" -> 1;
                default -> 0;
            };
            score += typeFit(s.specialization(), p.type) - 0.4 * storiesByType.getOrDefault(p.type, 0);
            boolean integrationStory = DemoCatalog.INTEGRATION.equals(s.specialization());
            if ((DemoCatalog.TECH.equals(p.type) || DemoCatalog.ISV.equals(p.type)) && !integrationStory) {
                score -= 3;
            }
            if (DemoCatalog.GSI.equals(p.type) || DemoCatalog.DISTRIBUTOR.equals(p.type)) {
                score -= 3;
            }
            score -= p.caseStudies.size() * 8;
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no partner for scenario " + s.slug());
        }
        storiesByType.merge(best.type, 1, Integer::sum);
        return best;
    }

    /** Which kinds of partner typically deliver which kind of project. */
    private static double typeFit(String specialization, String type) {
        return switch (specialization) {
            case DemoCatalog.PPM, DemoCatalog.PMO, DemoCatalog.CHANGE, DemoCatalog.RM, DemoCatalog.AGILE -> switch (type) {
                case DemoCatalog.CONSULTING -> 3;
                case DemoCatalog.SI, DemoCatalog.GSI -> 1;
                default -> 0;
            };
            case DemoCatalog.INTEGRATION -> switch (type) {
                case DemoCatalog.TECH -> 3;
                case DemoCatalog.ISV, DemoCatalog.SI -> 2;
                default -> 0;
            };
            case DemoCatalog.TRAINING, DemoCatalog.MANAGED -> switch (type) {
                case DemoCatalog.RESELLER -> 3;
                case DemoCatalog.DISTRIBUTOR, DemoCatalog.SI -> 1;
                default -> 0;
            };
            default -> switch (type) {
                case DemoCatalog.SI -> 2;
                case DemoCatalog.CONSULTING, DemoCatalog.RESELLER -> 1;
                default -> 0;
            };
        };
    }

    private CaseStudy.Role role(DemoPartner p) {
        return switch (p.type) {
            case DemoCatalog.RESELLER, DemoCatalog.DISTRIBUTOR -> dice.chance(0.6) ? CaseStudy.Role.TRANSACTED : CaseStudy.Role.SOURCED;
            case DemoCatalog.TECH, DemoCatalog.ISV -> CaseStudy.Role.ASSISTED;
            default -> dice.weighted(List.of(CaseStudy.Role.SOURCED, CaseStudy.Role.IMPLEMENTED, CaseStudy.Role.INFLUENCED),
                    List.of(4, 4, 2));
        };
    }

    /** The story is evidence of these facets, so the profile lists them. */
    private static void plant(DemoPartner p, Scenario s) {
        DemoPartner.addIfAbsent(p.industries, s.industry());
        DemoPartner.addIfAbsent(p.specializations, s.specialization());
        for (String i : s.integrations()) {
            DemoPartner.addIfAbsent(p.integrations, i);
        }
        if (s.template() != null) {
            DemoPartner.addIfAbsent(p.templates, s.template());
        }
    }

    private void customer(CaseStudy cs) {
        Scenario s = cs.scenario;
        if (cs.partner == null) {
            cs.country = dice.chance(0.5) ? "US" : "GB";
        } else if (s.german()) {
            List<String> dach = cs.partner.countries.stream()
                    .filter(c -> Geo.region("DACH").countries().contains(c)).toList();
            cs.country = dach.get(0);
        } else {
            cs.country = dice.chance(0.6) ? cs.partner.hqCountry() : dice.pick(cs.partner.countries);
        }
        cs.city = dice.pick(Geo.country(cs.country).cities());
        for (int attempt = 0; attempt < 50; attempt++) {
            String stem = People.customerStem(dice, cs.country);
            String name = s.customerSuffix().contains("{stem}")
                    ? s.customerSuffix().replace("{stem}", stem)
                    : stem + " " + s.customerSuffix();
            if (customerNames.add(name)) {
                cs.customer = name;
                return;
            }
        }
        throw new IllegalStateException("no unique customer name for " + s.slug());
    }
}
