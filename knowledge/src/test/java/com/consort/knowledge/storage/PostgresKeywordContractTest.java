package com.consort.knowledge.storage;

import com.consort.knowledge.testing.TestStorage;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

class PostgresKeywordContractTest extends KeywordIndexContract {

    private static DataSource database;

    @Override
    protected DataSource dataSource() {
        if (database == null) {
            database = TestStorage.postgres();
        }
        return database;
    }

    @Override
    protected KeywordIndex newIndex(JdbcTemplate jdbc) {
        return new PgKeywordIndex(jdbc);
    }
}
