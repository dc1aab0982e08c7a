package com.consort.knowledge.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.TestStorage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The BM25 statistics PostgreSQL keeps for keyword search (chunk_corpus, chunk_term) stay equal to what
 * counting the chunk table gives, as chunks are inserted, updated and deleted (also through a document's
 * cascade), and keyword scores use them.
 */
class PostgresTermStatisticsTest {

    static final DataSource DATABASE = TestStorage.postgres();
    final JdbcTemplate jdbc = new JdbcTemplate(DATABASE);

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM document");
        document("d1");
        document("d2");
    }

    @Test
    void insertsAreCounted() {
        insert("d1", "c1", "A brewery in Montréal moved its planning to the cloud.");
        insert("d1", "c2", "The brewery cut changeovers by a third.");
        insert("d2", "c3", "Cloud migration for a regional bank.");

        assertThat(kept()).isEqualTo(counted());
        assertThat(kept().get("breweri")).isEqualTo(2L);
        assertThat(kept().get("montreal")).isEqualTo(1L);
        assertThat(corpus()).containsExactly(3L, length());
    }

    @Test
    void updatesMoveTermsAndLength() {
        insert("d1", "c1", "A brewery in Montréal moved its planning to the cloud.");
        insert("d2", "c2", "Cloud migration for a regional bank.");

        jdbc.update("UPDATE chunk SET text = 'A bank in Lyon, and its brewery, and its bakery.' WHERE id = 'c2'");
        jdbc.update("UPDATE chunk SET ordinal = 3"); // no text changed: nothing moves

        assertThat(kept()).isEqualTo(counted()).containsEntry("breweri", 2L).containsEntry("cloud", 1L)
                .doesNotContainKey("migrat");
        assertThat(corpus()).containsExactly(2L, length());
    }

    @Test
    void deletesAndCascadesUncount() {
        insert("d1", "c1", "A brewery in Montréal moved its planning to the cloud.");
        insert("d1", "c2", "The brewery cut changeovers by a third.");
        insert("d2", "c3", "Cloud migration for a regional bank.");

        jdbc.update("DELETE FROM chunk WHERE id = 'c2'");
        assertThat(kept()).isEqualTo(counted()).containsEntry("breweri", 1L).doesNotContainKey("changeov");

        jdbc.update("DELETE FROM document WHERE id = 'd1'"); // its chunks go by ON DELETE CASCADE
        assertThat(kept()).isEqualTo(counted()).doesNotContainKey("breweri").containsEntry("cloud", 1L);
        assertThat(corpus()).containsExactly(1L, length());

        jdbc.update("DELETE FROM document");
        assertThat(kept()).isEmpty();
        assertThat(corpus()).containsExactly(0L, 0L);
    }

    @Test
    void everyWriteOfChunksChangesTheMarkCachesCompare() {
        var documents = new com.consort.knowledge.DocumentRepository(jdbc);
        List<String> marks = new java.util.ArrayList<>(List.of(documents.chunkChangeMark()));
        insert("d1", "c1", "A brewery in Montréal moved its planning to the cloud.");
        marks.add(documents.chunkChangeMark());
        jdbc.update("UPDATE chunk SET text = 'A bank in Lyon.' WHERE id = 'c1'");
        marks.add(documents.chunkChangeMark());
        jdbc.update("UPDATE chunk SET kind = 'partner_profile' WHERE id = 'c1'"); // no term moves, the kind does
        marks.add(documents.chunkChangeMark());
        assertThat(documents.chunkChangeMark()).isEqualTo(marks.get(marks.size() - 1)); // reading changes nothing
        jdbc.update("DELETE FROM chunk WHERE id = 'c1'");
        marks.add(documents.chunkChangeMark());
        insert("d2", "c2", "Cloud migration for a regional bank.");
        jdbc.execute("TRUNCATE chunk");
        marks.add(documents.chunkChangeMark());

        assertThat(marks).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void scoresUseTheKeptStatistics() {
        insert("d1", "c1", "A brewery in Montréal moved its planning to the cloud.");
        insert("d2", "c2", "Cloud migration for a regional bank.");
        jdbc.update("UPDATE chunk_term SET chunks = 2 WHERE term = 'breweri'"); // as if a second chunk had it

        double score;
        try {
            score = new PgKeywordIndex(jdbc).search("brewery", 5, com.consort.knowledge.Scope.ALL).get(0).score();
        } finally {
            jdbc.update("UPDATE chunk_term SET chunks = 1 WHERE term = 'breweri'");
        }

        double averageLength = (double) length() / 2;
        double expected = Bm25.idf(2, 2) * Bm25.tf(1, jdbc.queryForObject(
                "SELECT length(tsv) FROM chunk WHERE id = 'c1'", Integer.class), averageLength);
        assertThat(score).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
    }

    private void document(String id) {
        jdbc.update("""
                INSERT INTO document (id, kind, title, content_hash, size_bytes, status, chunk_count, created_at, updated_at)
                VALUES (?, 'case_study', 'Stories', ?, 0, 'indexed', 0, now(), now())""", id, id.repeat(32));
    }

    private void insert(String document, String id, String text) {
        jdbc.update("INSERT INTO chunk (id, document_id, ordinal, text, kind) VALUES (?, ?, 0, ?, 'case_study')", id, document, text);
    }

    private Map<String, Long> kept() {
        Map<String, Long> terms = new TreeMap<>();
        jdbc.query("SELECT term, chunks FROM chunk_term", rs -> {
            terms.put(rs.getString(1), rs.getLong(2));
        });
        return terms;
    }

    private Map<String, Long> counted() {
        Map<String, Long> terms = new TreeMap<>();
        jdbc.query("SELECT u.lexeme, count(*) FROM chunk c, unnest(c.tsv) u GROUP BY u.lexeme", rs -> {
            terms.put(rs.getString(1), rs.getLong(2));
        });
        return terms;
    }

    private List<Long> corpus() {
        return jdbc.queryForObject("SELECT chunks, total_length FROM chunk_corpus", (rs, n) -> List.of(rs.getLong(1), rs.getLong(2)));
    }

    private long length() {
        return jdbc.queryForObject("SELECT coalesce(sum(length(tsv)), 0) FROM chunk", Long.class);
    }
}
