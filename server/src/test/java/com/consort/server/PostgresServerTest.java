package com.consort.server;

import com.consort.knowledge.storage.StorageKind;
import com.consort.knowledge.testing.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresServerTest extends KnowledgeBadInputContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.Database db = PostgresTestDatabase.server().createDatabase();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Override
    StorageKind expectedStorage() {
        return StorageKind.POSTGRES;
    }
}
