package com.consort.knowledge.internal.track;

import com.consort.knowledge.Opportunity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a CRM export holds which field. By default the names a Salesforce or HubSpot export
 * uses ("Opportunity ID", "Billing Country", "Deal Stage", ...); a mapping (from configuration or given
 * with one import) names others, e.g. {@code partner=Reseller Name}.
 */
public final class OpportunityColumns {

    public enum Field {
        ID("Opportunity ID", "Opportunity Id", "Record ID", "Deal ID", "id", "opportunity_id", "opportunityId"),
        ACCOUNT("Account Name", "Account", "Company Name", "Company", "Associated Company", "account_name", "accountName"),
        INDUSTRY("Industry", "Account Industry", "industry"),
        COUNTRY("Billing Country", "Country", "Country/Region", "Account Country", "country"),
        AMOUNT("Amount", "Deal Amount", "amount"),
        CURRENCY("Currency", "Opportunity Currency", "Currency Code", "Deal Currency Code", "currency"),
        CLOSE_DATE("Close Date", "close_date", "closeDate"),
        STAGE("Stage", "Deal Stage", "stage"),
        WON("Won", "Is Won", "Is Closed Won", "won"),
        PARTNER("Partner Account", "Partner", "Partner Account Name", "Partner Company", "Partner ID", "partner_id",
                "partnerId"),
        ROLE("Partner Role", "Role", "partner_role", "partnerRole");

        private final List<String> defaults;

        Field(String... defaults) {
            this.defaults = List.of(defaults);
        }

        /** The name used in a mapping: "closeDate", "partner". */
        public String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }

        static Optional<Field> byKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key().equalsIgnoreCase(key.strip())).findFirst();
        }
    }

    public static final OpportunityColumns DEFAULT = new OpportunityColumns(Map.of());

    private final Map<Field, List<String>> names = new EnumMap<>(Field.class);
    private final List<Map<String, String>> mappings;

    /** {@code mapping}: field key to the column name that holds it, in addition to the usual names. */
    public OpportunityColumns(Map<String, String> mapping) {
        this(List.of(mapping));
    }

    private OpportunityColumns(List<Map<String, String>> mappings) {
        this.mappings = mappings;
        mappings.forEach(mapping -> mapping.forEach((key, column) -> {
            Field field = Field.byKey(key).orElseThrow(() -> new IllegalArgumentException("Unknown field '" + key
                    + "' in the column mapping; use one of " + Arrays.stream(Field.values()).map(Field::key).toList()));
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException("The column mapping gives no column for '" + key + "'");
            }
            names.computeIfAbsent(field, f -> new ArrayList<>()).add(fold(column));
        }));
        for (Field field : Field.values()) {
            field.defaults.forEach(d -> names.computeIfAbsent(field, f -> new ArrayList<>()).add(fold(d)));
        }
    }

    /** This mapping with {@code mapping}'s names taking precedence (one import's names over the configured ones). */
    public OpportunityColumns with(Map<String, String> mapping) {
        if (mapping.isEmpty()) {
            return this;
        }
        List<Map<String, String>> all = new ArrayList<>();
        all.add(mapping);
        all.addAll(mappings);
        return new OpportunityColumns(all);
    }

    /** For each field, the index of the header column that holds it (the first name found wins). */
    Map<Field, Integer> resolve(List<String> header) {
        List<String> folded = header.stream().map(OpportunityColumns::fold).toList();
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        names.forEach((field, candidates) -> candidates.stream().map(folded::indexOf).filter(i -> i >= 0).findFirst()
                .ifPresent(i -> columns.put(field, i)));
        return columns;
    }

    static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").replace("\uFEFF", "");
    }
}
