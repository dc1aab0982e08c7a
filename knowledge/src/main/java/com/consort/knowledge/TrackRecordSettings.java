package com.consort.knowledge;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How partners' track record counts, bound from {@code consort.track-record.*}.
 *
 * @param maxBoost        the most track record adds to a partner's score (relevance is at most 0.5, the
 *                        tier boost at most 0.06): enough to decide between otherwise equal partners, too
 *                        little to outweigh a clearly better fit; 0 turns the ranking signal off
 * @param windowMonths    how far back deals count when a question names no time
 * @param fullBoostDeals  won deals (weighted by role) in the segment at which the boost is full
 * @param roleWeights     the weight of a won deal per role (sourced, transacted, influenced, assisted)
 * @param columns         column names of the vendor's CRM export beyond the Salesforce and HubSpot ones,
 *                        by field (id, account, industry, country, amount, currency, closeDate, stage,
 *                        won, partner, role)
 * @param defaultCurrency the currency of an amount on a row without one; none: such rows are rejected
 */
@ConfigurationProperties("consort.track-record")
public record TrackRecordSettings(@DefaultValue("0.06") double maxBoost, @DefaultValue("24") int windowMonths,
        @DefaultValue("3") double fullBoostDeals, Map<String, Double> roleWeights, Map<String, String> columns,
        String defaultCurrency) {

    public TrackRecordSettings {
        if (maxBoost < 0 || maxBoost > 0.2) {
            throw new IllegalArgumentException("consort.track-record.max-boost must be from 0 to 0.2, got " + maxBoost);
        }
        if (windowMonths < 1 || fullBoostDeals <= 0) {
            throw new IllegalArgumentException("consort.track-record.window-months and full-boost-deals must be positive");
        }
        roleWeights = roleWeights == null ? Map.of() : Map.copyOf(roleWeights);
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    public static final TrackRecordSettings DEFAULTS = new TrackRecordSettings(0.06, 24, 3, Map.of(), Map.of(), null);

    public double weight(PartnerRole role) {
        return roleWeights.entrySet().stream().filter(e -> PartnerRole.of(e.getKey()).orElse(null) == role)
                .map(Map.Entry::getValue).findFirst().orElse(PartnerRole.DEFAULT_WEIGHTS.get(role));
    }
}
