package com.consort.eval.internal.run;

import com.consort.eval.CaseResult;
import java.util.List;
import java.util.Map;

/** A loaded suite bound to the system under test. {@link #run} is called from several threads at once. */
public interface EvalSuite {

    String name();

    /** retrieval, assistant or content. */
    String kind();

    String description();

    List<String> caseIds();

    CaseResult run(String caseId);

    /** The suite's metrics over the given results (all cases of a full run, or a re-run's subset). */
    Map<String, Double> metrics(List<CaseResult> results);

    /** Things every report of a run with this suite must say (for example skipped judge assertions). */
    default List<String> notices() {
        return List.of();
    }
}
