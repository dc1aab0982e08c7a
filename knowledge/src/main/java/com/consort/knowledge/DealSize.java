package com.consort.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deal-size segment: amounts from {@code min} (inclusive) to {@code max} (exclusive, null: no limit), in
 * {@code currency} or, when null, in each deal's own currency. Amounts are never converted, so a size stated
 * in euros counts euro deals only.
 */
public record DealSize(BigDecimal min, BigDecimal max, String currency) {

    /** The dashboard's bands, by key; the same limits in every currency. */
    public static final Map<String, DealSize> BANDS = bands();

    private static final Pattern SIZE_WORDS = Pattern.compile("(?i)\\b(?:deals?|projects?|contracts?|opportunit(?:y|ies)|budget|size|worth|volume)\\b");
    private static final Pattern AMOUNT = Pattern.compile("(?i)(?<![\\w.,])(?:(eur|usd|gbp|chf|€|\\$|£)\\s?)?(\\d+(?:[.,]\\d+)?)\\s?"
            + "(k|m|mn|million|millions|thousand|tsd|mio)?\\b\\s?(eur|euros?|usd|dollars?|gbp|pounds?|chf)?");
    private static final Map<String, String> CURRENCIES = Map.of("€", "EUR", "eur", "EUR", "euro", "EUR", "euros", "EUR", "$", "USD",
            "usd", "USD", "dollar", "USD", "dollars", "USD", "£", "GBP", "gbp", "GBP");

    private static Map<String, DealSize> bands() {
        Map<String, DealSize> bands = new java.util.LinkedHashMap<>();
        bands.put("under-50k", new DealSize(BigDecimal.ZERO, BigDecimal.valueOf(50_000), null));
        bands.put("50k-250k", new DealSize(BigDecimal.valueOf(50_000), BigDecimal.valueOf(250_000), null));
        bands.put("250k-1m", new DealSize(BigDecimal.valueOf(250_000), BigDecimal.valueOf(1_000_000), null));
        bands.put("1m-plus", new DealSize(BigDecimal.valueOf(1_000_000), null, null));
        return java.util.Collections.unmodifiableMap(bands);
    }

    /** A dashboard band by its key; an unknown key is a bad request. */
    public static DealSize band(String key) {
        DealSize size = BANDS.get(key.strip().toLowerCase(Locale.ROOT));
        if (size == null) {
            throw new IllegalArgumentException("Unknown deal size '" + key + "'; use one of " + BANDS.keySet());
        }
        return size;
    }

    /** "under 50 k", "250 k to 1 M": a band for a person. */
    public static String describeBand(String key) {
        return band(key).describe().strip().replaceFirst("^of ", "");
    }

    /** The band key of an amount. */
    public static String bandOf(BigDecimal amount) {
        return BANDS.entrySet().stream().filter(e -> e.getValue().contains(amount, null)).map(Map.Entry::getKey).findFirst()
                .orElse("under-50k");
    }

    /**
     * The deal size a question states ("a EUR 500k deal", "projects of about 2 million dollars"): deals from half
     * to twice that amount, in the currency it names (any currency when it names none). Only an amount with a
     * currency or a magnitude (k, M, million) in a question about deals, projects, contracts or budgets counts,
     * so "ISO 27001" or "3 partners" never become a size.
     */
    public static Optional<DealSize> stated(String question) {
        if (question == null || !SIZE_WORDS.matcher(question).find()) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(question);
        while (m.find()) {
            String currency = m.group(1) != null ? m.group(1) : m.group(4);
            String magnitude = m.group(3);
            if (currency == null && magnitude == null) {
                continue;
            }
            BigDecimal amount = new BigDecimal(m.group(2).replace(',', '.'));
            if (magnitude != null) {
                amount = amount.multiply(BigDecimal.valueOf(magnitude.toLowerCase(Locale.ROOT).matches("k|thousand|tsd") ? 1_000 : 1_000_000));
            }
            if (amount.signum() <= 0) {
                continue;
            }
            String code = currency == null ? null : CURRENCIES.getOrDefault(currency.toLowerCase(Locale.ROOT), currency.toUpperCase(Locale.ROOT));
            return Optional.of(new DealSize(amount.divide(BigDecimal.valueOf(2)), amount.multiply(BigDecimal.valueOf(2)), code));
        }
        return Optional.empty();
    }

    boolean contains(BigDecimal amount, String dealCurrency) {
        return amount.compareTo(min) >= 0 && (max == null || amount.compareTo(max) < 0)
                && (currency == null || currency.equals(dealCurrency));
    }

    /** " of EUR 250 k to 1 M", " of 1 M and more": for a reason's wording. */
    public String describe() {
        String in = currency == null ? "" : currency + " ";
        if (max == null) {
            return " of " + in + TrackRecord.money(min) + " and more";
        }
        return min.signum() == 0 ? " under " + in + TrackRecord.money(max)
                : " of " + in + TrackRecord.money(min) + " to " + TrackRecord.money(max);
    }

    String clause() {
        return "amount >= ?" + (max == null ? "" : " AND amount < ?") + (currency == null ? "" : " AND currency = ?");
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>(List.of(min));
        if (max != null) {
            parameters.add(max);
        }
        if (currency != null) {
            parameters.add(currency);
        }
        return parameters;
    }
}
