package com.consort.demodata;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes each partner's 2-4 sentence profile description from its facets, in prose that paraphrases the
 * canonical names ("car makers", "hospitals") and never states a fact the facets do not hold.
 */
final class PartnerDescriptions {

    private final Dice dice;

    PartnerDescriptions(Dice dice) {
        this.dice = dice;
    }

    static String typeNoun(String type) {
        return switch (type) {
            case DemoCatalog.RESELLER -> "value-added reseller";
            case DemoCatalog.DISTRIBUTOR -> "software distributor";
            case DemoCatalog.SI -> "systems integrator";
            case DemoCatalog.GSI -> "global systems integrator";
            case DemoCatalog.TECH -> "technology company";
            case DemoCatalog.ISV -> "independent software vendor";
            default -> "management consultancy";
        };
    }

    void describe(List<DemoPartner> partners) {
        for (DemoPartner p : partners) {
            p.description = describe(p);
        }
    }

    private String describe(DemoPartner p) {
        List<String> sentences = new ArrayList<>();
        sentences.add(identity(p));
        sentences.add(focus(p));
        List<String> extras = new ArrayList<>();
        boolean builder = DemoCatalog.TECH.equals(p.type) || DemoCatalog.ISV.equals(p.type);
        if (builder && !p.integrations.isEmpty()) {
            extras.add("It builds and maintains the Orbitly Connect " + plural("connector", p.integrations.size())
                    + " for " + Text.joinAnd(p.integrations) + ".");
        } else if (!p.integrations.isEmpty() && dice.chance(0.75)) {
            extras.add(dice.pick(List.of("Projects often connect Orbitly with ", "Its consultants regularly integrate Orbitly with ",
                    "Typical projects link Orbitly to ")) + Text.joinAnd(p.integrations) + ".");
        }
        if (!p.templates.isEmpty() && dice.chance(0.7)) {
            extras.add(dice.pick(List.of("Customers frequently start from the ", "The team is known for rollouts based on the ",
                    "It has packaged its know-how into the ")) + Text.joinAnd(p.templates) + " "
                    + plural("template", p.templates.size()) + ".");
        }
        if ((p.tier.equals("Platinum") || p.tier.equals("Gold")) && dice.chance(0.5)) {
            extras.add("Its staff hold the " + Text.joinAnd(p.certifications) + " "
                    + plural("certification", p.certifications.size()) + ".");
        }
        boolean nonEnglish = p.languages.stream().anyMatch(l -> !l.equals("en"));
        if (nonEnglish || dice.chance(0.3)) {
            extras.add("Delivery is available in " + Text.joinAnd(p.languages.stream()
                    .map(l -> Geo.language(l).name()).toList()) + ".");
        }
        if (extras.size() > 2) {
            // keep the language sentence when there is one, it is the most asked-about fact
            String last = extras.get(extras.size() - 1);
            extras = new ArrayList<>(dice.sample(extras.subList(0, extras.size() - 1), 1));
            extras.add(last);
        }
        sentences.addAll(extras);
        return String.join(" ", sentences);
    }

    private String identity(DemoPartner p) {
        String where = p.hqCity + ", " + Geo.country(p.hqCountry()).name();
        String coverage;
        if (DemoCatalog.GSI.equals(p.type)) {
            coverage = "with Orbitly delivery teams in " + p.countries.size() + " countries, including "
                    + Geo.countryList(p.countries.subList(0, 4));
        } else if (p.countries.size() == 1) {
            coverage = "serving customers across " + Geo.countryPhrase(p.hqCountry());
        } else {
            coverage = "serving customers in " + Geo.countryList(p.countries);
        }
        return switch (dice.between(0, 2)) {
            case 0 -> p.name + " is " + Text.article(typeNoun(p.type)) + " based in " + where + ", " + coverage + ".";
            case 1 -> "Founded in " + p.foundedYear + ", " + p.name + " is " + Text.article(typeNoun(p.type))
                    + " headquartered in " + where + ", " + coverage + ".";
            default -> "Headquartered in " + where + ", " + p.name + " is " + Text.article(size(p) + " " + typeNoun(p.type))
                    + " " + coverage + ".";
        };
    }

    private String focus(DemoPartner p) {
        List<String> specs = new ArrayList<>();
        for (String s : p.specializations) {
            specs.add(dice.pick(DemoCatalog.SPEC_PHRASES.get(s)));
        }
        List<String> inds = new ArrayList<>();
        for (String i : p.industries) {
            inds.add(dice.pick(DemoCatalog.INDUSTRY_PLURALS.get(i)));
        }
        String specText = Text.joinAnd(specs);
        String indText = Text.joinAnd(inds);
        if (DemoCatalog.GSI.equals(p.type)) {
            return "Its Orbitly practice covers " + specText + ", serving " + indText + ".";
        }
        return switch (dice.between(0, 2)) {
            case 0 -> "Its team of about " + String.format(java.util.Locale.US, "%,d", p.employees) + " people focuses on " + specText + " for " + indText + ".";
            case 1 -> "Most of its Orbitly work is " + specText + ", mainly for " + indText + ".";
            default -> "The firm is known for " + specText + " and works mostly with " + indText + ".";
        };
    }

    private static String size(DemoPartner p) {
        if (p.employees < 50) {
            return "boutique";
        }
        return p.employees < 300 ? "mid-sized" : "large";
    }

    private static String plural(String word, int n) {
        return n == 1 ? word : word + "s";
    }
}
