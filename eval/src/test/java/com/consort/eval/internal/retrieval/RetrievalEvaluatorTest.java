package com.consort.eval.internal.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.Vocabulary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which returned partners the evaluator counts as breaking a case, against a directory as a plain lookup. */
class RetrievalEvaluatorTest {

    static Partner partner(String id, String type, boolean active) {
        return new Partner(id, id + " Ltd", null, null, active, null, Map.of(Facet.TYPE, List.of(type)), Map.of());
    }

    final Map<String, Partner> directory = Map.of(
            "P1", partner("P1", "Aggregator", true), // the CRM's other spelling of "Regional Aggregator"
            "P2", partner("P2", "Reseller", true),
            "P3", partner("P3", "Aggregator", false));
    final RetrievalEvaluator evaluator;

    RetrievalEvaluatorTest() {
        PartnerRepository partners = mock(PartnerRepository.class);
        when(partners.findAll(anyCollection())).thenAnswer(i -> ((Collection<String>) i.getArgument(0)).stream()
                .filter(directory::containsKey).map(directory::get).toList());
        evaluator = new RetrievalEvaluator(mock(PartnerSearch.class), partners, Vocabulary.standard());
    }

    @Test
    void aPartnerTheSuiteLabelsAsAMatchDoesNotBreakTheCaseWhateverItsStoredSpelling() {
        var stated = Map.of("types", List.of("Regional Aggregator"));

        assertThat(evaluator.violations(stated, List.of(), List.of("P1", "P2"), List.of("P1")))
                .containsExactly("P2 breaks types [Regional Aggregator]");
        // unlabelled, the same stored spelling is checked as stored
        assertThat(evaluator.violations(stated, List.of(), List.of("P1"), List.of()))
                .containsExactly("P1 breaks types [Regional Aggregator]");
    }

    @Test
    void aLabelledPartnerIsStillCountedWhenItIsInactiveForbiddenOrUnknown() {
        var stated = Map.of("types", List.of("Regional Aggregator"));

        assertThat(evaluator.violations(stated, List.of("P1"), List.of("P1", "P3", "P9"), List.of("P1", "P3", "P9")))
                .containsExactly("P1 is forbidden", "P3 is inactive", "P9 is not in the directory");
    }
}
