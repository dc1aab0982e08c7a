package com.consort.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A partner's part in an opportunity, as partner programmes pay incentives by it. CRMs name the roles
 * in many ways ("Reseller", "Deal Registration", "Co-Sell"); each name maps to one of four.
 */
public enum PartnerRole {
    SOURCED(Set.of("sourced", "source", "originated", "origination", "deal registration", "registered", "referral",
            "referred", "partner sourced", "lead")),
    TRANSACTED(Set.of("transacted", "transact", "reseller", "resold", "resell", "distributor", "fulfillment",
            "fulfilment", "partner transacted", "billing")),
    INFLUENCED(Set.of("influenced", "influence", "influencer", "co-sell", "cosell", "co sell", "partner influenced")),
    ASSISTED(Set.of("assisted", "assist", "services", "implementation", "delivery", "system integrator", "si",
            "partner assisted", "support"));

    private final Set<String> names;

    PartnerRole(Set<String> names) {
        this.names = names;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a CRM's word for it means, if it is one of the known words. */
    public static Optional<PartnerRole> of(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String key = raw.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return Arrays.stream(values()).filter(r -> r.names.contains(key)).findFirst();
    }

    /** How much a won deal in this role says about delivering: the partner that sourced it did most. */
    public static final Map<PartnerRole, Double> DEFAULT_WEIGHTS = Map.of(SOURCED, 1.0, TRANSACTED, 0.75, INFLUENCED, 0.5,
            ASSISTED, 0.5);
}
