package com.consort.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A partner's part in one CRM opportunity. {@code country} is an ISO code when the vocabulary knows the
 * country, else as the CRM wrote it; {@code amount} is in {@code currency}, never converted.
 */
public record Opportunity(String id, String partnerId, String accountName, String industry, String country,
        BigDecimal amount, String currency, LocalDate closeDate, String stage, Outcome outcome, PartnerRole role) {
}
