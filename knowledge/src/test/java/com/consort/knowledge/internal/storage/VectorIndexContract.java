package com.consort.knowledge.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.ChunkVector;
import com.consort.knowledge.Scope;
import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.VectorMatch;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The behaviour both storage set-ups must share; each set-up runs it against a real database. */
abstract class VectorIndexContract {

    protected DataSource dataSource;
    protected VectorIndex index;

    protected abstract DataSource dataSource();

    protected abstract VectorIndex newIndex(DataSource dataSource);

    @BeforeEach
    void setUp() {
        dataSource = dataSource();
        new JdbcTemplate(dataSource).update("DELETE FROM chunk_vector");
        index = newIndex(dataSource);
    }

    /** A unit vector along one axis, plus a little of a second axis to make neighbours. */
    static float[] axis(int main, int side, float sideWeight) {
        float[] v = new float[VectorIndex.DIMENSIONS];
        v[main] = 1f;
        v[side] += sideWeight;
        return v;
    }

    @Test
    void returnsNearestChunksBestFirstWithCosineSimilarity() {
        index.upsert(List.of(
                new ChunkVector("c1", "d1", "case_study", "p1", axis(0, 1, 0.1f)),
                new ChunkVector("c2", "d1", "case_study", "p1", axis(1, 0, 0.1f)),
                new ChunkVector("c3", "d2", "case_study", "p2", axis(0, 2, 0.5f))));

        List<VectorMatch> matches = index.nearest(axis(0, 0, 0f), 2, Scope.ALL);

        assertThat(matches).extracting(VectorMatch::chunkId).containsExactly("c1", "c3");
        assertThat(matches.get(0).similarity()).isCloseTo(1 / Math.sqrt(1.01), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(matches.get(0).documentId()).isEqualTo("d1");
        assertThat(matches.get(0).partnerId()).isEqualTo("p1");
    }

    @Test
    void partnerFilterStillFillsTheLimitWhenTheBestMatchesBelongToOthers() {
        // many near neighbours of another partner ahead of the few chunks that pass the filter
        for (int i = 0; i < 300; i++) {
            index.upsert(List.of(new ChunkVector("other-" + i, "d-other", "case_study", "p-other", axis(0, 3 + i % 50, 0.01f * (i % 7)))));
        }
        index.upsert(List.of(
                new ChunkVector("mine-1", "d-mine", "case_study", "p-mine", axis(5, 0, 0.2f)),
                new ChunkVector("mine-2", "d-mine", "case_study", "p-mine", axis(6, 0, 0.1f)),
                new ChunkVector("theirs", "d-x", "case_study", "p-x", axis(7, 0, 0.9f))));

        List<VectorMatch> matches = index.nearest(axis(0, 0, 0f), 2, Scope.partners(Set.of("p-mine")));

        assertThat(matches).extracting(VectorMatch::chunkId).containsExactly("mine-1", "mine-2");
        assertThat(index.nearest(axis(0, 0, 0f), 5, Scope.partners(Set.of()))).isEmpty();
    }

    @Test
    void kindScopeRestrictsToThoseDocumentKinds() {
        index.upsert(List.of(
                new ChunkVector("story", "d1", "case_study", "p1", axis(0, 1, 0.1f)),
                new ChunkVector("policy", "d2", "program_doc", null, axis(0, 1, 0.5f)),
                new ChunkVector("profile", "d3", "profile", "p1", axis(0, 1, 0.9f))));

        assertThat(index.nearest(axis(0, 0, 0f), 5, Scope.kinds(List.of("program_doc"))))
                .extracting(VectorMatch::chunkId).containsExactly("policy");
        assertThat(index.nearest(axis(0, 0, 0f), 5, Scope.kinds(List.of("case_study", "profile")).withPartners(List.of("p1"))))
                .extracting(VectorMatch::chunkId).containsExactly("story", "profile");
    }

    @Test
    void upsertReplacesAChunkAndRemoveDocumentDropsAllItsChunks() {
        index.upsert(List.of(
                new ChunkVector("c1", "d1", "case_study", "p1", axis(0, 1, 0f)),
                new ChunkVector("c2", "d1", "case_study", "p1", axis(1, 0, 0f)),
                new ChunkVector("c3", "d2", "case_study", null, axis(2, 0, 0f))));
        index.upsert(List.of(new ChunkVector("c1", "d1", "case_study", "p1", axis(2, 0, 0f))));

        assertThat(index.size()).isEqualTo(3);
        assertThat(index.nearest(axis(2, 0, 0f), 2, Scope.ALL)).extracting(VectorMatch::chunkId)
                .containsExactlyInAnyOrder("c1", "c3");

        assertThat(index.removeDocument("d1")).isEqualTo(2);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.nearest(axis(0, 0, 0f), 10, Scope.ALL)).extracting(VectorMatch::chunkId).containsExactly("c3");
    }

    @Test
    void survivesARestartBecauseTheDatabaseIsTheSourceOfTruth() {
        index.upsert(List.of(new ChunkVector("c1", "d1", "case_study", "p1", axis(3, 0, 0f))));

        VectorIndex reopened = newIndex(dataSource);

        assertThat(reopened.size()).isEqualTo(1);
        assertThat(reopened.nearest(axis(3, 0, 0f), 1, Scope.ALL)).extracting(VectorMatch::chunkId).containsExactly("c1");
    }

    @Test
    void rejectsVectorsOfTheWrongDimension() {
        assertThatThrownBy(() -> index.upsert(List.of(new ChunkVector("c", "d", "case_study", "p", new float[3]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("384");
        assertThatThrownBy(() -> index.nearest(new float[10], 1, Scope.ALL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isZero();
    }
}
