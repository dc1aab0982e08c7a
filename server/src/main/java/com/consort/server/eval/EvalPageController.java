package com.consort.server.eval;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The evaluator's page: suites, runs with progress, metric history and reports, all through /api/eval/**. */
@Controller
class EvalPageController {

    @GetMapping("/eval")
    String page() {
        return "eval";
    }
}
