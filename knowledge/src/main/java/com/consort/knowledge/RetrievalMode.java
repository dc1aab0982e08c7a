package com.consort.knowledge;

/** Which signals rank chunks: measured against each other in docs/retrieval.md. */
public enum RetrievalMode {
    DENSE, KEYWORD, HYBRID
}
