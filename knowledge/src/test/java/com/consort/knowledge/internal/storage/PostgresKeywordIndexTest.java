package com.consort.knowledge.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.Scope;
import com.consort.knowledge.testing.TestStorage;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keyword search on a real PostgreSQL whose statistics are analysed: a term in many chunks ranks but
 * selects none while the question has a rarer term, and alone it still finds its chunks.
 */
class PostgresKeywordIndexTest {

    static DataSource database;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void corpus() {
        database = TestStorage.postgres();
        jdbc = new JdbcTemplate(database);
        jdbc.update("DELETE FROM document");
        jdbc.update("""
                INSERT INTO document (id, kind, title, content_hash, size_bytes, status, chunk_count, created_at, updated_at)
                VALUES ('d1', 'case_study', 'Stories', repeat('0', 64), 0, 'indexed', 0, now(), now())""");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // "customer" in a tenth of the chunks: common enough not to select, rare enough to weigh (BM25's IDF)
            rows.add(new Object[] {"filler-" + i, "Orbitly helps " + (i % 10 == 0 ? "customer" : "the") + " team " + i
                    + " plan their work."});
        }
        rows.add(new Object[] {"customer-only", "Orbitly customer customer customer customer customer."});
        rows.add(new Object[] {"brewery", "A brewery customer runs its changeovers on Orbitly."});
        rows.add(new Object[] {"brewery-no-customer", "A brewery cut its changeovers by a third."});
        rows.add(new Object[] {"quoted", "O'Brien's back\\slash brewery notes."});
        jdbc.batchUpdate("INSERT INTO chunk (id, document_id, partner_id, ordinal, text, kind) VALUES (?, 'd1', 'p1', 0, ?, 'case_study')",
                rows);
        new PgKeywordIndex(jdbc).refreshStatistics(); // ANALYZE, as a bulk import ends
    }

    PgKeywordIndex index = new PgKeywordIndex(jdbc);

    List<String> search(String query) {
        return index.search(query, 10, Scope.ALL).stream().map(KeywordIndex.KeywordMatch::chunkId).toList();
    }

    @Test
    void aCommonTermRanksButSelectsNothingWhileARarerOneIsAsked() {
        List<String> found = search("Which customer brewery?");

        assertThat(found).startsWith("brewery").contains("brewery-no-customer", "quoted").doesNotContain("customer-only")
                .noneMatch(id -> id.startsWith("filler-"));
    }

    @Test
    void aQuestionOfCommonTermsOnlyStillFindsTheirChunks() {
        List<String> found = search("customer");

        assertThat(found).hasSize(10).startsWith("customer-only");
    }

    @Test
    void aBoundedPoolThatHoldsEveryMatchRanksAsExactBm25() {
        // 44 chunks hold "customer" or "brewery", against an exact pool of 10: the tiers take them all
        var bounded = new PgKeywordIndex(jdbc, 1.0, 10);
        var exact = new PgKeywordIndex(jdbc, 1.0, Integer.MAX_VALUE);
        Scope stories = Scope.kinds(List.of("case_study"));

        assertThat(bounded.search("Which customer brewery?", 50, stories)).isEqualTo(exact.search("Which customer brewery?", 50, stories))
                .hasSize(44).first().extracting(KeywordIndex.KeywordMatch::chunkId).isEqualTo("brewery");
        assertThat(bounded.search("customer brewery", 5, Scope.kinds(List.of("partner_profile")))).isEmpty();
    }

    @Test
    void aSearchWithinAFewPartnersScoresEachOfTheirChunksWithASelectingTerm() {
        // the partners' chunks are read by partner and all scored, past the exact pool too: the exact ranking, in scope
        var bounded = new PgKeywordIndex(jdbc, 1.0, 10);
        var exact = new PgKeywordIndex(jdbc, 1.0, Integer.MAX_VALUE);
        Scope partner = Scope.kinds(List.of("case_study")).withPartners(List.of("p1", "p9"));

        assertThat(bounded.search("Which customer brewery?", 50, partner)).isEqualTo(exact.search("Which customer brewery?", 50, Scope.ALL))
                .hasSize(44).first().extracting(KeywordIndex.KeywordMatch::chunkId).isEqualTo("brewery");
        assertThat(index.search("Which customer brewery?", 3, partner)).extracting(KeywordIndex.KeywordMatch::chunkId)
                .isEqualTo(search("Which customer brewery?").subList(0, 3));
        assertThat(bounded.search("customer brewery", 5, Scope.ALL.withPartners(List.of("p9")))).isEmpty();
        assertThat(bounded.search("customer brewery", 5, Scope.kinds(List.of("partner_profile")).withPartners(List.of("p1")))).isEmpty();
    }

    @Test
    void eachChunkScoresTheBm25OfEveryQuestionTermItHoldsCountedFromItsWholeTsvector() {
        // the question's words three stop words apart, so no pair is a phrase: the score is the terms' sum alone
        String question = "customer and of the brewery and of the changeovers";
        List<KeywordIndex.KeywordMatch> found = new PgKeywordIndex(jdbc, 1.0).search(question, 50, Scope.ALL);
        long chunks = jdbc.queryForObject("SELECT chunks FROM chunk_corpus", Long.class);
        // the mean length exactly (the scores are computed in Java since 2026-12-07; SQL had it as a 6-decimal literal)
        double average = jdbc.queryForObject("SELECT total_length::float8 / chunks FROM chunk_corpus", Double.class);
        java.util.Map<String, Long> df = new java.util.HashMap<>();
        jdbc.query("SELECT term, chunks FROM chunk_term WHERE term IN ('custom', 'breweri', 'changeov')",
                rs -> {
                    df.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(df).containsOnlyKeys("custom", "breweri", "changeov");

        assertThat(found).hasSize(44).first().extracting(KeywordIndex.KeywordMatch::chunkId).isEqualTo("brewery");
        for (KeywordIndex.KeywordMatch match : found) {
            double expected = 0;
            double length = jdbc.queryForObject("SELECT length(tsv) FROM chunk WHERE id = ?", Double.class, match.chunkId());
            for (var term : jdbc.queryForList("SELECT u.lexeme, cardinality(u.positions) AS tf FROM chunk c, unnest(c.tsv) u "
                    + "WHERE c.id = ?", match.chunkId())) {
                Long withTerm = df.get((String) term.get("lexeme"));
                if (withTerm != null) {
                    expected += Bm25.idf(chunks, withTerm) * Bm25.tf(((Number) term.get("tf")).doubleValue(), length, average);
                }
            }
            assertThat(match.score()).as(match.chunkId()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        }
        // "customer" five times counts five times, saturated: more than once, less than five times once
        double once = found.stream().filter(m -> m.chunkId().equals("filler-0")).findFirst().orElseThrow().score();
        double five = found.stream().filter(m -> m.chunkId().equals("customer-only")).findFirst().orElseThrow().score();
        assertThat(five).isGreaterThan(once).isLessThan(5 * once);
    }

    @Test
    void quotesAndBackslashesAreTermsNotSyntax() {
        assertThat(search("O'Brien's back\\slash")).containsExactly("quoted");
        assertThat(search("the and of")).isEmpty();
    }
}
