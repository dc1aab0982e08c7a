package com.consort.demodata;

import java.util.ArrayList;
import java.util.List;

/** One partner of the ground-truth model, with canonical facet values (ISO codes, canonical names). */
final class DemoPartner {

    final String id;
    String name;
    String type;
    String tier;
    /** Region codes as in {@link Geo#REGIONS}: NA, EMEA, DACH, UKI, ... */
    final List<String> regions = new ArrayList<>();
    /** ISO 3166 alpha-2 codes; the first is the headquarters country. */
    final List<String> countries = new ArrayList<>();
    /** ISO 639-1 codes. */
    final List<String> languages = new ArrayList<>();
    final List<String> industries = new ArrayList<>();
    final List<String> specializations = new ArrayList<>();
    final List<String> certifications = new ArrayList<>();
    final List<String> integrations = new ArrayList<>();
    final List<String> templates = new ArrayList<>();
    String description;
    String website;
    boolean active = true;
    /** 3.0 to 5.0, one decimal; null when the partner has no rating yet. */
    Double satisfaction;
    String partnerManager;
    String hqCity;
    int employees;
    int foundedYear;
    /** Ids of case studies written about this partner's work. */
    final List<String> caseStudies = new ArrayList<>();

    DemoPartner(String id) {
        this.id = id;
    }

    String hqCountry() {
        return countries.get(0);
    }

    static void addIfAbsent(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** Tier (Platinum first), then satisfaction (high first, unrated last), then id. */
    static int rankOrder(DemoPartner a, DemoPartner b) {
        int t = Integer.compare(DemoCatalog.tierRank(a.tier), DemoCatalog.tierRank(b.tier));
        if (t != 0) {
            return t;
        }
        double sa = a.satisfaction == null ? -1 : a.satisfaction;
        double sb = b.satisfaction == null ? -1 : b.satisfaction;
        int s = Double.compare(sb, sa);
        return s != 0 ? s : a.id.compareTo(b.id);
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
