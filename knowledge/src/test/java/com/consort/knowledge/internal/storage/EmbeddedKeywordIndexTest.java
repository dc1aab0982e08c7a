package com.consort.knowledge.internal.storage;

import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedKeywordIndexTest extends KeywordIndexContract {

    @TempDir
    static Path dataDir;
    private static DataSource database;

    @Override
    protected DataSource dataSource() {
        if (database == null) {
            database = TestStorage.embedded(dataDir);
        }
        return database;
    }

    @Override
    protected KeywordIndex newIndex(JdbcTemplate jdbc) {
        return new InProcessKeywordIndex(jdbc);
    }
}
