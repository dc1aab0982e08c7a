/**
 * Behind the eval module's door: its wiring ({@code EvalModuleConfiguration}, {@code SuiteBinder}, here), one package
 * per kind of suite (retrieval, assistant, content), what they
 * share ({@code run}: the suite interface, the judged cases, the common metrics, the suite-file helpers) and
 * the report renderers ({@code report}). No other module may use these types; no cycle runs between these
 * packages (ModuleBoundariesTest).
 */
package com.consort.eval.internal;
