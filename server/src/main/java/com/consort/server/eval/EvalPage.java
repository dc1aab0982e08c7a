package com.consort.server.eval;

import com.consort.server.web.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluator's pages, all reading /api/eval/**: suites, runs with progress and metric history
 * ({@code /eval}); one run's report ({@code /eval/runs/{id}}); two runs side by side ({@code /eval/compare}).
 */
@WebPage
class EvalPage {

    private final EvalRuns runs;
    private final RunViews views;

    EvalPage(EvalRuns runs, RunViews views) {
        this.runs = runs;
        this.views = views;
    }

    @GetMapping("/eval")
    String page(Model model) {
        // offer only the modes this server can run
        model.addAttribute("llmAvailable", runs.llmAvailable());
        return "eval/eval";
    }

    @GetMapping("/eval/runs/{id}")
    String run(@PathVariable String id, Model model) {
        RunViews.RunView run = views.summary(id); // 404 page for an unknown run
        model.addAttribute("run", java.util.Map.of("id", run.id(), "suites", String.join(", ", run.suites()),
                "startedByName", run.startedByName(), "partial", run.partial(), "mode", run.mode()));
        return "eval/run";
    }

    @GetMapping("/eval/compare")
    String compare(@RequestParam(required = false) String base, @RequestParam(required = false) String head, Model model) {
        model.addAttribute("base", base == null ? "" : base);
        model.addAttribute("head", head == null ? "" : head);
        return "eval/compare";
    }
}
