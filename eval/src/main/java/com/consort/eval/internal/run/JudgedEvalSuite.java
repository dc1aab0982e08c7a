package com.consort.eval.internal.run;

import com.consort.eval.Assertion;
import com.consort.eval.CaseResult;
import com.consort.eval.Judge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the suites whose cases an LLM judge may also score (assistant, content) have in common: their
 * cases by id, the notices of what a run could not do, the judge's assertions and their metrics.
 */
public abstract class JudgedEvalSuite<C extends JudgedEvalSuite.JudgedCase> implements EvalSuite {

    /** A case with the judge criteria it asks for and the score each must reach. */
    public interface JudgedCase {
        String id();

        List<String> judge();

        double judgeThreshold();
    }

    protected final String name;
    protected final Map<String, C> cases;
    protected final Judge judge;
    private final String kind;
    private final String description;
    private final String absentTarget;

    /** {@code absentTarget}: what this build lacks to run the cases ("assistant"), or null when it is there. */
    protected JudgedEvalSuite(String name, String kind, String description, List<C> cases, Judge judge, String absentTarget) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.cases = cases.stream().collect(Collectors.toMap(JudgedCase::id, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("Suite " + name + " has case " + a.id() + " twice");
        }, LinkedHashMap::new));
        this.judge = judge;
        this.absentTarget = absentTarget;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> caseIds() {
        return List.copyOf(cases.keySet());
    }

    @Override
    public List<String> notices() {
        List<String> notices = new ArrayList<>();
        if (absentTarget != null) {
            notices.add("Suite " + name + ": no " + absentTarget + " is available in this build, so every case was SKIPPED.");
        }
        if (judge == null && cases.values().stream().anyMatch(c -> !c.judge().isEmpty())) {
            notices.add(Judge.skippedNotice(name));
        }
        return notices;
    }

    /** One assertion per criterion of the case: the judge's score against its threshold, or skipped without a judge. */
    protected void judge(C c, String task, String answer, String context, List<Assertion> assertions, Map<String, Double> scores) {
        for (String criterion : c.judge()) {
            if (judge == null) {
                assertions.add(Assertion.skipped("judge." + criterion, "no judge model configured"));
                continue;
            }
            Judge.Verdict verdict = judge.judge(criterion, task, answer, context);
            scores.put("judge." + criterion, verdict.score());
            assertions.add(Assertion.check("judge." + criterion, verdict.score() >= c.judgeThreshold(),
                    String.format(Locale.ROOT, "%s %.2f < %.2f: %s", criterion, verdict.score(), c.judgeThreshold(), verdict.reason())));
        }
    }

    /** The average score per judge criterion, for the criteria some result was scored on. */
    protected static void judgeMetrics(List<CaseResult> results, Map<String, Double> metrics) {
        for (String criterion : Judge.CRITERIA.stream().sorted().toList()) {
            double avg = Metrics.average(results, "judge." + criterion);
            if (!Double.isNaN(avg)) {
                metrics.put("judge." + criterion, avg);
            }
        }
    }
}
