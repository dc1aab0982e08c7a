package com.consort.eval.internal.retrieval;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a retrieval suite against partner search and scores it: recall@k, MRR and nDCG@k over the
 * cases with expected partners, no-match accuracy, and every returned partner checked against the
 * question's constraints, activity and the forbidden list, independently of how search decided.
 */
public class RetrievalEvaluator {

    public record CaseResult(String id, List<String> returned, double recall, double reciprocalRank, double ndcg,
            List<String> violations, boolean passed, String failure) {
    }

    public record SuiteResult(String suite, RetrievalMode mode, int k, List<CaseResult> cases, Map<String, Double> metrics) {
    }

    private final PartnerSearch search;
    private final PartnerRepository partners;
    private final Vocabulary vocabulary;

    public RetrievalEvaluator(PartnerSearch search, PartnerRepository partners, Vocabulary vocabulary) {
        this.search = search;
        this.partners = partners;
        this.vocabulary = vocabulary;
    }

    public SuiteResult run(RetrievalSuite suite, RetrievalMode mode) {
        List<CaseResult> results = suite.cases().stream().map(c -> run(c, suite.k(), mode)).toList();
        return new SuiteResult(suite.name(), mode, suite.k(), results, metrics(suite.k(), results));
    }

    CaseResult run(RetrievalCase c, int k, RetrievalMode mode) {
        // A follow-up narrows the first turn: the first turn's text ranks, every turn's constraints filter.
        Constraints refinements = Constraints.NONE;
        for (String turn : c.turns().subList(1, c.turns().size())) {
            refinements = refinements.overriddenBy(search.understand(turn));
        }
        // retrieval alone: its expectations come from profiles and stories, and a ranking signal such as the CRM track
        // record (measured by the assistant suites) would hide a retrieval regression
        PartnerSearch.Response response = search.search(new PartnerSearch.Query(c.turns().get(0), refinements, k, mode, false));
        List<String> returned = response.results().stream().map(PartnerSearch.Result::partnerId).toList();
        List<String> violations = violations(c, returned);
        if (c.noMatch()) {
            boolean passed = returned.isEmpty() && violations.isEmpty();
            return new CaseResult(c.id(), returned, Double.NaN, Double.NaN, Double.NaN, violations, passed,
                    passed ? null : "expected no match but got " + returned);
        }
        Set<String> expected = new LinkedHashSet<>(c.expected());
        int relevantInTopK = (int) returned.stream().limit(k).filter(expected::contains).count();
        double recall = expected.isEmpty() ? 1 : (double) relevantInTopK / Math.min(expected.size(), k);
        double rr = 0;
        for (int i = 0; i < returned.size(); i++) {
            if (expected.contains(returned.get(i))) {
                rr = 1.0 / (i + 1);
                break;
            }
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, returned.size()); i++) {
            if (expected.contains(returned.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, expected.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        double ndcg = ideal == 0 ? 1 : dcg / ideal;
        boolean passed = recall == 1 && violations.isEmpty();
        String failure = passed ? null : violations.isEmpty()
                ? "missed " + expected.stream().filter(e -> !returned.stream().limit(k).toList().contains(e)).toList()
                        + ", returned " + returned
                : String.join("; ", violations);
        return new CaseResult(c.id(), returned, recall, rr, ndcg, violations, passed, failure);
    }

    private List<String> violations(RetrievalCase c, List<String> returned) {
        return violations(c.constraints(), c.forbidden(), returned, c.expected());
    }

    /**
     * Partners that do not exist, are inactive, are forbidden or break a stated constraint (constraint
     * keys are the filter names of {@link Facet}); also used to check the partners an assistant names.
     *
     * @param labelled the partners the suite labels as meeting the case (its expected ones): the suite reads their
     *            values as its rules say ("Aggregator" is a spelling of "Regional Aggregator" in a CRM export), so a
     *            spelling the directory's stored value does not share is not counted as breaking the constraint
     */
    public List<String> violations(Map<String, List<String>> stated, List<String> forbidden, List<String> returned,
            List<String> labelled) {
        List<String> violations = new ArrayList<>();
        Map<String, Partner> found = new LinkedHashMap<>();
        partners.findAll(returned).forEach(p -> found.put(p.id(), p));
        Map<Facet, Set<String>> constraints = new EnumMap<>(Facet.class);
        stated.forEach((key, values) -> Facet.byFilterKey(key).ifPresent(f -> constraints.put(f, Set.copyOf(values))));
        for (String id : returned) {
            Partner p = found.get(id);
            if (p == null) {
                violations.add(id + " is not in the directory");
                continue;
            }
            if (!p.active()) {
                violations.add(id + " is inactive");
            }
            if (forbidden.contains(id)) {
                violations.add(id + " is forbidden");
            }
            constraints.forEach((facet, wanted) -> {
                if (labelled.contains(id)) {
                    return;
                }
                if (facet == Facet.CASE_STUDY_INDUSTRY ? !partners.matching(Map.of(facet, wanted), true, vocabulary)
                        .contains(id) : !vocabulary.meets(p, facet, wanted)) {
                    violations.add(id + " breaks " + facet.filterKey() + " " + wanted);
                }
            });
        }
        return violations;
    }

    static Map<String, Double> metrics(int k, List<CaseResult> results) {
        List<CaseResult> ranked = results.stream().filter(r -> !Double.isNaN(r.recall())).toList();
        List<CaseResult> noMatch = results.stream().filter(r -> Double.isNaN(r.recall())).toList();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("recall@" + k, ranked.stream().mapToDouble(CaseResult::recall).average().orElse(1));
        metrics.put("mrr", ranked.stream().mapToDouble(CaseResult::reciprocalRank).average().orElse(1));
        metrics.put("ndcg@" + k, ranked.stream().mapToDouble(CaseResult::ndcg).average().orElse(1));
        metrics.put("noMatchAccuracy", noMatch.stream().mapToDouble(r -> r.passed() ? 1 : 0).average().orElse(1));
        metrics.put("constraintViolations", (double) results.stream().mapToInt(r -> r.violations().size()).sum());
        metrics.put("passRate", results.stream().mapToDouble(r -> r.passed() ? 1 : 0).average().orElse(1));
        return metrics;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
