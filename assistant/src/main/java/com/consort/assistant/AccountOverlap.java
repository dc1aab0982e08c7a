package com.consort.assistant;

import com.consort.knowledge.Constraints;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Who already works with Hagenbach Packaging?" and "which partners have sold into manufacturing in Austria?",
 * answered from the CRM opportunities: each partner with its deals (role, outcome, date), and a citation of the
 * records. A PARTNER caller sees only its own deals.
 */
public interface AccountOverlap {

    /** One partner's part in one deal. */
    record Deal(String opportunityId, String account, String industry, String country, String role, String outcome,
            String stage, LocalDate closeDate, String amount) {
    }

    record PartnerDeals(String partnerId, String name, List<Deal> deals) {
    }

    /** {@code account} or {@code segment} says what was looked up; {@code deals}: how many were read, up to a bound. */
    record Overlap(String account, Map<String, Set<String>> segment, List<PartnerDeals> partners, int deals) {
    }

    /**
     * Partners with deals at the account (when given) and in the industries and places given (countries or regions, as
     * codes or names). {@code confinedTo}: only this partner's deals (a PARTNER caller's own).
     */
    Overlap find(String account, List<String> industries, List<String> places, LocalDate since, String confinedTo);

    /**
     * The answer to an overlap question ("who already works with X?"), its segment as read from the whole question
     * ({@code read}); empty when the question is not one, or asks who could rather than who did.
     */
    Optional<Answer> answer(String question, Constraints read);
}
