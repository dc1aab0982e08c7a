package com.consort.studio;

/**
 * One fact of a customer success story. {@code field} is one of customer, industry, country,
 * headquarters, partner, partner_role, product, integration, challenge, solution, result, quote,
 * next_step. {@code detail} qualifies it: for a quote "speaker, title, organisation", for a result its
 * kind (percentage, money, time, count, before_after). {@code source} is null for a fact a user added.
 */
public record Fact(String field, String value, String detail, Source source) {

    public Fact {
        if (field == null || field.isBlank() || value == null) {
            throw new IllegalArgumentException("A fact needs a field and a value");
        }
    }
}
