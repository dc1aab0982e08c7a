/**
 * The eval module's door: regression suites that check partner search, the assistant and the content studio
 * against the directory, run by the CLI ({@code --eval}), the evaluator's pages and CI. {@link
 * com.consort.eval.SuiteCatalog} finds the {@link com.consort.eval.SuiteFile}s; an {@link com.consort.eval.EvalRunner}
 * (from its {@code Factory}, a bean) binds them to the {@link com.consort.eval.Targets} (partner search and the ports the server adapts: {@link
 * com.consort.eval.AssistantUnderTest}, {@link com.consort.eval.ContentUnderTest}, the optional {@link
 * com.consort.eval.Judge}) and runs them into a {@link com.consort.eval.RunResult} of {@link
 * com.consort.eval.SuiteResult}s, {@link com.consort.eval.CaseResult}s and {@link com.consort.eval.Assertion}s;
 * {@link com.consort.eval.Baseline} gates it, {@link com.consort.eval.RunComparison} sets two runs side by side,
 * {@link com.consort.eval.EvalRunStore} keeps runs and their metric history and {@link com.consort.eval.Reports}
 * (a bean) renders them (console, HTML, JSON, JUnit XML). Everything else, the module's Spring wiring included, is in
 * {@code internal}.
 */
package com.consort.eval;
