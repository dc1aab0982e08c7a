package com.consort.knowledge.internal.storage;

import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.testing.TestStorage;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class PostgresVectorIndexTest extends VectorIndexContract {

    private static DataSource database;

    @Override
    protected DataSource dataSource() {
        if (database == null) {
            database = TestStorage.postgres();
        }
        return database;
    }

    @Override
    protected VectorIndex newIndex(DataSource dataSource) {
        return new PgVectorIndex(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
