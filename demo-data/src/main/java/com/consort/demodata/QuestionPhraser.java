package com.consort.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns canonical constraints into the kind of question a seller types, with varied paraphrases. */
final class QuestionPhraser {

    private static final Map<String, List<String>> REGION_PHRASES = new LinkedHashMap<>();

    static {
        REGION_PHRASES.put("NA", List.of("in North America"));
        REGION_PHRASES.put("LATAM", List.of("in Latin America", "in LATAM"));
        REGION_PHRASES.put("EMEA", List.of("in EMEA"));
        REGION_PHRASES.put("APAC", List.of("in APAC", "in Asia-Pacific"));
        REGION_PHRASES.put("DACH", List.of("in DACH", "in the DACH region"));
        REGION_PHRASES.put("UKI", List.of("in the UK and Ireland", "in UK&I"));
        REGION_PHRASES.put("NORDICS", List.of("in the Nordics"));
        REGION_PHRASES.put("BENELUX", List.of("in Benelux", "in the Benelux countries"));
        REGION_PHRASES.put("ANZ", List.of("in Australia and New Zealand", "in ANZ"));
    }

    /** A verb phrase in its plural ("have") and singular ("has") form. */
    private record Vp(String plural, String singular) {
    }

    private final Dice dice;

    QuestionPhraser(Dice dice) {
        this.dice = dice;
    }

    /** A standalone question; {@code plural} forces a "Which ...s" form (used for first turns). */
    String question(DemoConstraints c, boolean plural) {
        if (!plural && customerFormFits(c) && dice.chance(0.6)) {
            return customerForm(c);
        }
        int form = plural ? dice.pick(List.of(0, 3)) : dice.between(0, 4);
        return build(c, form);
    }

    /** A question for a request that cannot be met ("Is there ...?" or "Which ...?"). */
    String noMatchQuestion(DemoConstraints c) {
        return build(c, dice.pick(List.of(0, 4, 1)));
    }

    private boolean customerFormFits(DemoConstraints c) {
        List<String> f = new ArrayList<>(c.facets());
        f.remove("languages");
        return f.equals(List.of("countries", "industries", "specializations"))
                && c.get("countries").size() == 1 && c.get("industries").size() == 1
                && c.get("specializations").size() == 1;
    }

    private String customerForm(DemoConstraints c) {
        String adjective = Geo.country(c.get("countries").get(0)).adjective();
        String customer = dice.pick(DemoCatalog.INDUSTRY_CUSTOMERS.get(c.get("industries").get(0)));
        String verb = dice.pick(DemoCatalog.SPEC_VERBS.get(c.get("specializations").get(0)));
        String q = "Who can " + verb + " for " + Text.article(adjective + " " + customer) + "?";
        if (c.has("languages")) {
            q += " They need to speak " + languages(c) + ".";
        }
        return q;
    }

    private String build(DemoConstraints c, int form) {
        String tierAdj = null;
        String tierTail = "";
        if (c.has("tiers")) {
            List<String> t = c.get("tiers");
            if (t.size() == 1) {
                tierAdj = t.get(0);
            } else if (t.size() == 2) {
                tierTail = dice.pick(List.of(", Gold or better", ", Gold tier or better"));
            } else {
                tierTail = dice.pick(List.of(", Silver or above", ", Silver tier or higher"));
            }
        }
        boolean langAdj = c.has("languages") && tierAdj == null && c.get("languages").size() == 1 && dice.chance(0.5);
        String location = "";
        boolean ukBased = false;
        if (c.has("countries")) {
            List<String> cs = c.get("countries");
            if (cs.equals(List.of("GB")) && dice.chance(0.6)) {
                ukBased = true;
            } else {
                List<String> names = cs.stream().map(Geo::countryPhrase).toList();
                location = " " + dice.pick(List.of("in ", "based in ", "covering ")) + Text.joinOr(names);
            }
        }
        if (c.has("regions")) {
            List<String> rs = c.get("regions").stream().map(r -> dice.pick(REGION_PHRASES.get(r))).toList();
            location += " " + (rs.size() == 1 ? rs.get(0) : Text.joinOr(rs.stream().map(x -> x.replaceFirst("^in ", "")).toList()).replaceFirst("^", "in "));
        }

        List<String> pre = new ArrayList<>();
        if (tierAdj != null) {
            pre.add(tierAdj);
        }
        if (ukBased) {
            pre.add("UK-based");
        }
        if (langAdj) {
            pre.add(Geo.language(c.get("languages").get(0)).name() + "-speaking");
        }
        List<Vp> vps = verbPhrases(c, !langAdj);
        String prefix = pre.isEmpty() ? "" : String.join(" ", pre) + " ";
        String nounPl = prefix + nouns(c, true);
        String nounSg = prefix + nouns(c, false);
        String vpPl = Text.joinAnd(vps.stream().map(Vp::plural).toList());
        String vpSg = Text.joinAnd(vps.stream().map(Vp::singular).toList());
        switch (form) {
            case 0:
                return vps.isEmpty() ? "Which " + nounPl + location + " do we have" + tierTail + "?"
                        : "Which " + nounPl + location + " " + vpPl + tierTail + "?";
            case 1:
                return "I need " + Text.article(nounSg) + location + (vps.isEmpty() ? "" : " that " + vpSg) + tierTail + ".";
            case 2:
                return "Find me " + Text.article(nounSg) + location + (vps.isEmpty() ? "" : " that " + vpSg) + tierTail + ".";
            case 3:
                return "Any " + nounPl + location + (vps.isEmpty() ? "" : " that " + vpPl) + tierTail + "?";
            default:
                return "Is there " + Text.article(nounSg) + location + (vps.isEmpty() ? "" : " that " + vpSg) + tierTail + "?";
        }
    }

    private String nouns(DemoConstraints c, boolean plural) {
        if (!c.has("types")) {
            return plural ? "partners" : "partner";
        }
        List<String> out = new ArrayList<>();
        for (String t : c.get("types")) {
            String n = dice.pick(DemoCatalog.TYPE_NOUNS.get(t));
            out.add(plural ? pluralOf(n) : n);
        }
        return Text.joinOr(out);
    }

    private static String pluralOf(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private List<Vp> verbPhrases(DemoConstraints c, boolean includeLanguage) {
        List<Vp> vps = new ArrayList<>();
        String industry = c.has("industries")
                ? Text.joinOr(c.get("industries").stream().map(i -> dice.pick(DemoCatalog.INDUSTRY_PLURALS.get(i))).toList())
                : null;
        if (c.has("specializations")) {
            String verb = Text.joinOr(c.get("specializations").stream().map(s -> dice.pick(DemoCatalog.SPEC_VERBS.get(s))).toList());
            String vp = "can " + verb + (industry == null ? "" : " for " + industry);
            vps.add(new Vp(vp, vp));
        } else if (industry != null) {
            vps.add(dice.chance(0.5) ? new Vp("work with " + industry, "works with " + industry)
                    : new Vp("serve " + industry, "serves " + industry));
        }
        if (c.has("integrations")) {
            String names = Text.joinOr(c.get("integrations").stream().map(i -> dice.pick(DemoCatalog.INTEGRATION_NAMES.get(i))).toList());
            vps.add(switch (dice.between(0, 2)) {
                case 0 -> new Vp("have " + Text.article(names + " connector"), "has " + Text.article(names + " connector"));
                case 1 -> new Vp("have " + names + " integration experience", "has " + names + " integration experience");
                default -> new Vp("integrate Orbitly with " + names, "integrates Orbitly with " + names);
            });
        }
        if (c.has("certifications")) {
            String certs = Text.joinOr(c.get("certifications").stream().map(x -> dice.pick(DemoCatalog.CERT_PHRASES.get(x))).toList());
            vps.add(new Vp("have " + certs, "has " + certs));
        }
        if (c.has("templates")) {
            String t = "the " + Text.joinOr(c.get("templates")) + " template";
            vps.add(dice.chance(0.5) ? new Vp("use " + t, "uses " + t) : new Vp("work with " + t, "works with " + t));
        }
        if (c.has("languages") && includeLanguage) {
            String l = languages(c);
            vps.add(dice.chance(0.5) ? new Vp("speak " + l, "speaks " + l) : new Vp("can deliver in " + l, "can deliver in " + l));
        }
        return vps;
    }

    private String languages(DemoConstraints c) {
        return Text.joinOr(c.get("languages").stream().map(l -> Geo.language(l).name()).toList());
    }

    /** The second turn of a follow-up that narrows the first turn's list by one facet. */
    String narrowing(String facet, List<String> vals) {
        switch (facet) {
            case "languages": {
                String l = Geo.language(vals.get(0)).name();
                return dice.pick(List.of("only the ones that speak " + l, "just the " + l + "-speaking ones, please",
                        "which of those can work in " + l + "?"));
            }
            case "countries": {
                if (vals.equals(List.of("GB"))) {
                    return dice.pick(List.of("only the UK-based ones", "which of them are in the UK?"));
                }
                String c = Geo.countryPhrase(vals.get(0));
                return dice.pick(List.of("only those based in " + c, "which of them cover " + c + "?",
                        "narrow it down to " + c + ", please"));
            }
            case "tiers": {
                if (vals.size() == 2) {
                    return dice.pick(List.of("only Gold or better", "narrow it to Gold tier or higher"));
                }
                if (vals.size() == 3) {
                    return "only Silver tier or above";
                }
                return dice.pick(List.of("just the " + vals.get(0) + " ones", "only " + vals.get(0) + " partners"));
            }
            case "caseStudyIndustries": {
                String i = vals.get(0).toLowerCase(Locale.ROOT);
                return dice.pick(List.of("which of those has " + Text.article(i) + " case study?",
                        "only the ones with a published " + i + " customer story"));
            }
            default:
                throw new IllegalArgumentException(facet);
        }
    }
}
