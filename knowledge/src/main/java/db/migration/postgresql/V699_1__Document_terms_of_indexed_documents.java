package db.migration.postgresql;

import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.DocumentKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V699's {@code document_terms} for the profiles and stories indexed before it: the terms are Java's
 * ({@link CorpusTerms#keys}), so SQL alone cannot. Documents are read a few hundred at a time, in id order, each with
 * its chunks, so no more than that is held at once whatever the corpus's size.
 */
public class V699_1__Document_terms_of_indexed_documents extends BaseJavaMigration {

    private static final int DOCUMENTS_PER_BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // the stories holding each term are counted once at the end: the trigger's per-row count updated a common term's
        // row once per story, in one transaction a chain of 110,000 versions to walk (minutes at 1,000,000 chunks)
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE document_terms DISABLE TRIGGER story_terms_counted");
        }
        fill(connection);
        try (var statement = connection.createStatement()) {
            statement.execute("DELETE FROM story_term");
            statement.execute("INSERT INTO story_term (term, stories) SELECT t, count(*) FROM document_terms d, unnest(d.terms) AS t "
                    + "WHERE d.kind = '" + DocumentKind.CASE_STUDY.code() + "' GROUP BY t");
            statement.execute("UPDATE story_corpus SET stories = (SELECT count(*) FROM document_terms WHERE kind = '"
                    + DocumentKind.CASE_STUDY.code() + "')");
            statement.execute("ALTER TABLE document_terms ENABLE TRIGGER story_terms_counted");
        }
    }

    private static void fill(Connection connection) throws SQLException {
        String after = "";
        while (true) {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement next = connection.prepareStatement("SELECT id FROM document WHERE kind IN (?, ?) "
                    + "AND id > ? ORDER BY id LIMIT " + DOCUMENTS_PER_BATCH)) {
                next.setString(1, DocumentKind.PROFILE.code());
                next.setString(2, DocumentKind.CASE_STUDY.code());
                next.setString(3, after);
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            after = ids.get(ids.size() - 1);
            write(connection, ids);
        }
    }

    private static void write(Connection connection, List<String> ids) throws SQLException {
        record Row(String kind, String partnerId, Set<String> terms) {
        }
        java.util.Map<String, Row> rows = new java.util.LinkedHashMap<>();
        try (PreparedStatement chunks = connection.prepareStatement(
                "SELECT document_id, kind, partner_id, text FROM chunk WHERE document_id = ANY (?)")) {
            chunks.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = chunks.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(rs.getString(1));
                    if (row == null) {
                        row = new Row(rs.getString(2), rs.getString(3), new TreeSet<>());
                        rows.put(rs.getString(1), row);
                    }
                    row.terms().addAll(CorpusTerms.keys(rs.getString(4)));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO document_terms (document_id, kind, partner_id, terms) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (var row : rows.entrySet()) {
                insert.setString(1, row.getKey());
                insert.setString(2, row.getValue().kind());
                insert.setString(3, row.getValue().partnerId());
                insert.setArray(4, connection.createArrayOf("text", row.getValue().terms().toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
