package com.consort.knowledge.search;

/** Which signals rank chunks: measured against each other in docs/retrieval.md. */
public enum RetrievalMode {
    DENSE, KEYWORD, HYBRID
}
