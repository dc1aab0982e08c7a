package com.consort.server.eval;

import com.consort.server.web.WebPage;
import org.springframework.web.bind.annotation.GetMapping;

/** The evaluator's page: suites, runs with progress, metric history and reports, all through /api/eval/**. */
@WebPage
class EvalPage {

    @GetMapping("/eval")
    String page() {
        return "eval/eval";
    }
}
