package com.consort.knowledge;

import com.consort.knowledge.testing.TestStorage;
import javax.sql.DataSource;

class PostgresKnowledgeTest extends KnowledgeContract {

    @Override
    DataSource dataSource() {
        return TestStorage.postgres();
    }
}
