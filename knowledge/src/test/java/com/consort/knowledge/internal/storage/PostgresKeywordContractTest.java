package com.consort.knowledge.internal.storage;

import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.testing.TestStorage;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

class PostgresKeywordContractTest extends KeywordIndexContract {

    private static final DataSource DATABASE = TestStorage.postgres();

    @Override
    protected DataSource dataSource() {
        return DATABASE;
    }

    @Override
    protected KeywordIndex newIndex(JdbcTemplate jdbc) {
        return new PgKeywordIndex(jdbc);
    }
}
