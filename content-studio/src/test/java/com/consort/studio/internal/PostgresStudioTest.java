package com.consort.studio.internal;

import com.consort.knowledge.testing.TestStorage;
import javax.sql.DataSource;

class PostgresStudioTest extends StudioContract {

    @Override
    DataSource dataSource() {
        return TestStorage.postgres();
    }
}
