package com.consort.knowledge.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Bm25Test {

    @Test
    void aRarerTermWeighsMore() {
        assertThat(Bm25.idf(1000, 1)).isGreaterThan(Bm25.idf(1000, 500)).isGreaterThan(Bm25.idf(1000, 1000));
    }

    @Test
    void aChunkCountReadBeforeTheLatestWritesNeverMakesATermWeighLessThanNothing() {
        // PostgreSQL's cached chunk count (3) is older than a term's fresh count (12): DatabaseOutageTest met it
        assertThat(Bm25.idf(3, 12)).isPositive();
        assertThat(Bm25.idf(3, 12)).isEqualTo(Bm25.idf(12, 12));
    }
}
