package com.consort.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The structured attributes of a partner that questions and filters constrain. */
public enum Facet {
    TYPE("type", "types"),
    TIER("tier", "tiers"),
    REGION("regions", "regions"),
    COUNTRY("countries", "countries"),
    LANGUAGE("languages", "languages"),
    INDUSTRY("industries", "industries"),
    SPECIALIZATION("specializations", "specializations"),
    CERTIFICATION("certifications", "certifications"),
    INTEGRATION("integrations", "integrations"),
    TEMPLATE("templates", "templates"),
    /** Not a directory attribute: the industries of the customers in a partner's case studies. */
    CASE_STUDY_INDUSTRY("caseStudyIndustries", "caseStudyIndustries");

    private final String field;
    private final String filterKey;

    Facet(String field, String filterKey) {
        this.field = field;
        this.filterKey = filterKey;
    }

    /** The column / JSON field of the partner import. */
    public String field() {
        return field;
    }

    /** The key in search filters and extracted constraints, always plural. */
    public String filterKey() {
        return filterKey;
    }

    public boolean multiValued() {
        return this != TYPE && this != TIER;
    }

    /** Whether the partner directory holds this attribute (imported, stored per partner). */
    public boolean directoryAttribute() {
        return this != CASE_STUDY_INDUSTRY;
    }

    public static Optional<Facet> byFilterKey(String key) {
        return Arrays.stream(values()).filter(f -> f.filterKey.equalsIgnoreCase(key) || f.field.equalsIgnoreCase(key))
                .findFirst();
    }
}
