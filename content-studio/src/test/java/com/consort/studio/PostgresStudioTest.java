package com.consort.studio;

import com.consort.knowledge.testing.TestStorage;
import javax.sql.DataSource;

class PostgresStudioTest extends StudioContract {

    @Override
    DataSource dataSource() {
        return TestStorage.postgres();
    }
}
