package com.consort.assistant;

import java.util.List;

/**
 * In-product suggestions: from a description of what a customer is building, the partners that fit
 * and the templates and integrations worth proposing, each with the reason it is suggested.
 */
public interface Suggestions {

    record Suggestion(String name, List<String> reasons) {
    }

    record PartnerSuggestion(String partnerId, String name, List<String> reasons) {
    }

    record Result(List<PartnerSuggestion> partners, List<Suggestion> templates, List<Suggestion> integrations) {
    }

    Result suggest(String description, int limit);
}
