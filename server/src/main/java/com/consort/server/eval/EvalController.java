package com.consort.server.eval;

import com.consort.eval.report.HtmlReport;
import com.consort.knowledge.RetrievalMode;
import com.consort.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Eval suites and runs for EVALUATORs (and admins): list, start, follow progress, read reports and history. */
@RestController
@Tag(name = "Eval", description = "Prompt-regression suites: runs, progress, reports and metric history (EVALUATOR, ADMIN)")
class EvalController {

    record SuiteView(String name, String kind, String description, int cases) {
    }

    record StartRequest(List<String> suites, String mode, String retrieval, Boolean onlyFailed) {
    }

    record Started(String id) {
    }

    private final EvalRuns runs;
    private final RunViews views;

    EvalController(EvalRuns runs, RunViews views) {
        this.runs = runs;
        this.views = views;
    }

    @GetMapping("/api/eval/suites")
    @Operation(summary = "The suites this server can run")
    List<SuiteView> suites() {
        return runs.catalog().all().stream().map(f -> new SuiteView(f.name(), f.kind(), f.description(), f.cases())).toList();
    }

    @PostMapping("/api/eval/runs")
    @Operation(summary = "Start a run in the background; poll GET /api/eval/runs/{id} for progress",
            description = "mode offline (default) or llm (needs a configured model; then LLM-as-judge assertions run too); "
                    + "retrieval hybrid (default), dense or keyword; onlyFailed re-runs the failures of the last run. "
                    + "Full runs are compared with the configured baseline. One run at a time: while one is in progress "
                    + "a start is refused with 409, whose runId names the run in progress.")
    ResponseEntity<Started> start(@RequestBody(required = false) StartRequest body, Authentication authentication) {
        StartRequest r = body == null ? new StartRequest(List.of(), null, null, false) : body;
        RetrievalMode retrieval;
        try {
            retrieval = r.retrieval() == null ? RetrievalMode.HYBRID : RetrievalMode.valueOf(r.retrieval().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("retrieval must be hybrid, dense or keyword");
        }
        var request = runs.withDefaultBaseline(new EvalRuns.Request(r.suites() == null ? List.of() : r.suites(),
                r.mode() == null ? "offline" : r.mode(), retrieval, Boolean.TRUE.equals(r.onlyFailed()), null, null, null,
                Caller.from(authentication).subject()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Started(runs.start(request)));
    }

    @ExceptionHandler(EvalRuns.RunInProgressException.class)
    ProblemDetail inProgress(EvalRuns.RunInProgressException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("runId", e.runningId());
        return problem;
    }

    @GetMapping("/api/eval/runs")
    @Operation(summary = "Recent runs, newest first, with progress and outcome",
            description = "startedBy is the subject (user:<id>, key:<id>, cli), startedByName the name a person reads.")
    List<RunViews.RunView> list(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        return views.list(limit);
    }

    @GetMapping("/api/eval/runs/{id}")
    @Operation(summary = "One run: progress while running, outcome when finished")
    RunViews.RunView get(@PathVariable String id) {
        return views.summary(id);
    }

    @GetMapping("/api/eval/runs/{id}/result")
    @Operation(summary = "The report of a finished run as data",
            description = "Per suite: metrics with their baseline, tolerance and change (null values where a metric had no "
                    + "case to measure), and every case, failed ones first, with its assertions and, for cases about "
                    + "partners, the partners expected and got with their directory names (name null: not in the "
                    + "directory). 404 until the run has finished.")
    RunViews.ReportView result(@PathVariable String id) {
        return views.report(id);
    }

    @GetMapping(path = "/api/eval/runs/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The self-contained HTML report of a finished run",
            description = "One file with inline styles and charts, no script: to download, attach or archive.")
    ResponseEntity<String> report(@PathVariable String id) {
        String html = views.html(id);
        // the report is data about answers: no script may run in it, even if an answer smuggled one in
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:").body(html);
    }

    @GetMapping("/api/eval/compare")
    @Operation(summary = "Two finished runs side by side",
            description = "Every metric of both runs with head minus base and its direction (better, worse, same; new or "
                    + "gone when one run lacks it; counts of bad things are better lower), and the cases whose outcome "
                    + "changed: broken (now failed), fixed, changed, added, removed. Cases are matched by suite and id.")
    RunViews.ComparisonView compare(@RequestParam String base, @RequestParam String head) {
        return views.compare(base, head);
    }

    @GetMapping("/api/eval/history")
    @Operation(summary = "Each metric of a suite over its last complete runs, oldest first")
    Map<String, List<HtmlReport.Point>> history(@RequestParam String suite, @RequestParam(defaultValue = "30") int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200");
        }
        return runs.store().history(suite, limit);
    }
}
