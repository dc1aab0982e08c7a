package com.consort.knowledge.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.Scope;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keyword ranking both storage set-ups must share (BM25 with the corpus's own document frequencies,
 * phrases, folded accents); each set-up runs it against a real database. Chunks are written to the
 * chunk table and announced to the index as the ingestor does.
 */
abstract class KeywordIndexContract {

    protected JdbcTemplate jdbc;
    protected KeywordIndex index;

    protected abstract DataSource dataSource();

    protected abstract KeywordIndex newIndex(JdbcTemplate jdbc);

    @BeforeEach
    void emptyCorpus() {
        jdbc = new JdbcTemplate(dataSource());
        jdbc.update("DELETE FROM document");
        index = newIndex(jdbc);
    }

    /** Writes one document's chunks and tells the index, then refreshes its statistics as a bulk import ends. */
    void add(String documentId, List<String> texts) {
        jdbc.update("INSERT INTO document (id, kind, title, content_hash, size_bytes, status, chunk_count, created_at, updated_at) "
                + "VALUES (?, 'profile', ?, ?, 0, 'INDEXED', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", documentId, documentId,
                String.format("%64s", documentId).replace(' ', '0'), texts.size());
        List<KeywordIndex.IndexedChunk> chunks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = documentId + ":" + i;
            jdbc.update("INSERT INTO chunk (id, document_id, kind, partner_id, ordinal, text) VALUES (?, ?, 'profile', ?, ?, ?)",
                    id, documentId, documentId, i, texts.get(i));
            chunks.add(new KeywordIndex.IndexedChunk(id, documentId, "profile", documentId, texts.get(i)));
        }
        index.added(chunks);
        index.refreshStatistics();
    }

    void remove(String documentId) {
        jdbc.update("DELETE FROM document WHERE id = ?", documentId);
        index.removedDocument(documentId);
        index.refreshStatistics();
    }

    List<String> search(String query) {
        return index.search(query, 10, Scope.ALL).stream().map(KeywordIndex.KeywordMatch::documentId).toList();
    }

    static List<String> times(int n, String text) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(text + " Entry " + i + ".");
        }
        return texts;
    }

    @Test
    void aRareTermOfTheQuestionRanksThePassageThatHasItFirst() {
        add("common", times(60, "We deliver Kubernetes consulting and training for enterprises moving to cloud native."));
        add("repeats", List.of("Kubernetes consulting, Kubernetes training, Kubernetes support: Kubernetes consulting for you."));
        add("rare", List.of("We deliver Kubernetes consulting and Kubeflow pipelines for data science teams."));

        assertThat(search("Kubernetes consulting with Kubeflow experience")).first().isEqualTo("rare");
    }

    @Test
    void aPhraseBeatsTheSameWordsScattered() {
        add("filler", times(30, "Partners across the region help customers plan their work."));
        add("scattered", List.of("Our mesh of partners offers a managed service to banks in Europe."));
        add("phrase", List.of("Our partners offer a managed service mesh to banks in Europe."));

        assertThat(search("who runs a service mesh for a bank")).first().isEqualTo("phrase");
    }

    @Test
    void aPhraseMayHaveStopWordsInside() {
        add("filler", times(30, "Partners across the region help customers plan their work."));
        add("scattered", List.of("In America, the largest bank we serve moved to Kubernetes."));
        add("phrase", List.of("We moved the Bank of America platform to Kubernetes last year."));

        assertThat(search("partners who worked for Bank of America")).first().isEqualTo("phrase");
    }

    @Test
    void documentFrequenciesComeFromTheCorpusAndFollowIt() {
        add("brewery", List.of("Brewery logistics on Kubernetes."));
        add("airline", List.of("Airline logistics on Kubernetes."));
        add("many-airlines", times(40, "An airline customer story about crews."));
        assertThat(search("brewery airline logistics")).first().isEqualTo("brewery");

        remove("many-airlines");
        add("many-breweries", times(40, "A brewery customer story about kegs."));
        assertThat(search("brewery airline logistics")).first().isEqualTo("airline");
    }

    @Test
    void accentsAreFoldedAndOtherLanguagesStillMatchWordForWord() {
        add("filler", times(20, "Customers modernise with Kubernetes."));
        add("montreal", List.of("La Ville de Montréal modernise ses systèmes."));
        add("munich", List.of("Die Stadtwerke München betreiben ihre Plattform selbst."));

        assertThat(search("city of Montreal")).first().isEqualTo("montreal");
        assertThat(search("Stadtwerke Munchen")).first().isEqualTo("munich");
    }
}
