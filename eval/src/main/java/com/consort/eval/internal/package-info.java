/**
 * Behind the eval module's door: one package per kind of suite (retrieval, assistant, content), what they
 * share ({@code run}: the suite interface, the judged cases, the common metrics, the suite-file helpers) and
 * the report renderers ({@code report}). No other module may use these types; no cycle runs between these
 * packages (ModuleBoundariesTest).
 */
package com.consort.eval.internal;
